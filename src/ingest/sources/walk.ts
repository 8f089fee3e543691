import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** The file extensions sitrep reads (lower case, with the dot). */
export const READABLE_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm', '.jsonl', '.xml', '.rss', '.atom'];

/** Folders never walked into: hidden ones (`.git`) and installed packages. */
const SKIP_DIRS = new Set(['node_modules']);

/**
 * The readable files under a folder, recursively, in a stable order (names sorted by code point,
 * depth first), so that two runs over the same tree ingest in the same order. Hidden files and
 * folders (a leading dot) and `node_modules` are skipped; symbolic links are not followed.
 * @example for await (const path of walkFolder('news/')) console.log(path) // news/a.html, news/b/c.txt
 */
export async function* walkFolder(root: string, extensions: readonly string[] = READABLE_EXTENSIONS): AsyncGenerator<string> {
  const entries = await readdir(root, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(root, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* walkFolder(path, extensions);
    } else if (entry.isFile() && extensions.includes(extname(entry.name).toLowerCase())) {
      yield path;
    }
  }
}
