import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { InputDocument, Message } from '../../model/index.js';
import { normalisePublished } from './published.js';
import { blockText } from './block-text.js';

/** What the HTML reader makes of a page: the document to ingest and the metadata beside it. */
export interface HtmlDocument {
  /** Title, URL (canonical when the page names one), publication time, outlet, main text. */
  doc: InputDocument;
  byline: string | null;
  /** The page's canonical URL (`<link rel=canonical>`, else `og:url`), absolute; null when absent. */
  canonicalUrl: string | null;
  messages: Message[];
}

/** Options of {@link readHtml}. */
export interface HtmlOptions {
  /** Where the page came from: resolves relative canonical links and is the fallback URL. */
  url?: string | null;
  id?: string | null;
}

/** Shortest main text worth extracting from; shorter pages get `E_HTML_EMPTY`. */
export const MIN_TEXT_CHARS = 40;

type Doc = ReturnType<typeof parseHTML>['document'];
type El = NonNullable<ReturnType<Doc['querySelector']>>;

/**
 * Reads a web page into a document: main text by Mozilla Readability over linkedom (paragraphs
 * kept as blank-line-separated blocks), and the metadata, each by an explicit precedence order
 * (first found wins):
 * - title: JSON-LD `headline`, `og:title`, `twitter:title`, Readability's title, `<title>`;
 * - published: JSON-LD `datePublished`, `article:published_time`, other publication meta tags
 *   (`og:published_time`, `pubdate`, `publishdate`, `date`, `DC.date.issued`, `parsely-pub-date`,
 *   `sailthru.date`), `[itemprop=datePublished]`, the first `<time datetime>`, then `dateCreated`
 *   and `dateModified` as last resorts;
 * - byline: JSON-LD `author.name`, `meta[name=author]`, `article:author`, Readability's byline;
 * - outlet: `og:site_name`, JSON-LD `publisher.name`, `application-name`, Readability's site name;
 * - URL: `<link rel=canonical>`, `og:url`, the URL it was fetched from.
 *
 * A page without readable text gets `E_HTML_EMPTY`; nothing throws.
 * @example readHtml('<html><head><title>T</title></head><body><p>…</p></body></html>').doc.text
 */
export function readHtml(html: string, options: HtmlOptions = {}): HtmlDocument {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const ld = readJsonLd(document);
  const meta = (names: readonly string[]): string | null => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const content = el?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return null;
  };

  const canonical = absolute(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), options.url)
    ?? absolute(meta(['og:url']), options.url);
  const publishedRaw = ld.datePublished
    ?? meta(['article:published_time', 'og:published_time', 'og:article:published_time', 'pubdate', 'publishdate',
      'publish-date', 'date', 'DC.date.issued', 'dc.date', 'parsely-pub-date', 'sailthru.date'])
    ?? attr(document.querySelector('[itemprop="datePublished"]'), ['datetime', 'content'])
    ?? attr(document.querySelector('time[datetime]'), ['datetime'])
    ?? ld.dateCreated ?? ld.dateModified ?? meta(['article:modified_time']);
  const headTitle = document.querySelector('title')?.textContent?.trim() || null;
  const fromMeta = {
    title: ld.headline ?? meta(['og:title', 'twitter:title']),
    byline: ld.author ?? meta(['author', 'article:author']),
    outlet: meta(['og:site_name']) ?? ld.publisher ?? meta(['application-name']),
  };

  // Readability rewrites the tree, so the metadata above is read first.
  const bodyFallback = document.body ? blockText(document.body) : '';
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    article = new Readability<string>(document as never, { serializer: (node) => blockText(node as unknown as El) }).parse();
  } catch {
    article = null;
  }
  const text = (article?.content && article.content.length >= MIN_TEXT_CHARS ? article.content : bodyFallback).trim();
  const messages: Message[] = [];
  if (text.length < MIN_TEXT_CHARS) {
    messages.push({
      code: 'E_HTML_EMPTY',
      message: `The page has ${text.length} characters of readable text; expected an article. Check that the URL or file is the article page, not an index or a script-rendered page.`,
    });
  }
  const title = fromMeta.title ?? (article?.title?.trim() || null) ?? headTitle;
  const publishedAt = normalisePublished(publishedRaw ?? article?.publishedTime ?? null);
  const doc: InputDocument = {
    id: options.id ?? null,
    title,
    url: canonical ?? options.url ?? null,
    publishedAt,
    text,
    outlet: fromMeta.outlet ?? (article?.siteName?.trim() || null),
  };
  const lang = document.documentElement?.getAttribute('lang');
  if (lang) doc.language = lang.toLowerCase().split(/[-_]/)[0]!;
  return { doc, byline: fromMeta.byline ?? (article?.byline?.trim() || null), canonicalUrl: canonical, messages };
}

function attr(el: El | null, names: readonly string[]): string | null {
  if (!el) return null;
  for (const name of names) {
    const value = el.getAttribute(name)?.trim();
    if (value) return value;
  }
  return null;
}

function absolute(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

interface LdFields {
  headline: string | null;
  datePublished: string | null;
  dateCreated: string | null;
  dateModified: string | null;
  author: string | null;
  publisher: string | null;
}

const ARTICLE_TYPES = /Article|Posting|Report|WebPage/;

/** The first article-like JSON-LD object of the page (arrays and `@graph` included); malformed blocks are skipped. */
function readJsonLd(document: Doc): LdFields {
  const out: LdFields = { headline: null, datePublished: null, dateCreated: null, dateModified: null, author: null, publisher: null };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = flattenLd(data).find((node) => ARTICLE_TYPES.test(String(node['@type'] ?? '')));
    if (!found) continue;
    out.headline = str(found.headline) ?? str(found.name);
    out.datePublished = str(found.datePublished);
    out.dateCreated = str(found.dateCreated);
    out.dateModified = str(found.dateModified);
    out.author = personName(found.author);
    out.publisher = personName(found.publisher);
    return out;
  }
  return out;
}

type LdNode = Record<string, unknown>;

function flattenLd(data: unknown): LdNode[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (data && typeof data === 'object') {
    const node = data as LdNode;
    return Array.isArray(node['@graph']) ? [node, ...flattenLd(node['@graph'])] : [node];
  }
  return [];
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function personName(value: unknown): string | null {
  if (typeof value === 'string') return str(value);
  if (Array.isArray(value)) {
    const names = value.map(personName).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return str((value as LdNode).name);
  return null;
}
