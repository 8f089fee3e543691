import { timingSafeEqual } from 'node:crypto';
import { ApiError } from './errors.js';

/**
 * The page's Content-Security-Policy: only this origin's scripts, styles and data; no inline
 * script, no plugins, no framing, no form posts elsewhere. Article text is shown through DOM text
 * nodes, and this header is the second line of defence.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Headers sent with every answer, page or JSON. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Who may do what: writes need the token when one is set or when the server is not on loopback. */
export interface AccessPolicy {
  /** SITREP_TOKEN: the bearer token for writes (and reads when `protectReads`). */
  token?: string;
  /** Writes allowed without a token (true only on loopback and when no token is set). */
  openWrites: boolean;
  /** Reads need the token too. */
  protectReads?: boolean;
}

/** True for the loopback addresses a server may bind without exposing writes. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Checks one request against the policy; throws the 401/403 to send.
 *
 * 1. a write from another site's page (Origin or Sec-Fetch-Site cross-site) is refused, token or not;
 * 2. with a token configured, writes (and reads when protected) need `Authorization: Bearer TOKEN`;
 * 3. without one, writes are allowed only when the server listens on loopback.
 */
export function checkAccess(policy: AccessPolicy, write: boolean, headers: { get(name: string): string | undefined }): void {
  if (write) {
    const site = headers.get('sec-fetch-site');
    const origin = headers.get('origin');
    const host = headers.get('host');
    let crossOrigin = site === 'cross-site';
    if (origin && host && origin !== 'null') {
      try {
        crossOrigin ||= new URL(origin).host !== host;
      } catch {
        crossOrigin = true;
      }
    } else if (origin === 'null') crossOrigin = true;
    if (crossOrigin) {
      throw new ApiError(403, 'E_CROSS_ORIGIN', 'Writes from another site’s page are refused.', 'Post from this server’s own page or from a program (no Origin header).');
    }
  }
  if (!write && !policy.protectReads) return;
  if (policy.token) {
    const auth = headers.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    if (!match) {
      throw new ApiError(401, 'E_TOKEN_MISSING', write ? 'Writes need a token.' : 'This server needs a token for reads too.', 'Send "Authorization: Bearer <SITREP_TOKEN>".');
    }
    if (!sameToken(match[1]!, policy.token)) {
      throw new ApiError(403, 'E_TOKEN_INVALID', 'The token is not the one this server was started with.', 'Send the value of SITREP_TOKEN the server was started with.');
    }
    return;
  }
  if (write && !policy.openWrites) {
    throw new ApiError(403, 'E_WRITES_DISABLED', 'Writes are disabled: the server listens beyond loopback and no token is set.', 'Restart it with SITREP_TOKEN=<secret> and send "Authorization: Bearer <secret>".');
  }
}
