// API latency benchmark: p50/p99 of the main list endpoints over 100k synthetic events in SQLite.
// Usage: node --import tsx bench/api.bench.ts [--events 100000] [--requests 200] [--seconds 20] [--no-resolve] [--db FILE] [--cold | --warm] [--by-path]
// --by-path also prints each parameter set's median and slowest request (wall and CPU).
// Prints two tables: warm (the store's read cache answers repeated totals and stats) and cold
// (another connection commits a change before every request, as an ingest in another process
// would: the store's read cache and SQLite's page cache are both dropped); --cold or --warm prints one.
// Wall and CPU time per request (CPU time is what to compare on a loaded machine).
// (each endpoint stops after --requests requests or --seconds seconds, whichever comes first)
// (--db keeps the generated database in FILE and reuses it when it already holds data)
// The data goes in through the store's own write path (addDocuments, saveResults, the resolver);
// requests go through the whole app (routing, validation, store, JSON) without a socket.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/api/app.js';
import { documentFeatures } from '../src/ingest/features.js';
import { resolvePending } from '../src/ingest/pipeline.js';
import { EVENT_TYPES, type Event, type Figure, type FigureKind, type Result } from '../src/model/index.js';
import { contentHash, openStore } from '../src/store/open.js';
import type { NewDocument } from '../src/store/store.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const EVENTS = option('events', 100_000);
const REQUESTS = option('requests', 200);
const SECONDS = option('seconds', 20);
const RESOLVE = !args.includes('--no-resolve');
const ONLY_COLD = args.includes('--cold');
const ONLY_WARM = args.includes('--warm');
const BY_PATH = args.includes('--by-path');
const EVENTS_PER_DOC = 4;

