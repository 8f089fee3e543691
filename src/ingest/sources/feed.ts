import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { InputDocument, Message } from '../../model/index.js';
import { normalisePublished } from './published.js';
import { blockText } from './block-text.js';
import { parseHTML } from 'linkedom';
import { fetchUrl, type FetchOptions } from './fetch.js';
import { readHtml } from './html.js';
import type { ReadItem } from './item.js';

/** One item of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, its text fields as written. */
export interface FeedItem {
  /** `guid` (RSS) or `id` (Atom); null when absent. */
  guid: string | null;
  title: string | null;
  link: string | null;
  /** As written in the feed (RFC 822 or ISO 8601). */
  published: string | null;
  author: string | null;
  /** The richest body given: `content:encoded` / Atom `content`, else `description` / `summary` (HTML allowed). */
  content: string | null;
}

/** A parsed feed: its own title and link, and its items in feed order. */
export interface Feed {
  format: 'rss' | 'atom' | 'rdf';
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

/** A body with at least this many characters of text (tags removed) counts as the full article. */
export const FULL_TEXT_MIN_CHARS = 600;

/** Bodies ending like a teaser are summaries whatever their length. */
const TEASER_END = /(?:…|\.\.\.|\[…\]|\[\.\.\.\]|read more|continue reading|the post .{1,200} appeared first on .{1,200})\s*$/i;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  removeNSPrefix: false,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/**
 * Parses an RSS 2.0, RSS 1.0 or Atom document. Text that is not well-formed XML gets
 * `E_FEED_NOT_XML`; XML that is no known feed gets `E_FEED_UNKNOWN_FORMAT`; never throws.
 * @example parseFeed('<rss><channel><item><title>T</title></item></channel></rss>').feed?.items[0]?.title // 'T'
 */
export function parseFeed(xml: string): { feed: Feed | null; messages: Message[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return {
      feed: null,
      messages: [{ code: 'E_FEED_NOT_XML', message: `Expected an RSS or Atom feed (XML); found text that is not XML (${valid.err.msg}, line ${valid.err.line}).` }],
    };
  }
  const root = parser.parse(xml) as Record<string, unknown>;
  const rss = obj(root.rss);
  const atom = obj(root.feed);
  const rdf = obj(root['rdf:RDF']);
  if (rss) {
    const channel = obj(rss.channel) ?? {};
    return { feed: { format: 'rss', title: text(channel.title), link: rssLink(channel.link), items: list(channel.item).map(rssItem) }, messages: [] };
  }
  if (atom) {
    return { feed: { format: 'atom', title: text(atom.title), link: atomLink(atom.link), items: list(atom.entry).map(atomItem) }, messages: [] };
  }
  if (rdf) {
    const channel = obj(rdf.channel) ?? {};
    return { feed: { format: 'rdf', title: text(channel.title), link: rssLink(channel.link), items: list(rdf.item).map(rssItem) }, messages: [] };
  }
  const found = Object.keys(root).filter((k) => !k.startsWith('?')).join(', ') || 'nothing';
  return { feed: null, messages: [{ code: 'E_FEED_UNKNOWN_FORMAT', message: `Expected <rss>, <feed> (Atom) or <rdf:RDF>; found <${found}>.` }] };
}

/** The plain text of an item body (HTML allowed), paragraphs separated by blank lines. */
export function bodyText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body ? blockText(document.body).trim() : '';
}

/** True when an item body is the article itself rather than a teaser (long enough, not cut off). */
export function isFullText(body: string): boolean {
  return body.length >= FULL_TEXT_MIN_CHARS && !TEASER_END.test(body);
}

/** Options of {@link readFeed}. */
export interface ReadFeedOptions {
  /** Where the feed came from (path or URL): the prefix of item sources and base for relative links. */
  source: string;
  /** Fetch an item's link when its body is only a summary (default true). */
  fetchLinks?: boolean;
  fetch?: FetchOptions;
}

