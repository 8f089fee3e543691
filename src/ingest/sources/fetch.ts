import type { Message } from '../../model/index.js';

/** Limits of one fetch; every field has a safe default. */
export interface FetchOptions {
  /** Largest body accepted, in bytes (default 5 MB). */
  maxBytes?: number;
  /** Time allowed for the whole fetch, redirects and body included, in ms (default 15 s). */
  timeoutMs?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** Media types accepted (default {@link TEXT_CONTENT_TYPES}); `*` accepts anything. */
  accept?: readonly string[];
  /** Sent as User-Agent. */
  userAgent?: string;
  /** Aborts the fetch from outside (the --watch loop stopping). */
  signal?: AbortSignal;
}

/** A fetched page: the final URL after redirects, its media type and its body decoded to text. */
export interface Fetched {
  ok: true;
  url: string;
  status: number;
  contentType: string;
  body: string;
}

/** A fetch that failed, as a message with a stable `E_FETCH_…` code. */
export interface FetchFailure {
  ok: false;
  url: string;
  message: Message;
}

export type FetchResult = Fetched | FetchFailure;

/** The media types sitrep can read: pages, feeds, plain text. */
export const TEXT_CONTENT_TYPES: readonly string[] = [
  'text/html',
  'application/xhtml+xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'text/plain',
];

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;
const DEFAULT_USER_AGENT = 'sitrep/0.1 (+https://github.com/sitrep)';

/** The stable codes of a failed fetch. */
export const FETCH_CODES = {
  scheme: 'E_FETCH_SCHEME',
  url: 'E_FETCH_URL',
  timeout: 'E_FETCH_TIMEOUT',
  tooLarge: 'E_FETCH_TOO_LARGE',
  status: 'E_FETCH_STATUS',
  redirects: 'E_FETCH_REDIRECTS',
  contentType: 'E_FETCH_CONTENT_TYPE',
  network: 'E_FETCH_NETWORK',
} as const;

function failure(url: string, code: string, message: string): FetchFailure {
  return { ok: false, url, message: { code, message } };
}

/**
 * Fetches one http(s) URL within limits: only http and https, at most `maxRedirects` redirects
 * (each one checked for its scheme again), a time limit over the whole exchange, a size limit read
 * while streaming (a lying Content-Length cannot get past it), and an accepted media type.
 * Never throws for network or content problems: they come back as an `E_FETCH_…` message.
 *
 * 1. check the scheme; 2. request with manual redirects, following each Location;
 * 3. check status and media type; 4. stream the body up to the size limit; 5. decode its charset.
 * @example await fetchUrl('https://example.org/feed.xml') // { ok: true, body: '<rss…', … }
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const accept = options.accept ?? TEXT_CONTENT_TYPES;

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const checked = checkScheme(current);
      if (checked) return checked;
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': options.userAgent ?? DEFAULT_USER_AGENT, accept: accept.join(', ') },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (hop >= maxRedirects) {
          return failure(url, FETCH_CODES.redirects, `More than ${maxRedirects} redirects from ${url}; the last pointed at ${current}.`);
        }
        current = new URL(response.headers.get('location') ?? '', current).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return failure(current, FETCH_CODES.status, `${current} answered HTTP ${response.status}; expected 200. Check the address or try later.`);
      }
      const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
      const mediaType = contentType.split(';')[0]!.trim();
      if (!accept.includes('*') && mediaType !== '' && !accept.includes(mediaType)) {
        await response.body?.cancel();
        return failure(current, FETCH_CODES.contentType, `${current} is ${mediaType}; expected one of ${accept.join(', ')}.`);
      }
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > maxBytes) {
        await response.body?.cancel();
        return failure(current, FETCH_CODES.tooLarge, `${current} is ${declared} bytes; the limit is ${maxBytes}. Raise it or download the file yourself.`);
      }
      const bytes = await readLimited(response, maxBytes);
      if (bytes === null) {
        return failure(current, FETCH_CODES.tooLarge, `${current} is larger than the limit of ${maxBytes} bytes. Raise it or download the file yourself.`);
      }
      return { ok: true, url: current, status: response.status, contentType: mediaType, body: decode(bytes, contentType) };
    }
  } catch (error) {
    if (timeout.signal.aborted) {
      return failure(url, FETCH_CODES.timeout, `${url} did not answer within ${timeoutMs} ms. Try again or raise the time limit.`);
    }
    if (error instanceof TypeError && /invalid url/i.test(String(error.message))) {
      return failure(url, FETCH_CODES.url, `"${url}" is not a valid URL.`);
    }
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return failure(url, FETCH_CODES.network, `Could not fetch ${url}: ${reason}.`);
  } finally {
    clearTimeout(timer);
  }
}

/** True when `source` looks like a URL sitrep would fetch (an http or https address). */
export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

function checkScheme(url: string): FetchFailure | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return failure(url, FETCH_CODES.url, `"${url}" is not a valid URL.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return failure(url, FETCH_CODES.scheme, `Only http and https URLs are fetched; found ${parsed.protocol.replace(':', '')} in ${url}.`);
  }
  return null;
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

const META_CHARSET = /<meta[^>]+charset=["']?([\w-]+)/i;

/**
 * Decodes bytes with the charset of the Content-Type header (when given), else of the page's
 * `<meta charset>` or XML declaration, else UTF-8.
 * @example decode(bytes, 'text/html; charset=iso-8859-1')
 */
export function decode(bytes: Uint8Array, contentType: string): string {
  let charset = /charset=["']?([\w-]+)/.exec(contentType)?.[1];
  if (!charset) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    charset = META_CHARSET.exec(head)?.[1] ?? /<\?xml[^>]+encoding=["']([\w-]+)/i.exec(head)?.[1];
  }
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
