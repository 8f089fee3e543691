import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputDocument } from '../../src/model/index.js';
import { ingest, ingestDocuments, processPending, resolvePending } from '../../src/ingest/pipeline.js';
import { Resolver } from '../../src/ingest/resolver.js';
import { reconcileHistory, summarizeFigures } from '../../src/ingest/summarize.js';
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
    assert.deepEqual(await processPending(store, { batchSize: 3 }), { processed: 4, failed: 0 });
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

describe('figure reconciliation (the summarizer the store is given)', () => {
  const entry = (document: string, value: number, over: Partial<HistoryEntry> = {}): HistoryEntry => ({
    value,
    low: value,
    high: value,
    qualifier: 'exact',
    scope: 'incident',
    kind: 'killed',
    reportedAt: null,
    document,
    duplicateOf: null,
    figure: 'f1',
    event: 'e1',
    attribution: [],
    evidence: [],
    ...over,
  });
  const cases: [string, HistoryEntry[], { low: number; best: number; high: number; contradiction: boolean; sources: number } | null][] = [
    ['one report', [entry('a', 3)], { low: 3, best: 3, high: 3, contradiction: false, sources: 1 }],
    ['a toll rising in one source: its latest report counts', [entry('a', 26), entry('a', 164)], { low: 164, best: 164, high: 164, contradiction: false, sources: 1 }],
    ['two sources disagree: best is the larger floor, flagged', [entry('a', 2), entry('b', 3)], { low: 2, best: 3, high: 3, contradiction: true, sources: 2 }],
    ['a near-duplicate is not another source', [entry('a', 2), entry('b', 2, { duplicateOf: 'a' })], { low: 2, best: 2, high: 2, contradiction: false, sources: 1 }],
    ['"up to 10" does not raise best', [entry('a', 4), entry('b', 10, { qualifier: 'at_most', low: 0 })], { low: 0, best: 4, high: 10, contradiction: true, sources: 2 }],
    ['statistics (scope other) are left out', [entry('a', 45, { scope: 'other' })], null],
  ];
  for (const [name, history, expected] of cases) {
    it(name, () => assert.deepEqual(reconcileHistory(history), expected));
  }
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
