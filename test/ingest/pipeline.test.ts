import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputDocument } from '../../src/model/index.js';
import { ingest, ingestDocuments, MAX_AUTO_THREADS, POOL_MIN_DOCUMENTS, poolThreads, processPending, resolvePending } from '../../src/ingest/pipeline.js';
import { Resolver } from '../../src/ingest/resolver.js';
import { summarizeFigures } from '../../src/ingest/summarize.js';
import type { ReadItem } from '../../src/ingest/sources/item.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import type { HistoryEntry, Store } from '../../src/store/store.js';
import { syntheticDocs } from '../store/synthetic.js';

async function* items(docs: InputDocument[]): AsyncGenerator<ReadItem> {
  for (const doc of docs) yield { doc, source: `test#${doc.id}` };
}

const GERMAN: InputDocument = {
  id: 'de-1',
  text: 'Die Polizei hat am Montag in Berlin drei Menschen festgenommen, nachdem es bei einer Demonstration zu Ausschreitungen gekommen war. Die Behörden teilten mit, dass die Ermittlungen andauern.',
};

describe('poolThreads', () => {
  const cases: { threads: number | undefined; pending: number; cores: number; expected: number; why: string }[] = [
    { threads: undefined, pending: POOL_MIN_DOCUMENTS, cores: 2, expected: 1, why: 'two cores: one pool thread beside this one' },
    { threads: undefined, pending: 10_000, cores: 4, expected: 3, why: 'one per core besides this one' },
    { threads: undefined, pending: 10_000, cores: 16, expected: MAX_AUTO_THREADS, why: 'at most the automatic maximum' },
    { threads: undefined, pending: 10_000, cores: 1, expected: 0, why: 'one core: this thread' },
    { threads: undefined, pending: POOL_MIN_DOCUMENTS - 1, cores: 8, expected: 0, why: 'few documents: this thread' },
    { threads: 1, pending: 10_000, cores: 8, expected: 0, why: '1 asked: this thread' },
    { threads: 3, pending: 5, cores: 2, expected: 3, why: 'a pool size asked is kept' },
  ];
  for (const c of cases) {
    it(c.why, () => assert.equal(poolThreads(c.threads, c.pending, c.cores), c.expected));
  }
});

describe('ingest pipeline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pipeline-'));
  let store: Store;
  before(async () => {
    store = await openSqliteStore(join(dir, 'p.db'));
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores, extracts and resolves; stores a non-English text without extracting it', async () => {
    const docs = [...syntheticDocs(12), GERMAN];
    const summary = await ingest(items(docs), store);
    assert.deepEqual([summary.read, summary.added, summary.skipped, summary.processed, summary.resolved], [13, 12, 1, 12, 12]);
    const german = await store.getDocument('de-1');
    assert.deepEqual([german?.status, german?.language, german?.messages[0]?.code], ['skipped', 'de', 'W_NOT_ENGLISH']);
    assert.equal((await store.progress()).unresolved, 0);
  });

  it('is idempotent: the same input again adds and extracts nothing', async () => {
    const again = await ingest(items(syntheticDocs(12)), store);
    assert.deepEqual([again.added, again.existing, again.processed, again.resolved], [0, 12, 0, 0]);
  });

  it('enqueues only with process: false, and processPending + resolvePending finish the job', async () => {
    const more = syntheticDocs(16).slice(12);
    const queued = await ingest(items(more), store, { process: false });
    assert.deepEqual([queued.added, queued.processed], [4, 0]);
    assert.equal((await store.progress()).pending, 4);
    assert.deepEqual(await processPending(store, { batchSize: 3 }), { processed: 4, failed: 0, resolved: 0 });
    assert.equal(await resolvePending(store), 4);
  });

  it('places a document in the same incident whichever process resolves it (state rebuilt from the store)', async () => {
    const one = (await store.listIncidents({ limit: 1000 })).items.map((i) => [i.id, i.documents.join(' ')]).sort();
    const other = join(dir, 'q.db');
    const split = await openSqliteStore(other);
    try {
      await ingest(items(syntheticDocs(8)), split);
      await ingest(items(syntheticDocs(16).slice(8)), split, { process: false });
      await processPending(split);
      assert.equal(await new Resolver(split, { batchSize: 3 }).run(), 8);
      const theirs = (await split.listIncidents({ limit: 1000 })).items.map((i) => [i.id, i.documents.join(' ')]).sort();
      assert.deepEqual(theirs, one);
    } finally {
      await split.close();
    }
  });

  it('respects a manual split when the document is resolved again', async () => {
    const pair = (await store.listIncidents({ limit: 1000 })).items.find((i) => i.documents.length >= 2);
    assert.ok(pair, 'some incident has two reports');
    const moved = pair.documents[1]!;
    await store.applyCorrection({ kind: 'split', incident: pair.id, document: moved, into: `${pair.id}-x` }, summarizeFigures);
    const doc = await store.getDocument(moved);
    await store.setStatus(moved, 'pending');
    assert.ok(doc);
    await processPending(store);
    await resolvePending(store);
    const now = await store.getIncident(pair.id);
    assert.ok(now && !now.documents.includes(moved), 'the split-off document stays out');
    const its = (await store.listIncidents({ document: moved })).items;
    assert.equal(its.length, 1);
    assert.notEqual(its[0]!.id, pair.id);
  });
});