/**
 * Reads a feed into documents, one per item, in feed order: the item's own body when it is full
 * text ({@link isFullText}), else its link fetched and read as HTML (when `fetchLinks`), else the
 * summary itself with `W_FEED_SUMMARY_ONLY`. An item's id is its guid, else its link.
 * A fetch that fails falls back to the summary and carries the fetch message as a warning.
 */
export async function* readFeed(xml: string, options: ReadFeedOptions): AsyncGenerator<ReadItem> {
  const { feed, messages } = parseFeed(xml);
  if (!feed) {
    for (const error of messages) yield { error, source: options.source };
    return;
  }
  for (const [index, item] of feed.items.entries()) {
    const source = `${options.source}#${item.guid ?? item.link ?? index + 1}`;
    const body = item.content ? bodyText(item.content) : '';
    const base: InputDocument = {
      id: item.guid ?? item.link ?? source,
      title: item.title ? bodyText(item.title) : null,
      url: item.link ? resolve(item.link, options.source) : null,
      publishedAt: normalisePublished(item.published),
      text: body,
      outlet: feed.title,
    };
    if (isFullText(body)) {
      yield { doc: base, source };
      continue;
    }
    const notes: Message[] = [];
    if (base.url && (options.fetchLinks ?? true)) {
      const fetched = await fetchUrl(base.url, options.fetch);
      if (fetched.ok) {
        const page = readHtml(fetched.body, { url: fetched.url });
        if (page.messages.length === 0) {
          yield {
            doc: { ...base, text: page.doc.text, title: base.title ?? page.doc.title, publishedAt: base.publishedAt ?? page.doc.publishedAt, outlet: page.doc.outlet ?? base.outlet },
            source,
          };
          continue;
        }
        notes.push(...page.messages.map((m) => ({ ...m, code: m.code.replace(/^E_/, 'W_') })));
      } else {
        notes.push({ ...fetched.message, code: fetched.message.code.replace(/^E_/, 'W_') });
      }
    }
    if (!body && !base.title) {
      yield { error: { code: 'E_FEED_ITEM_EMPTY', message: `Feed item ${index + 1} has no text, no title and no readable link.` }, source };
      continue;
    }
    notes.push({ code: 'W_FEED_SUMMARY_ONLY', message: 'Only the feed summary was available; the article itself was not read.' });
    yield { doc: { ...base, text: body || (base.title ?? '') }, source, messages: notes };
  }
}

function resolve(link: string, base: string): string {
  try {
    return new URL(link, /^https?:/i.test(base) ? base : undefined).href;
  } catch {
    return link;
  }
}

type Node = Record<string, unknown>;

function obj(value: unknown): Node | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : null;
}

function list(value: unknown): Node[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.map((v) => obj(v) ?? { '#text': v });
}

/** The text of a node whether the parser gave a string or an object with attributes. */
function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  const node = obj(value);
  return node ? text(node['#text']) : null;
}

function rssLink(value: unknown): string | null {
  for (const link of list(value)) {
    const t = text(link) ?? text(link['@_href']);
    if (t) return t;
  }
  return null;
}

function atomLink(value: unknown): string | null {
  const links = list(value);
  const alternate = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
  return alternate ? text(alternate['@_href']) : null;
}

function rssItem(item: Node): FeedItem {
  return {
    guid: text(item.guid) ?? text(item['@_rdf:about']),
    title: text(item.title),
    link: rssLink(item.link),
    published: text(item.pubDate) ?? text(item['dc:date']),
    author: text(item['dc:creator']) ?? text(item.author),
    content: text(item['content:encoded']) ?? text(item.description),
  };
}

function atomItem(entry: Node): FeedItem {
  const author = obj(Array.isArray(entry.author) ? entry.author[0] : entry.author);
  return {
    guid: text(entry.id),
    title: text(entry.title),
    link: atomLink(entry.link),
    published: text(entry.published) ?? text(entry.updated),
    author: author ? text(author.name) : null,
    content: text(entry.content) ?? text(entry.summary),
  };
}
