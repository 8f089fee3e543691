import { fetchUrl, type FetchOptions } from './fetch.js';
import { readFeed } from './feed.js';
import { readHtml } from './html.js';
import type { ReadItem } from './item.js';

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml']);
const FEED_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/;

/** Options of {@link readUrl}. */
export interface ReadUrlOptions {
  fetch?: FetchOptions;
  /** For a feed: fetch each item's link when its body is only a summary (default true). */
  fetchLinks?: boolean;
}

/**
 * Reads one URL into documents: a feed (by media type or by its first element) gives one document
 * per item; an HTML page gives one document (Readability); plain text gives itself. A failed
 * fetch gives one `E_FETCH_…` error item. The document's id is the URL as given.
 * @example for await (const item of readUrl('https://example.org/rss')) …
 */
export async function* readUrl(url: string, options: ReadUrlOptions = {}): AsyncGenerator<ReadItem> {
  const fetched = await fetchUrl(url, options.fetch);
  if (!fetched.ok) {
    yield { error: fetched.message, source: url };
    return;
  }
  if (FEED_TYPES.has(fetched.contentType) || FEED_START.test(fetched.body.slice(0, 4096))) {
    yield* readFeed(fetched.body, { source: fetched.url, fetchLinks: options.fetchLinks ?? true, fetch: options.fetch });
    return;
  }
  if (fetched.contentType === 'text/plain') {
    yield { doc: { id: url, url: fetched.url, text: fetched.body }, source: url };
    return;
  }
  const page = readHtml(fetched.body, { url: fetched.url, id: url });
  const error = page.messages.find((m) => m.code.startsWith('E_'));
  yield error ? { error, source: url } : { doc: page.doc, source: url };
}
