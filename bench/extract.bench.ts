// Extract throughput over real news on one core: articles/s, MB/s and peak RSS for the first pass
// over every article (what a new article costs: per-process caches and the JIT still cold) and for
// a second, warm pass over the same articles; a plain regex-tokenizer pass over the same bytes for
// scale; the time per pipeline stage (warm); and the throughput on every core with worker threads.
//
// It measures what users run: the compiled dist/ (bin/sitrep.js), built from src/ by `tsc` when the
// bench starts; SITREP_BENCH_SOURCE=1 times the TypeScript source through tsx instead (bench/code.ts).
//
// Usage: node --import tsx bench/extract.bench.ts [DOCS.jsonl]   (default ../shared/eval/dev/gva.docs.jsonl)
//        SITREP_BENCH_PARALLEL=0 skips the worker-thread run, SITREP_BENCH_STAGES=0 the per-stage times.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { InputDocument } from '../src/model/index.js';
import type { Analysis } from '../src/analyse/analysis.js';
import { buildUnlessSource, codeLabel, load } from './code.js';

buildUnlessSource('extract');
const { extract } = (await load('extract/extract')) as typeof import('../src/extract/extract.js');
const { ExtractPool } = (await load('extract/parallel')) as typeof import('../src/extract/parallel.js');
const { prepareDocument } = (await load('ingest/prepare')) as typeof import('../src/ingest/prepare.js');
const { splitSentences } = (await load('analyse/sentences')) as typeof import('../src/analyse/sentences.js');
const { findDates } = (await load('analyse/dates/index')) as typeof import('../src/analyse/dates/index.js');
const { findPlaces, locate } = (await load('analyse/places/index')) as typeof import('../src/analyse/places/index.js');
const { extractFigures } = (await load('extract/figures/index')) as typeof import('../src/extract/figures/index.js');
const { extractEvents } = (await load('extract/events/index')) as typeof import('../src/extract/events/index.js');

const path = process.argv[2] ?? fileURLToPath(new URL('../../shared/eval/dev/gva.docs.jsonl', import.meta.url));
if (!existsSync(path)) {
  console.log(`extract bench: ${path} not found — nothing measured. Pass a JSON Lines file of {id, text} documents.`);
  process.exit(0);
}

const docs: InputDocument[] = [];
for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  try {
    const v = JSON.parse(line) as InputDocument;
    if (typeof v.text === 'string') docs.push(v);
  } catch {
    // Not a document line: a benchmark measures what it can read.
  }
}
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
const mb = bytes / 1e6;
const rssMb = () => process.resourceUsage().maxRSS / 1024;
const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
console.log(codeLabel());
console.log(`data: ${path}`);
console.log(`      ${fmt(docs.length)} articles, ${fmt(mb, 1)} MB of text, ${fmt(bytes / docs.length / 1000, 1)} KB per article`);
console.log(`peak RSS after loading: ${fmt(rssMb())} MB`);

/** CPU milliseconds of this process (user + system): less sensitive than wall time to a busy machine. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** One timed pass of `extract` over every article. */
function extractPass() {
  let figures = 0;
  let events = 0;
  const t = performance.now();
  const c = cpuMs();
  for (const d of docs) {
    const r = extract(d);
    figures += r.figures.length;
    events += r.events.length;
  }
  return { ms: performance.now() - t, cpu: cpuMs() - c, figures, events };
}
// first pass: every article unseen; warm: the same articles again (caches filled, rules compiled)
const first = extractPass();
const rssFirst = rssMb();
const warmPass = extractPass();
const { figures, events } = warmPass;
const rssSingle = rssMb();
/** A warm-up set for the tokenizer and the worker threads. */
const warm = docs.slice(0, Math.min(500, docs.length));
let t: number;
let c: number;

const TOKEN = /\w+|[^\w\s]/g;
const tokenize = (text: string) => {
  let n = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.exec(text) !== null) n++;
  return n;
};
for (const d of warm) tokenize(d.text);
let tokens = 0;
t = performance.now();
c = cpuMs();
for (const d of docs) tokens += tokenize(d.text);
const tokenMs = performance.now() - t;
const tokenCpu = cpuMs() - c;

