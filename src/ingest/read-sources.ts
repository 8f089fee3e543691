import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { InputDocument } from '../model/index.js';
import type { ReadItem } from './sources/item.js';
import { readFeed } from './sources/feed.js';
import { isUrl } from './sources/fetch.js';
import { readHtml } from './sources/html.js';
import { readUrl } from './sources/url.js';
import { walkFolder } from './sources/walk.js';

/** Options of {@link readSources}. */
export interface ReadSourcesOptions {
  /** For feeds: fetch an item's link when its body is only a summary (default true). */
  fetchLinks?: boolean;
}

/**
 * Reads every source in the order given into documents, each with the id it is stored under: a
 * `.jsonl` line's `id` (else `FILE#LINE`), a file's path, a URL (feed items: guid, else link).
 * Folders are walked recursively (stable order). Problems become error items; reading goes on.
 * @example for await (const item of readSources(['news/', 'https://example.org/rss'])) …
 */
export async function* readSources(sources: readonly string[], options: ReadSourcesOptions = {}): AsyncGenerator<ReadItem> {
  for (const source of sources) {
    if (isUrl(source)) {
      yield* readUrl(source, { fetchLinks: options.fetchLinks });
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = (await stat(source)).isDirectory();
    } catch {
      yield { error: { code: 'E_SOURCE_NOT_FOUND', message: `No file or folder ${source}: check the path.` }, source };
      continue;
    }
    if (!isFolder) {
      yield* readFileSource(source, options);
      continue;
    }
    for await (const path of walkFolder(source)) yield* readFileSource(path, options);
  }
}

/** One file by its extension: `.jsonl` lines, `.html`/`.htm` pages, `.xml`/`.rss`/`.atom` feeds, else plain text. */
async function* readFileSource(path: string, options: ReadSourcesOptions): AsyncGenerator<ReadItem> {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    yield* readJsonLines(path);
    return;
  }
  const content = await readFile(path, 'utf8');
  if (ext === '.html' || ext === '.htm') {
    const page = readHtml(content, { id: path });
    const error = page.messages.find((m) => m.code.startsWith('E_'));
    yield error ? { error, source: path } : { doc: { ...page.doc, id: path }, source: path };
  } else if (ext === '.xml' || ext === '.rss' || ext === '.atom') {
    yield* readFeed(content, { source: path, fetchLinks: options.fetchLinks ?? true });
  } else {
    yield { doc: { id: path, text: content }, source: path };
  }
}

/** One document per non-blank line of a JSON Lines file: `{id, title, url, publishedAt, text, …}`. */
async function* readJsonLines(path: string): AsyncGenerator<ReadItem> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const source = `${path}#${n}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { error: { code: 'E_JSONL_PARSE', message: `Line ${n} of ${path} is not JSON: fix or remove the line.` }, source };
      continue;
    }
    const doc = value as Partial<InputDocument> | null;
    if (!doc || typeof doc !== 'object' || typeof doc.text !== 'string') {
      yield { error: { code: 'E_JSONL_NO_TEXT', message: `Line ${n} of ${path} has no "text" string: every line needs one.` }, source };
      continue;
    }
    const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : v === null || v === undefined ? null : String(v));
    yield {
      doc: {
        id: str(doc.id) ?? source,
        title: str(doc.title),
        url: str(doc.url),
        publishedAt: str(doc.publishedAt),
        outlet: str(doc.outlet),
        language: str(doc.language),
        text: doc.text,
      },
      source,
    };
  }
}
