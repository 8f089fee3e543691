import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.js';
import { ExtractPool, extractAllParallel, extractParallel } from '../../src/extract/parallel.js';
import type { InputDocument } from '../../src/model/index.js';

const docs: InputDocument[] = Array.from({ length: 60 }, (_, i) => ({
  id: `d${i}`,
  publishedAt: '2022-01-08',
  text: i % 7 === 0 ? '' : `Police said ${i + 2} people were killed and ${i} injured in Almaty on Wednesday.`,
}));

test('extractParallel: same results as extract, in input order, over small batches and two workers', async () => {
  const out = [];
  for await (const r of extractParallel(docs, { workers: 2, batchSize: 3 })) out.push(r);
  assert.deepEqual(
    out.map((r) => r.id),
    docs.map((d) => d.id),
  );
  assert.deepEqual(out, docs.map((d) => extract(d)));
});

test('extractParallel: empty input, async input, early stop', async () => {
  assert.deepEqual(await extractAllParallel([], { workers: 2 }), []);
  async function* slow() {
    for (const d of docs.slice(0, 10)) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      yield d;
    }
  }
  const ids: string[] = [];
  for await (const r of extractParallel(slow(), { workers: 1, batchSize: 4 })) {
    ids.push(r.id);
    if (ids.length === 5) break;
  }
  assert.deepEqual(ids, ['d0', 'd1', 'd2', 'd3', 'd4']);
});

test('ExtractPool: ready, two runs in a row on the same threads, then close', async () => {
  const pool = new ExtractPool({ workers: 2, batchSize: 5 });
  try {
    await pool.ready();
    const first = [];
    for await (const r of pool.run(docs.slice(0, 12))) first.push(r.id);
    const second = [];
    for await (const r of pool.run(docs.slice(20, 31))) second.push(r.id);
    assert.deepEqual(first, docs.slice(0, 12).map((d) => d.id));
    assert.deepEqual(second, docs.slice(20, 31).map((d) => d.id));
  } finally {
    await pool.close();
  }
  await assert.rejects(async () => {
    for await (const r of pool.run(docs)) void r;
  }, /after close/);
});