console.log('');
console.log('one core                          articles/s      MB/s   ms/article   articles/s of CPU time');
const row = (name: string, ms: number, cpu: number) =>
  console.log(
    `${name.padEnd(31)} ${fmt(docs.length / (ms / 1000)).padStart(12)} ${fmt(mb / (ms / 1000), 2).padStart(9)} ` +
      `${fmt(ms / docs.length, 3).padStart(12)}   ${fmt(docs.length / (cpu / 1000)).padStart(10)}`,
  );
row('extract, first pass (cold)', first.ms, first.cpu);
row('extract, second pass (warm)', warmPass.ms, warmPass.cpu);
row('regex tokenizer (warm)', tokenMs, tokenCpu);
console.log(`extract found ${fmt(figures)} figures and ${fmt(events)} events; the tokenizer ${fmt(tokens)} tokens`);
console.log(`warm extract is ${fmt(warmPass.ms / tokenMs, 1)}× the tokenizer's time; peak RSS ${fmt(rssFirst)} MB after the first pass, ${fmt(rssSingle)} MB after the second`);
console.log(`(wall and CPU time differ when other processes share the cores; CPU time includes the garbage collector's threads)`);

// Time per stage, the pipeline of src/extract/extract.ts taken apart (a guide to where time goes):
// wall time, and CPU time, which a busy machine inflates less.
function stageTimes(): void {
  const names = ['prepare', 'sentences', 'dates', 'places', 'figures', 'events', 'locate'] as const;
  type Stage = (typeof names)[number];
  const wall = new Map<Stage, number>(names.map((n) => [n, 0]));
  const cpu = new Map<Stage, number>(names.map((n) => [n, 0]));
  const now = () => [performance.now(), cpuMs()] as const;
  const lap = (stage: Stage, since: readonly [number, number]) => {
    const t = now();
    wall.set(stage, wall.get(stage)! + t[0] - since[0]);
    cpu.set(stage, cpu.get(stage)! + t[1] - since[1]);
    return t;
  };
  for (const d of docs) {
    let s = now();
    const doc = prepareDocument(d);
    s = lap('prepare', s);
    if (doc.messages.some((m) => m.code.startsWith('E_'))) continue;
    const sentences = splitSentences(doc);
    s = lap('sentences', s);
    const dates = findDates(doc, sentences);
    s = lap('dates', s);
    const places = findPlaces(doc, sentences);
    s = lap('places', s);
    const analysis: Analysis = { doc, sentences, dates, places };
    const figs = extractFigures(analysis);
    s = lap('figures', s);
    extractEvents(analysis, figs);
    s = lap('events', s);
    for (const f of figs) if (f.evidence[0]) locate(analysis, f.evidence[0]);
    lap('locate', s);
  }
  console.log('');
  console.log('stage (third pass, warm)  ms/article   CPU ms/article');
  for (const n of names) {
    console.log(`${n.padEnd(25)} ${fmt(wall.get(n)! / docs.length, 4).padStart(10)}   ${fmt(cpu.get(n)! / docs.length, 4).padStart(14)}`);
  }
}
if (process.env.SITREP_BENCH_STAGES !== '0') stageTimes();

// Every core: one worker thread per core, start-up timed apart from the run.
if (process.env.SITREP_BENCH_PARALLEL !== '0') {
  const workers = availableParallelism();
  t = performance.now();
  const pool = new ExtractPool({ workers });
  await pool.ready();
  const startMs = performance.now() - t;
  try {
    for await (const r of pool.run(warm)) void r;
    t = performance.now();
    let n = 0;
    for await (const r of pool.run(docs)) if (r) n++;
    const parallelMs = performance.now() - t;
    console.log('');
    console.log(
      `${workers} worker threads: ${fmt(n / (parallelMs / 1000))} articles/s, ${fmt(mb / (parallelMs / 1000), 2)} MB/s ` +
        `after a warm-up (start-up ${fmt(startMs)} ms); peak RSS ${fmt(rssMb())} MB`,
    );
  } finally {
    await pool.close();
  }
}
