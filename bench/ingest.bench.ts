// Ingest benchmark: articles/s into SQLite including extraction and resolution (near-duplicates,
// incidents, figure histories), time per stage, and peak RSS, over the gva dev set.
//
// CPU is split between the main thread (reading, storing, saving, resolving: everything but
// extraction and resolve features, which run in the pool threads) and the rest of the process
// (the pool threads, and V8's helper threads — its optimising compiler and GC for every thread's
// isolate, about a third of the rest with one pool thread), read from /proc on Linux. Main-thread
// CPU per article is the pipeline's own cost: with E ms/article of extraction on C cores the rate is at most
// min(1000 / main, C · 1000 / (main + E + features)); the bench prints that ceiling.
//
// Like the extract bench it times the compiled dist/ (what bin/sitrep.js runs), rebuilt by tsc when it
// starts; SITREP_BENCH_SOURCE=1 times the source through tsx (bench/code.ts).
//
// Usage: node --import tsx bench/ingest.bench.ts [DOCS.jsonl] [--threads N] [--limit N] [--keep FILE]
//   DOCS      default ../shared/eval/dev/gva.docs.jsonl (4,501 articles)
//   --threads extraction threads (default: as `sitrep ingest`, one per core up to 4; 1: all in this thread)
//   --limit   only the first N articles
//   --keep    write the database to FILE and keep it (default: a temporary file, removed)
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { IngestProgress } from '../src/ingest/pipeline.js';
import type { ReadItem } from '../src/ingest/sources/item.js';
import { buildUnlessSource, codeLabel, load } from './code.js';

/** CPU ms of this process's main thread (Linux /proc; null elsewhere). */
function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime (fields 14 and 15 of stat, counted from after the name) in clock ticks
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const threadOption = option('--threads');
const threads = threadOption === undefined ? undefined : Number(threadOption);
const limit = Number(option('--limit') ?? Infinity);
const keep = option('--keep');
const docs = args[0] ?? new URL('../../shared/eval/dev/gva.docs.jsonl', import.meta.url).pathname;
if (!existsSync(docs)) {
  console.log(`ingest bench: ${docs} not found; pass a .jsonl file of articles`);
  process.exit(0);
}
buildUnlessSource('ingest');
const { ingest } = (await load('ingest/pipeline')) as typeof import('../src/ingest/pipeline.js');
const { openSqliteStore } = (await load('store/sqlite/store')) as typeof import('../src/store/sqlite/store.js');
console.log(codeLabel());

// the articles are read into memory first, so that reading the file is not timed
const lines: string[] = [];
for await (const line of createInterface({ input: createReadStream(docs, 'utf8'), crlfDelay: Infinity })) {
  if (line.trim() && lines.length < limit) lines.push(line);
}
async function* items(): AsyncGenerator<ReadItem> {
  for (const [i, line] of lines.entries()) {
    const doc = JSON.parse(line);
    yield { doc, source: `${docs}#${i + 1}` };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const file = keep ?? join(dir, 'bench.db');
if (keep) rmSync(keep, { force: true });
const store = await openSqliteStore(file);
const stages = new Map<string, number>();
const cpuStages = new Map<string, number>();
let stage: IngestProgress['stage'] | null = null;
let mark = performance.now();
let cpuMark = process.cpuUsage();
const onProgress = (p: IngestProgress): void => {
  const now = performance.now();
  const cpu = process.cpuUsage(cpuMark);
  if (stage) {
    stages.set(stage, (stages.get(stage) ?? 0) + now - mark);
    cpuStages.set(stage, (cpuStages.get(stage) ?? 0) + (cpu.user + cpu.system) / 1000);
  }
  mark = now;
  cpuMark = process.cpuUsage();
  stage = p.stage;
};
const started = performance.now();
const cpuStarted = process.cpuUsage();
const mainStarted = mainThreadCpuMs();
const summary = await ingest(items(), store, { threads, onProgress });
onProgress({ stage: 'resolve', done: 0, total: 0 });
const seconds = (performance.now() - started) / 1000;
const cpuUsed = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
const mainEnded = mainThreadCpuMs();
const mainMs = mainStarted === null || mainEnded === null ? null : mainEnded - mainStarted;
const incidents = (await store.stats({})).incidents;
await store.close();
rmSync(dir, { recursive: true, force: true });

const rate = summary.read / seconds;
const ms = (name: string): number => Math.round(stages.get(name) ?? 0);
const cpuMs = (name: string): number => Math.round(cpuStages.get(name) ?? 0);
const result = {
  articles: summary.read,
  stored: summary.added,
  extracted: summary.processed,
  resolved: summary.resolved,
  incidents,
  seconds: Math.round(seconds * 100) / 100,
  articlesPerSecond: Math.round(rate),
  stageMs: { store: ms('read'), extract: ms('process'), resolve: ms('resolve') },
  cpuSeconds: Math.round(cpuSeconds * 100) / 100,
  articlesPerCpuSecond: Math.round(summary.read / cpuSeconds),
  stageCpuMs: { store: cpuMs('read'), extract: cpuMs('process'), resolve: cpuMs('resolve') },
  /** CPU ms per article on the main thread (all but extraction and features), and in the rest of the process. */
  mainCpuMsPerArticle: mainMs === null ? null : Math.round((mainMs / summary.read) * 100) / 100,
  otherCpuMsPerArticle: mainMs === null ? null : Math.round(((cpuSeconds * 1000 - mainMs) / summary.read) * 100) / 100,
  loadAverage: Math.round(loadavg()[0]! * 10) / 10,
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  threads: threads ?? 'auto',
};
console.log(`ingest into SQLite: ${result.articles} articles in ${result.seconds} s = ${result.articlesPerSecond} articles/s (target ≥ 500)`);
console.log(`  store ${result.stageMs.store} ms, extract+save+resolve (each saved batch resolved at once) ${result.stageMs.extract} ms, last resolve ${result.stageMs.resolve} ms; ${incidents} incidents`);
console.log(`  CPU time ${result.cpuSeconds} s = ${result.articlesPerCpuSecond} articles per CPU-second (store ${result.stageCpuMs.store}, extract+save+resolve ${result.stageCpuMs.extract}, last resolve ${result.stageCpuMs.resolve} ms); load average ${result.loadAverage}`);
console.log(`  peak RSS ${result.peakRssMB} MB; extraction threads: ${result.threads}`);
if (result.mainCpuMsPerArticle !== null && result.otherCpuMsPerArticle !== null) {
  const main = result.mainCpuMsPerArticle;
  const cores = availableParallelism();
  const ceiling = (threadsMs: number): number => Math.round(Math.min(1000 / main, (cores * 1000) / (main + threadsMs)));
  console.log(
    `  CPU per article: main thread ${main} ms (storing, saving, resolving), other threads ${result.otherCpuMsPerArticle} ms (pool: extraction, features; V8's compiler and GC helpers); ` +
      `ceiling on ${cores} idle cores: ${ceiling(result.otherCpuMsPerArticle)} articles/s now, ${ceiling(result.otherCpuMsPerArticle - 1.6)} with extraction 1.6 ms/article faster`,
  );
}
console.log(JSON.stringify(result));
if (process.env.SITREP_BENCH_OUT) writeFileSync(process.env.SITREP_BENCH_OUT, `${JSON.stringify(result)}\n`);
