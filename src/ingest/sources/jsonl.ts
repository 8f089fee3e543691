import type { InputDocument } from '../../model/index.js';
import type { ReadItem } from './item.js';
import { decodeUtf8 } from './utf8.js';

const FIELDS = ['id', 'title', 'url', 'publishedAt', 'outlet', 'language'] as const;

/**
 * Reads JSON Lines: one `{id, title, url, publishedAt, text}` per line (every field but `text`
 * optional). A line that is not JSON (E_JSONL_NOT_JSON) or has no text (E_JSONL_NO_TEXT) gives an
 * error item naming its line; the other lines go on. Blank lines are skipped.
 * @example [...readJsonl(bytes, 'docs.jsonl')].length // one item per non-blank line
 */
export function* readJsonl(bytes: Uint8Array, source: string): Iterable<ReadItem> {
  const decoded = decodeUtf8(bytes, source);
  if ('error' in decoded) {
    yield { source, error: decoded.error };
    return;
  }
  const text = decoded.text;
  let line = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const raw = text.slice(start, end).trim();
    start = end + 1;
    if (raw === '') continue;
    const origin = `${source}:${line}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      yield { source: origin, error: { code: 'E_JSONL_NOT_JSON', message: `line ${line} of "${source}": expected a JSON object, found text that is not JSON (${JSON.stringify(raw.slice(0, 40))}); fix or remove the line` } };
      continue;
    }
    const doc = documentOf(value);
    if (!doc) {
      yield { source: origin, error: { code: 'E_JSONL_NO_TEXT', message: `line ${line} of "${source}": expected an object with a string field "text", found ${describe(value)}; add the article text` } };
      continue;
    }
    yield { source: origin, doc };
  }
}

function documentOf(value: unknown): InputDocument | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') return null;
  const doc: InputDocument = { text: o.text };
  for (const f of FIELDS) {
    const v = o[f];
    if (typeof v === 'string') doc[f] = v;
    else if (typeof v === 'number' && f === 'id') doc.id = String(v);
    else if (v === null) doc[f] = null;
  }
  return doc;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value !== 'object') return `a ${typeof value}`;
  return 'text' in value ? `a "text" that is not a string` : 'no "text" field';
}
