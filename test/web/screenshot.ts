// Writes docs/screenshot.png: the overview on the bundled sample, in headless Chromium.
// Usage: node --import tsx test/web/screenshot.ts [OUT.png]
import { HAVE_CHROMIUM, CHROMIUM, startHarness } from './harness.js';

if (!HAVE_CHROMIUM) {
  console.error(`${CHROMIUM} is missing: install Debian's chromium package.`);
  process.exit(2);
}
const out = process.argv[2] ?? 'docs/screenshot.png';
const h = await startHarness();
try {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1400, height: 1050 });
  await page.goto(`${h.url}/#/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForFunction(() => document.getElementById('view')?.getAttribute('aria-busy') === 'false');
  await page.screenshot({ path: out, fullPage: false });
  console.log(`wrote ${out}`);
} finally {
  await h.close();
}
