import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from '../../src/ingest/sources/html.js';
import { normalisePublished } from '../../src/ingest/sources/published.js';

const BODY = `<article><h1>Over 3,800 detained</h1>
<p>ALMATY — Kazakhstan's police detained 3,811 people, the Interior Ministry said on Saturday, as the   country recovered.</p>
<p>Twenty-six armed criminals were killed and 18 members of the security forces died, the ministry said, adding that order was restored.</p>
<p>The state of emergency remains in force until January 19, officials said.</p></article>`;

function page(head: string, body = BODY): string {
  return `<!doctype html><html lang="en-GB"><head>${head}</head><body><nav><a href="/">Home</a></nav>${body}<footer>© 2022 Example</footer></body></html>`;
}

test('main text keeps paragraphs as blank-line-separated blocks and drops navigation', () => {
  const { doc, messages } = readHtml(page('<title>T</title>'));
  assert.deepEqual(messages, []);
  const paragraphs = doc.text.split('\n\n');
  assert.equal(paragraphs.length, 4);
  assert.equal(paragraphs[0], 'Over 3,800 detained');
  assert.ok(paragraphs[1]!.startsWith('ALMATY — Kazakhstan'));
  assert.ok(paragraphs[1]!.includes('as the country recovered'), 'whitespace collapsed');
  assert.ok(!doc.text.includes('Home') && !doc.text.includes('© 2022'));
  assert.equal(doc.language, 'en');
});

// [case, head, field, expected]
const PRECEDENCE: [string, string, 'title' | 'publishedAt' | 'outlet' | 'url', string | null][] = [
  ['JSON-LD headline beats og:title', '<meta property="og:title" content="OG"><script type="application/ld+json">{"@type":"NewsArticle","headline":"LD"}</script><title>Head</title>', 'title', 'LD'],
  ['og:title beats <title>', '<meta property="og:title" content="OG"><title>Head</title>', 'title', 'OG'],
  ['<title> as the last resort', '<title>Head</title>', 'title', 'Head'],
  ['JSON-LD datePublished first', '<meta property="article:published_time" content="2022-01-07T10:00:00Z"><script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2022-01-08T08:21:00+06:00"}]</script>', 'publishedAt', '2022-01-08T08:21'],
  ['JSON-LD in @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"ReportageNewsArticle","datePublished":"2022-01-09"}]}</script>', 'publishedAt', '2022-01-09'],
  ['article:published_time', '<meta property="article:published_time" content="2022-01-07T10:00:00Z"><meta name="date" content="2022-01-01">', 'publishedAt', '2022-01-07T10:00'],
  ['meta name=date in words', '<meta name="date" content="January 6, 2022">', 'publishedAt', '2022-01-06'],
  ['malformed JSON-LD is skipped', '<script type="application/ld+json">{oops</script><meta name="pubdate" content="2022-01-05">', 'publishedAt', '2022-01-05'],
  ['no date at all', '<title>x</title>', 'publishedAt', null],
  ['og:site_name is the outlet', '<meta property="og:site_name" content="Daily Example"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"LD Pub"}}</script>', 'outlet', 'Daily Example'],
  ['JSON-LD publisher when no og:site_name', '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"LD Pub"}}</script>', 'outlet', 'LD Pub'],
  ['canonical link, made absolute', '<link rel="canonical" href="/news/a1"><meta property="og:url" content="https://other.example/x">', 'url', 'https://example.org/news/a1'],
  ['og:url when no canonical', '<meta property="og:url" content="https://other.example/x">', 'url', 'https://other.example/x'],
  ['the fetched URL when neither', '<title>x</title>', 'url', 'https://example.org/page?id=3'],
];

for (const [name, head, field, expected] of PRECEDENCE) {
  test(`metadata precedence: ${name}`, () => {
    const { doc } = readHtml(page(head), { url: 'https://example.org/page?id=3' });
    assert.equal(doc[field] ?? null, expected);
  });
}

test('published time from a <time datetime> element in the body', () => {
  const { doc } = readHtml(page('<title>x</title>', BODY.replace('<h1>', '<time datetime="2022-01-04T21:30">Tuesday</time><h1>')));
  assert.equal(doc.publishedAt, '2022-01-04T21:30');
});

test('byline from JSON-LD author, then meta author', () => {
  assert.equal(readHtml(page('<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"A One"},{"name":"B Two"}]}</script><meta name="author" content="M">')).byline, 'A One, B Two');
  assert.equal(readHtml(page('<meta name="author" content="Meta Author">')).byline, 'Meta Author');
});

test('a short page without an article body still gives its text', () => {
  const { doc, messages } = readHtml('<html><body><p>Police said two people were shot on Main Street on Monday night.</p></body></html>');
  assert.deepEqual(messages, []);
  assert.equal(doc.text, 'Police said two people were shot on Main Street on Monday night.');
});

test('an empty or script-only page is E_HTML_EMPTY, not an exception', () => {
  for (const html of ['', '<html><body><script>var a = 1;</script></body></html>', 'not html at all']) {
    const { messages } = readHtml(html);
    assert.equal(messages[0]?.code, 'E_HTML_EMPTY', html);
  }
});

// [raw, expected]
const PUBLISHED: [string, string | null][] = [
  ['2022-01-08T08:21:00+06:00', '2022-01-08T08:21'],
  ['2022-01-08', '2022-01-08'],
  ['2022-01-08 23:05:00', '2022-01-08T23:05'],
  ['Sat, 08 Jan 2022 08:21:00 +0600', '2022-01-08T08:21'],
  ['8 January 2022', '2022-01-08'],
  ['Jan. 8, 2022', '2022-01-08'],
  ['September 30, 2021 at 9:05', '2021-09-30T09:05'],
  ['yesterday', null],
  ['2022-13-01', null],
];

for (const [raw, expected] of PUBLISHED) {
  test(`normalisePublished(${JSON.stringify(raw)})`, () => assert.equal(normalisePublished(raw), expected));
}

test('an .html file read through the dispatcher is one document named after the file', async () => {
  const { readHtmlFile } = await import('../../src/ingest/sources/files.js');
  const { READERS } = await import('../../src/ingest/sources/index.js');
  assert.equal(READERS['.html'], readHtmlFile);
  const bytes = new TextEncoder().encode(page('<meta charset="utf-8"><title>Café</title>'));
  const items = [];
  for await (const item of readHtmlFile(bytes, 'story.html')) items.push(item);
  assert.equal(items.length, 1);
  assert.ok('doc' in items[0]! && items[0].doc.id === 'story.html' && items[0].doc.title === 'Café');
});
