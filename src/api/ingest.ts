import type { Message } from '../model/index.js';
import { ApiError } from './errors.js';

/** What `POST /api/documents` accepts: exactly one of `text`, `html`, `url`, plus optional metadata. */
export interface IngestRequest {
  text?: string;
  html?: string;
  url?: string;
  id?: string;
  title?: string;
  publishedAt?: string;
}

/** What ingesting one document did: its store id, whether it was new, and the messages. */
export interface IngestOutcome {
  document: string | null;
  inserted: boolean;
  messages: Message[];
}

/** Ingests one document through the store's pipeline (extract, save, resolve). */
export type IngestFn = (request: IngestRequest) => Promise<IngestOutcome>;

/** The largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

const STRING_FIELDS = ['text', 'html', 'url', 'id', 'title', 'publishedAt'] as const;
const DAY_OR_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads and checks an ingest request body: a JSON object with exactly one of text, html or url,
 * or a bare `text/plain` / `text/html` body. Every problem is a 400/415 naming the field.
 * @example parseIngestBody('application/json', '{"text":"Police detained 12 people."}')
 */
export function parseIngestBody(contentType: string, body: string): IngestRequest {
  const media = contentType.split(';')[0]!.trim().toLowerCase();
  if (media === 'text/plain') return checked({ text: body });
  if (media === 'text/html') return checked({ html: body });
  if (media !== 'application/json') {
    throw new ApiError(415, 'E_BODY_TYPE', `Content-Type "${media || 'none'}" is not accepted.`, 'Send application/json ({"text": …} or {"url": …}), text/plain or text/html.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new ApiError(400, 'E_BODY_JSON', 'The body is not valid JSON.', 'Send a JSON object such as {"text": "…"}.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ApiError(400, 'E_BODY_JSON', 'The body must be a JSON object.', 'Send a JSON object such as {"text": "…"}.');
  }
  const out: IngestRequest = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (!(STRING_FIELDS as readonly string[]).includes(key)) {
      throw new ApiError(400, 'E_BODY_FIELD', `Unknown field "${key}".`, `Accepted fields: ${STRING_FIELDS.join(', ')}.`, key);
    }
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string') {
      throw new ApiError(400, 'E_BODY_FIELD', `"${key}" must be a string.`, `Give "${key}" as a JSON string.`, key);
    }
    out[key as (typeof STRING_FIELDS)[number]] = value;
  }
  return checked(out);
}

function checked(request: IngestRequest): IngestRequest {
  const given = (['text', 'html', 'url'] as const).filter((k) => request[k] !== undefined && request[k]!.trim() !== '');
  if (given.length !== 1) {
    throw new ApiError(400, 'E_BODY_CONTENT', given.length === 0 ? 'No content: the body has no text, html or url.' : `Give one of text, html, url; found ${given.join(' and ')}.`, 'Send exactly one of "text", "html" or "url".', given[1] ?? 'text');
  }
  if (request.url !== undefined) {
    let scheme = '';
    try {
      scheme = new URL(request.url).protocol;
    } catch {
      throw new ApiError(400, 'E_BODY_FIELD', `"${clip(request.url)}" is not a valid URL.`, 'Give an absolute http(s) address.', 'url');
    }
    if (scheme !== 'http:' && scheme !== 'https:') {
      throw new ApiError(400, 'E_BODY_FIELD', `Only http and https URLs are fetched; found ${scheme.replace(':', '')}.`, 'Give an http(s) address, or paste the text.', 'url');
    }
  }
  if (request.publishedAt !== undefined && !DAY_OR_TIME.test(request.publishedAt)) {
    throw new ApiError(400, 'E_BODY_FIELD', `"publishedAt" must be an ISO date or time; found "${clip(request.publishedAt)}".`, 'For example 2022-01-08 or 2022-01-08T08:21.', 'publishedAt');
  }
  return request;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
