import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ReadItem } from './item.js';
import { readJsonl } from './jsonl.js';
import { readText } from './text.js';
import { readFeedFile, readHtmlFile } from './files.js';

export type { ReadItem } from './item.js';

/**
 * A reader turns the bytes of one input into documents or error items, in order. `source` names
 * the input (a path, or `-` for standard input) and prefixes each item's origin.
 */
export type Reader = (bytes: Uint8Array, source: string) => AsyncIterable<ReadItem> | Iterable<ReadItem>;

/**
 * The readers by file extension: adding a format is one entry here.
 * @example READERS['.jsonl'] // one document per line
 */
export const READERS: Record<string, Reader> = {
  '.jsonl': readJsonl,
  '.ndjson': readJsonl,
  '.txt': readText,
  '.text': readText,
  '.html': readHtmlFile,
  '.htm': readHtmlFile,
  '.xml': readFeedFile,
  '.rss': readFeedFile,
  '.atom': readFeedFile,
};

/** Extensions without a reader of their own are read as plain text. */
const FALLBACK: Reader = readText;

/**
 * Reads one input of `sitrep extract`: a file by its extension (see {@link READERS}), or `-` for
 * standard input (JSON Lines when its first line is a JSON object, else text). An unreadable file
 * gives one error item (E_INPUT_UNREADABLE) instead of throwing.
 * @example for await (const item of readSource('docs.jsonl')) …
 */
export async function* readSource(path: string, stdin: AsyncIterable<Uint8Array> = process.stdin): AsyncGenerator<ReadItem> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readAll(stdin) : await readFile(path);
  } catch (err) {
    const reason = err instanceof Error && 'code' in err ? String((err as NodeJS.ErrnoException).code) : String(err);
    yield {
      source: path,
      error: {
        code: 'E_INPUT_UNREADABLE',
        message: `expected a readable file, found ${reason} for "${path}": check the path and its permissions`,
      },
    };
    return;
  }
  const reader = path === '-' ? sniff(bytes) : READERS[extname(path).toLowerCase()] ?? FALLBACK;
  yield* reader(bytes, path === '-' ? '-' : basename(path));
}

/** Standard input is JSON Lines when its first non-blank character opens an object, else text. */
function sniff(bytes: Uint8Array): Reader {
  for (const b of bytes.subarray(0, 4096)) {
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b === 0x7b ? readJsonl : readText;
  }
  return readText;
}

async function readFile(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}