/** A seeded generator, so every run writes the same data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const PLACES = [
  { name: 'Almaty', country: 'KZ', admin1: 'Almaty', lat: 43.25, lon: 76.92 },
  { name: 'Aktau', country: 'KZ', admin1: 'Mangystau', lat: 43.65, lon: 51.2 },
  { name: 'Kyiv', country: 'UA', admin1: 'Kyiv City', lat: 50.45, lon: 30.52 },
  { name: 'Lagos', country: 'NG', admin1: 'Lagos', lat: 6.45, lon: 3.4 },
  { name: 'Santiago', country: 'CL', admin1: 'Santiago Metropolitan', lat: -33.45, lon: -70.66 },
  { name: 'Chicago', country: 'US', admin1: 'Illinois', lat: 41.88, lon: -87.63 },
  { name: 'Dhaka', country: 'BD', admin1: 'Dhaka Division', lat: 23.81, lon: 90.41 },
  { name: 'Khartoum', country: 'SD', admin1: 'Khartoum', lat: 15.5, lon: 32.56 },
];
const VERBS = ['detained', 'killed', 'injured', 'protested', 'clashed', 'evacuated'];
const KINDS: FigureKind[] = ['killed', 'injured', 'detained', 'participants'];

function day(offset: number): string {
  return new Date(Date.UTC(2021, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

function syntheticDocument(n: number): { doc: NewDocument; result: Result } {
  const place = pick(PLACES);
  const date = day(Math.floor(random() * 730));
  const sentences: string[] = [];
  const events: Event[] = [];
  const figures: Figure[] = [];
  let text = `Report ${n} from ${place.name}. `;
  for (let e = 1; e <= EVENTS_PER_DOC; e++) {
    const value = 1 + Math.floor(random() * 300);
    const kind = pick(KINDS);
    const sentence = `Police said ${value} people were ${pick(VERBS)} in ${place.name} on ${date} (item ${n}.${e}).`;
    const start = text.length;
    text += `${sentence} `;
    sentences.push(sentence);
    const evidence = [{ start, end: start + sentence.length, text: sentence }];
    const location = { ...place, city: place.name, geonameId: null, precision: 'city' as const };
    events.push({ id: `e${e}`, type: pick(EVENT_TYPES), subtype: null, date: { start: date, end: date, precision: 'day' }, location, actors: [{ role: 'agent', name: 'police', kind: 'police' }], figures: [`f${e}`], evidence, confidence: 0.8 });
    figures.push({ id: `f${e}`, event: `e${e}`, kind, value, low: value, high: value, qualifier: 'exact', scope: 'incident', subject: 'people', location, attribution: [{ name: 'police', kind: 'police' }], evidence });
  }
  const doc: NewDocument = { id: `bench-${n}`, sourceId: `bench-${n}`, title: `Report ${n}: unrest in ${place.name}`, publishedAt: date, text, contentHash: contentHash(text), language: 'en' };
  const result: Result = { id: doc.sourceId, document: { title: doc.title ?? null, publishedAt: date, language: 'en', outlet: null, url: null, duplicateOf: null }, events, figures, messages: [] };
  return { doc, result };
}

interface Row {
  endpoint: string;
  requests: number;
  p50: number;
  p99: number;
  max: number;
  cpuP50: number;
  cpuP99: number;
  slowest: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const dbIndex = args.indexOf('--db');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const file = dbIndex >= 0 ? args[dbIndex + 1]! : join(dir, 'bench.db');
const store = await openStore(file);
// the cold mode's writer: a second connection, so its commit changes SQLite's data_version for
// the store (read cache dropped) and makes the store's connection drop its page cache; a write
// that changes nothing commits no page and would be invisible to both
const writer = new Database(file);
const touch = writer.prepare("INSERT INTO meta (key, value) VALUES ('bench_cold_writes', 1) ON CONFLICT (key) DO UPDATE SET value = value + 1");
try {
  // 1. write: documents in batches, then their results (events, figures, resolve features).
  const t0 = performance.now();
  const docs = (await store.listDocuments({ limit: 1 })).total > 0 ? 0 : Math.ceil(EVENTS / EVENTS_PER_DOC);
  for (let from = 0; from < docs; from += 1000) {
    const batch = Array.from({ length: Math.min(1000, docs - from) }, (_, i) => syntheticDocument(from + i));
    const stored = await store.addDocuments(batch.map((b) => b.doc));
    await store.saveResults(batch.map((b, i) => ({ documentId: stored[i]!.id, result: b.result, extra: { features: documentFeatures(stored[i]!.id, b.doc, b.result) } })));
  }
  const written = (performance.now() - t0) / 1000;
  let resolved = 0;
  const t1 = performance.now();
  if (RESOLVE) resolved = await resolvePending(store);
  const resolveSeconds = (performance.now() - t1) / 1000;
  const stats = await store.stats({});
  console.log(`data: ${stats.documents} documents, ${stats.events} events, ${stats.figures} figures, ${stats.incidents} incidents; written in ${written.toFixed(1)} s, ${resolved} resolved in ${resolveSeconds.toFixed(1)} s`);

  // 2. read: each endpoint with a few parameter sets (filters, deep pages, text), round-robin,
  // after one request of each; first warm (the read cache answers repeats), then cold.
  const app = createApp({ store, openWrites: false });
  const ENDPOINTS: Record<string, string[]> = {
    'GET /api/events': [
      '/api/events',
      '/api/events?type=ARREST,VIOL_DEMONSTR',
      '/api/events?country=KZ',
      '/api/events?since=2022-01-01&until=2022-01-31',
      '/api/events?q=detained',
      '/api/events?offset=50000&sort=-date',
      '/api/events?offset=99000',
      '/api/events?country=UA&type=ARREST&since=2021-03-01&until=2022-10-31&offset=100',
      '/api/events?q=detained&offset=5000',
    ],
    'GET /api/figures': [
      '/api/figures',
      '/api/figures?kind=killed',
      '/api/figures?country=UA&sort=-value',
      '/api/figures?since=2021-06-01&until=2021-06-30',
      '/api/figures?offset=90000&sort=-date',
      '/api/figures?q=Almaty',
    ],
    'GET /api/documents': [
      '/api/documents',
      '/api/documents?q=Almaty',
      '/api/documents?since=2021-06-01&until=2021-06-30',
      '/api/documents?offset=24000',
      '/api/documents?country=KZ',
      '/api/documents?type=ARREST&offset=1000',
    ],
    'GET /api/incidents': [
      '/api/incidents',
      '/api/incidents?sort=-documents',
      '/api/incidents?country=NG',
      '/api/incidents?offset=30000',
      '/api/incidents?since=2022-01-01&until=2022-01-31',
      '/api/incidents?q=detained',
    ],
    'GET /api/stats': ['/api/stats', '/api/stats?since=2022-01-01&until=2022-03-31', '/api/stats?country=KZ', '/api/stats?type=ARREST,VIOL_DEMONSTR', '/api/stats?q=detained'],
    'GET /api/search': ['/api/search?q=detained', '/api/search?q=police+Almaty', '/api/search?q=Kyiv&offset=1000'],
    'GET /api/places': ['/api/places', '/api/places?country=KZ', '/api/places?since=2022-01-01&until=2022-03-31', '/api/places?type=ARREST', '/api/places?q=detained'],
  };
  for (const paths of Object.values(ENDPOINTS)) {
    for (const path of paths) {
      const res = await app.request(path);
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
      await res.text();
    }
  }
  const modes: { label: string; cold: boolean }[] = [];
  if (!ONLY_COLD) modes.push({ label: 'warm (read cache answers repeats)', cold: false });
  if (!ONLY_WARM) modes.push({ label: 'cold (another connection commits before each request: no cached totals, stats or pages)', cold: true });
  const report: Record<string, Row[]> = {};
  console.log(`\nread: ${stats.documents} documents, ${stats.events} events; wall ms and CPU ms per request; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const mode of modes) {
    const rows: Row[] = [];
    for (const [endpoint, paths] of Object.entries(ENDPOINTS)) {
      const wall: number[] = [];
      const cpu: number[] = [];
      const byPath = new Map<string, number[]>();
      const byPathCpu = new Map<string, number[]>();
      const deadline = performance.now() + SECONDS * 1000;
      for (let i = 0; i < REQUESTS && performance.now() < deadline; i++) {
        const path = paths[i % paths.length]!;
        if (mode.cold) touch.run();
        const cpu0 = process.cpuUsage();
        const start = performance.now();
        const res = await app.request(path);
        await res.text();
        const ms = performance.now() - start;
        const used = process.cpuUsage(cpu0);
        wall.push(ms);
        cpu.push((used.user + used.system) / 1000);
        byPath.set(path, [...(byPath.get(path) ?? []), ms]);
        byPathCpu.set(path, [...(byPathCpu.get(path) ?? []), cpu[cpu.length - 1]!]);
      }
      wall.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      const [slowest, slowestTimes] = [...byPath].map(([p, t]) => [p, t.sort((a, b) => a - b)] as const).sort((a, b) => percentile(b[1], 50) - percentile(a[1], 50))[0]!;
      if (BY_PATH) {
        for (const [path, times] of byPath) {
          const cpuTimes = [...byPathCpu.get(path)!].sort((a, b) => a - b);
          console.log(`  ${mode.cold ? 'cold' : 'warm'} ${path.padEnd(80)} n ${String(times.length).padStart(3)}  p50 ${percentile(times, 50).toFixed(1).padStart(6)}  max ${times[times.length - 1]!.toFixed(1).padStart(6)}  cpu p50 ${percentile(cpuTimes, 50).toFixed(1).padStart(6)}  cpu max ${cpuTimes[cpuTimes.length - 1]!.toFixed(1).padStart(6)}`);
        }
      }
      rows.push({
        endpoint,
        requests: wall.length,
        p50: percentile(wall, 50),
        p99: percentile(wall, 99),
        max: wall[wall.length - 1]!,
        cpuP50: percentile(cpu, 50),
        cpuP99: percentile(cpu, 99),
        slowest: `${slowest} (p50 ${percentile(slowestTimes, 50).toFixed(1)} ms)`,
      });
    }
    report[mode.cold ? 'cold' : 'warm'] = rows;
    console.log(`\n${mode.label}, ${stats.events} events, ${stats.documents} documents`);
    console.log(`${'endpoint'.padEnd(20)} ${'requests'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'cpu p50'.padStart(8)} ${'cpu p99'.padStart(8)}   slowest parameter set (median)`);
    for (const r of rows) {
      const over = r.p99 > 50 ? '  [p99 over 50 ms]' : '';
      console.log(`${r.endpoint.padEnd(20)} ${String(r.requests).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)} ${r.cpuP50.toFixed(1).padStart(8)} ${r.cpuP99.toFixed(1).padStart(8)}   ${r.slowest}${over}`);
    }
  }
  console.log(JSON.stringify({ bench: 'api', documents: stats.documents, events: stats.events, requests: REQUESTS, load: loadavg(), ...report }));
} finally {
  writer.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
