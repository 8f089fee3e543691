import type { Message } from '../../model/index.js';

/**
 * Decodes UTF-8 strictly (a leading byte-order mark is dropped); bytes that are not UTF-8 give
 * E_INPUT_NOT_UTF8 with the offset of the first bad byte and what to do.
 */
export function decodeUtf8(bytes: Uint8Array, source: string): { text: string } | { error: Message } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const at = firstInvalid(bytes);
    return {
      error: {
        code: 'E_INPUT_NOT_UTF8',
        message: `expected UTF-8 text, found a byte that is not UTF-8 at byte ${at} of "${source}": re-encode the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)`,
      },
    };
  }
}

function firstInvalid(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // binary search for the shortest invalid prefix (a cut inside a character counts as valid)
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
