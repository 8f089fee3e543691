// Gazetteer load time and memory, then place recognition + locate() speed over a corpus.
//
// Usage: node --import tsx bench/gazetteer.bench.ts [DOCS.jsonl]
//   (default: ../shared/eval/dev/gva.docs.jsonl beside the checkout, skipped when absent)
//
// Prints: load ms and RSS delta MB (budget: ≤ 300 ms, ≤ 150 MB), then CPU ms per document for
// findPlaces + locate(first sentence) after a warm-up pass (budget: ~0.2 ms).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const { gazetteer, findPlaces, locate } = await import('../src/analyse/places/index.js');
const t1 = performance.now();
const rss1 = process.memoryUsage().rss;
const g = gazetteer();
const loadMs = performance.now() - t1;
const rssMb = (process.memoryUsage().rss - rss1) / 1e6;
console.log(`gazetteer load: ${loadMs.toFixed(0)} ms, RSS +${rssMb.toFixed(1)} MB (module import before it: ${(t1 - t0).toFixed(0)} ms, +${((rss1 - rss0) / 1e6).toFixed(1)} MB); ${g.countries.length} countries, ${g.admin1.length} admin1, ${g.pop.length} places`);

const root = fileURLToPath(new URL('..', import.meta.url));
const file = process.argv[2] ?? join(root, '..', 'shared', 'eval', 'dev', 'gva.docs.jsonl');
if (!existsSync(file) || readFileSync(file, 'utf8').trim() === '') {
  console.log(`places: ${file} not found or empty, skipping the speed run`);
} else {
  const { prepareDocument } = await import('../src/ingest/prepare.js');
  const { splitSentences } = await import('../src/analyse/sentences.js');
  const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string });
  const prepared = docs.map((d) => {
    const doc = prepareDocument(d);
    return { doc, sentences: splitSentences(doc) };
  });
  let mentions = 0;
  const run = (): number => {
    const c0 = process.cpuUsage();
    mentions = 0;
    for (const { doc, sentences } of prepared) {
      const copy = { ...doc };
      const places = findPlaces(copy, sentences);
      mentions += places.length;
      if (sentences[0]) locate({ doc: copy, sentences, dates: [], places }, sentences[0]);
    }
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  const cold = run();
  const warm = run();
  console.log(`places: ${docs.length} documents, ${mentions} mentions; findPlaces + locate: first pass ${(cold / docs.length).toFixed(3)} ms/doc, warm ${(warm / docs.length).toFixed(3)} ms/doc (CPU)`);
  console.log(`RSS after the run: +${((process.memoryUsage().rss - rss0) / 1e6).toFixed(1)} MB`);
}
