import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { HAVE_CHROMIUM, startHarness, type Harness, CHROMIUM } from './harness.js';

// The page in a real browser (headless Chromium) on the bundled sample.
const skip = HAVE_CHROMIUM ? false : `${CHROMIUM} is missing: browser tests skipped (apt-get install chromium)`;
if (skip) console.log(`# NOTICE: ${skip}`);

let h: Harness;
let page: Page;
const errors: string[] = [];
before(async () => {
  if (skip) return;
  h = await startHarness();
  page = await h.context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
});
after(async () => {
  if (!skip) await h.close();
});

async function open(hash: string): Promise<void> {
  await page.goto(`${h.url}/${hash}`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForFunction(() => document.getElementById('view')?.getAttribute('aria-busy') === 'false');
}

test('the overview: map symbols, timeline bars, the Kazakhstan killed history', { skip }, async () => {
  await open('#/');
  assert.ok((await page.locator('svg.map .land').count()) > 100, 'offline borders drawn');
  assert.ok((await page.locator('svg.map .event-symbol').count()) > 0, 'events on the map');
  assert.ok((await page.locator('svg.timeline rect.bar').count()) > 0, 'bars on the timeline');
  const title = await page.locator('.incident-box h2').textContent();
  assert.match(title ?? '', /Kazakhstan|Almaty|unrest|killed|detained/i, 'the page opens on the Kazakhstan unrest');
  const steps = await page.locator('.history[data-kind="killed"] circle.step').count();
  assert.ok(steps >= 5, `killed history has ${steps} steps`);
  const labels = await page.locator('.history[data-kind="killed"] .value-label').allTextContents();
  for (const value of ['26', '164']) assert.ok(labels.includes(value), `${value} labelled (${labels.join(', ')})`);
  assert.deepEqual(h.external, [], 'no request left the machine');
  assert.deepEqual(errors, []);
});

test('brushing the timeline filters the page', { skip }, async () => {
  await open('#/');
  const box = await page.locator('svg.timeline').boundingBox();
  assert.ok(box);
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => location.hash.includes('since='));
  await page.waitForSelector('body[data-ready="true"] .range');
  assert.match(await page.locator('.range').textContent() ?? '', /Showing \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}/);
});

test('a click on a figure highlights its evidence sentence', { skip }, async () => {
  const res = await h.fx.app.request('/api/figures?kind=killed&limit=1000');
  const figures = ((await res.json()) as { data: { id: string; document: string; event: string | null; evidence: { start: number; end: number; text: string }[] }[] }).data;
  const figure = figures.find((f) => f.event && f.evidence.length > 0);
  assert.ok(figure, 'a killed figure linked to an event');
  await open(`#/events/${encodeURIComponent(figure.document)}/${encodeURIComponent(figure.event!)}`);
  await page.locator(`button.field[data-key="figure:${figure.id}"]`).click();
  const active = (await page.locator('.article-text mark.active').allTextContents()).join('');
  // The highlighted pieces are exactly the union of the figure's evidence spans.
  const spans = figure.evidence.map((e) => [e.start, e.end] as const).sort((a, b) => a[0] - b[0]);
  const text = ((await (await h.fx.app.request(`/api/documents/${encodeURIComponent(figure.document)}`)).json()) as { data: { document: { text: string } } }).data.document.text;
  let union = '';
  let reach = 0;
  for (const [start, end] of spans) {
    const from = Math.max(start, reach);
    if (end > from) union += text.slice(from, end);
    reach = Math.max(reach, end);
  }
  assert.equal(active, union);
  for (const e of figure.evidence) assert.ok(active.includes(e.text), `"${e.text}" highlighted`);
  assert.ok(await page.locator('.article-text mark.active').first().isVisible());
});

const HOSTILE = [
  'HOSTILE <script>window.__pwned = 1</script> Police in Almaty detained 12 protesters on Monday, police said.',
  '<img src=x onerror="window.__pwned = 2"> <svg onload="window.__pwned = 3"></svg>',
  '<a href="javascript:window.__pwned = 4">click me</a> <iframe src="javascript:window.__pwned = 5"></iframe>',
].join('\n\n');

test('an article with <script>, onerror= and javascript: links runs nothing', { skip }, async () => {
  const post = await h.fx.app.request('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'hostile<img src=x onerror=window.__pwned=6>', title: '<img src=x onerror="window.__pwned=7">', text: HOSTILE, publishedAt: '2022-01-10' }),
  });
  assert.equal(post.status, 201);
  const id = ((await post.json()) as { data: { document: { id: string } } }).data.document.id;
  await open(`#/documents/${encodeURIComponent(id)}`);
  await page.waitForSelector('.article-text');
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  const text = await page.locator('.article-text').textContent();
  assert.ok(text?.includes('<script>window.__pwned = 1</script>'), 'the markup shows as text');
  assert.equal(await page.locator('.article-text *:not(mark)').count(), 0, 'no element but highlights inside the article');
  assert.equal(await page.locator('script').count(), 1, 'only the page’s own script');
  assert.equal(await page.locator('a[href^="javascript:"], [onerror], [onload], iframe, img').count(), 0);
  assert.match(await page.locator('article h2').textContent() ?? '', /<img src=x/);

  // The same text through the ingest box.
  await open('#/ingest');
  await page.locator('textarea[name=text]').fill(`${HOSTILE}\n\nPasted again.`);
  await page.locator('form.ingest button[type=submit]').click();
  await page.waitForSelector('.ingest-result p a');
  await page.locator('.ingest-result p a').click();
  await page.waitForSelector('.article-text');
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.deepEqual(errors, []);
});

test('the page is served with a strict CSP and no inline script', { skip }, async () => {
  const res = await page.goto(`${h.url}/`);
  const csp = res?.headers()['content-security-policy'] ?? '';
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  const inline = await page.locator('script:not([src])').count();
  assert.equal(inline, 0);
});
