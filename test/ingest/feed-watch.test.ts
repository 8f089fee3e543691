import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchSources, memorySeenSet, itemKeys } from '../../src/ingest/sources/watch.js';
import type { ReadItem } from '../../src/ingest/sources/item.js';

/** A fake feed that grows by one item per poll. */
function growingFeed(): (source: string) => AsyncIterable<ReadItem> {
  let polls = 0;
  return async function* (source) {
    polls++;
    for (let i = 1; i <= polls; i++) yield { doc: { id: `${source}-${i}`, url: `https://x/${i}`, text: `Item ${i}` }, source };
  };
}

test('each poll yields only the items not seen before', async () => {
  const seen = memorySeenSet();
  const got: string[] = [];
  for await (const item of watchSources(['feed'], { intervalMs: 1, seen, read: growingFeed(), rounds: 3 })) {
    if ('doc' in item) got.push(item.doc.id!);
  }
  assert.deepEqual(got, ['feed-1', 'feed-2', 'feed-3']);
});

test('the seen set persists across runs: a restart takes nothing twice', async () => {
  const seen = memorySeenSet();
  const read = growingFeed();
  for await (const _ of watchSources(['feed'], { intervalMs: 1, seen, read, rounds: 1 })) void _;
  const second: string[] = [];
  for await (const item of watchSources(['feed'], { intervalMs: 1, seen, read, rounds: 1 })) if ('doc' in item) second.push(item.doc.id!);
  assert.deepEqual(second, ['feed-2']);
});

test('an item republished under a new guid but the same link or text is not taken again', async () => {
  const seen = memorySeenSet();
  await seen.add(itemKeys({ id: 'old-guid', url: 'https://x/a', text: 'Same  text' }));
  const read = async function* (): AsyncIterable<ReadItem> {
    yield { doc: { id: 'new-guid', url: 'https://x/a', text: 'Other' }, source: 'f' };
    yield { doc: { id: 'newer-guid', url: 'https://x/b', text: 'Same text' }, source: 'f' };
    yield { doc: { id: 'fresh', url: 'https://x/c', text: 'Fresh' }, source: 'f' };
  };
  const got: string[] = [];
  for await (const item of watchSources(['f'], { intervalMs: 1, seen, read, rounds: 1 })) if ('doc' in item) got.push(item.doc.id!);
  assert.deepEqual(got, ['fresh']);
});

test('errors are passed on and the loop goes on; abort stops the wait', async () => {
  const controller = new AbortController();
  const read = async function* (): AsyncIterable<ReadItem> {
    yield { error: { code: 'E_FETCH_TIMEOUT', message: 'slow' }, source: 'u' };
  };
  const codes: string[] = [];
  const started = Date.now();
  for await (const item of watchSources(['u'], { intervalMs: 60_000, seen: memorySeenSet(), read, signal: controller.signal })) {
    if ('error' in item) codes.push(item.error.code);
    controller.abort();
  }
  assert.deepEqual(codes, ['E_FETCH_TIMEOUT']);
  assert.ok(Date.now() - started < 5000);
});