describe('ingest on the thread pool', () => {
  it('gives what ingest in one thread gives: same documents, results and incidents, resolved batch by batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-pool-'));
    const one = await openSqliteStore(join(dir, 'one.db'));
    const pooled = await openSqliteStore(join(dir, 'pooled.db'));
    try {
      const docs = syntheticDocs(40);
      const a = await ingest(items(docs), one, { threads: 1 });
      const b = await ingest(items(docs), pooled, { threads: 2, batchSize: 7 });
      assert.deepEqual([b.read, b.added, b.processed, b.failed, b.resolved], [40, 40, 40, 0, 40]);
      assert.deepEqual([a.processed, a.resolved], [40, 40]);
      const incidents = async (s: Store) => (await s.listIncidents({ limit: 1000 })).items.map((i) => [i.id, i.documents.join(' '), JSON.stringify(i.figures)]).sort();
      assert.deepEqual(await incidents(pooled), await incidents(one));
      const events = async (s: Store) => (await s.listEvents({ limit: 1000, sort: 'seq' })).items.map((e) => [e.document, e.id, e.type, e.incident]);
      assert.deepEqual(await events(pooled), await events(one));
    } finally {
      await one.close();
      await pooled.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ingest on the thread pool: errors', () => {
  it('a store error while saving stops the run (it is not taken for a failed thread)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-pool-error-'));
    const store = await openSqliteStore(join(dir, 'e.db'));
    let saves = 0;
    const failing: Store = Object.assign(Object.create(store) as Store, {
      saveResults: async () => {
        saves++;
        throw new Error('disk full');
      },
    });
    try {
      await assert.rejects(ingest(items(syntheticDocs(20)), failing, { threads: 2, batchSize: 5 }), /disk full/);
      assert.equal(saves, 1, 'not retried by extracting the rest in this thread');
      assert.equal((await store.progress()).done, 0, 'nothing half-written');
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('figure histories (the summarizer the store is given)', () => {
  const entry = (document: string, value: number, reportedAt: string, over: Partial<HistoryEntry> = {}): HistoryEntry => ({
    value,
    low: value,
    high: value,
    qualifier: 'exact',
    scope: 'incident',
    kind: 'killed',
    reportedAt,
    document,
    duplicateOf: null,
    figure: 'f1',
    event: 'e1',
    attribution: [],
    evidence: [],
    ...over,
  });
  it('groups by kind, keeps every report in order, reconciles each kind', () => {
    const figures = summarizeFigures([
      entry('b', 164, '2022-01-09'),
      entry('a', 26, '2022-01-08'),
      entry('a', 3811, '2022-01-08', { kind: 'detained' }),
      entry('c', 45, '2022-01-10', { scope: 'other' }),
    ]);
    assert.deepEqual(Object.keys(figures).sort(), ['detained', 'killed']);
    assert.deepEqual(figures.killed?.history.map((h) => [h.document, h.value]), [['a', 26], ['b', 164], ['c', 45]]);
    assert.equal(figures.killed?.best, 164);
    assert.equal(figures.detained?.best, 3811);
  });
});

describe('ingestDocuments (for the API)', () => {
  it('stores, extracts and resolves documents given in memory, saying which were new', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-one-'));
    const store = await openSqliteStore(join(dir, 'one.db'));
    try {
      const [doc] = syntheticDocs(1);
      const first = await ingestDocuments([doc!, GERMAN], store);
      assert.deepEqual(first.map((d) => [d.id, d.inserted]), [['syn-0', true], ['de-1', true]]);
      assert.equal(first[1]!.messages[0]!.code, 'W_NOT_ENGLISH');
      assert.equal((await store.getDocument('syn-0'))?.status, 'done');
      assert.equal((await store.listIncidents({ document: 'syn-0' })).total, 1);
      const again = await ingestDocuments([{ text: doc!.text }], store);
      assert.deepEqual(again.map((d) => [d.id, d.inserted]), [['syn-0', false]]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
