import type { InputDocument, Message } from '../../model/index.js';

/**
 * One thing a source reader yields: a document to ingest, or a message saying why a source (a file,
 * a URL, a feed item) gave none. `source` is where it came from (a path, a URL, `URL#guid`).
 */
export type ReadItem = { doc: InputDocument; source: string; messages?: Message[] } | { error: Message; source: string };
