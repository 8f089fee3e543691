import { decode } from './fetch.js';
import { readFeed } from './feed.js';
import { readHtml } from './html.js';
import type { ReadItem } from './item.js';

/**
 * Reads an HTML file (`.html`, `.htm`) as one document whose id is the file name: main text and
 * metadata by {@link readHtml}; a page without readable text gives one `E_HTML_EMPTY` error item.
 * The charset comes from the page's `<meta charset>` (UTF-8 when none).
 * @example for await (const item of readHtmlFile(bytes, 'story.html')) …
 */
export async function* readHtmlFile(bytes: Uint8Array, source: string): AsyncGenerator<ReadItem> {
  const page = readHtml(decode(bytes, ''), { id: source === '-' ? null : source });
  const error = page.messages.find((m) => m.code.startsWith('E_'));
  yield error ? { source, error } : { source, doc: page.doc };
}

/**
 * Reads a feed file (`.xml`, `.rss`, `.atom`): one document per item (see {@link readFeed}); a
 * summary-only item's link is fetched (http(s) only, within the fetch limits). A file that is not
 * XML gives one `E_FEED_NOT_XML` error item.
 * @example for await (const item of readFeedFile(bytes, 'news.rss')) …
 */
export async function* readFeedFile(bytes: Uint8Array, source: string): AsyncGenerator<ReadItem> {
  yield* readFeed(decode(bytes, ''), { source });
}
