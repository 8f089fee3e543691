import type { ReadItem } from './item.js';
import { decodeUtf8 } from './utf8.js';

/**
 * Reads a plain-text file as one document whose id is the file name; the byline and title are read
 * later from the text's header. Bytes that are not UTF-8 give one error item (E_INPUT_NOT_UTF8).
 * @example [...readText(bytes, 'seed.txt')] // [{ doc: { id: 'seed.txt', text }, source: 'seed.txt' }]
 */
export function* readText(bytes: Uint8Array, source: string): Iterable<ReadItem> {
  const decoded = decodeUtf8(bytes, source);
  if ('error' in decoded) {
    yield { source, error: decoded.error };
    return;
  }
  yield { source, doc: { id: source === '-' ? null : source, text: decoded.text } };
}
