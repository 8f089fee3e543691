import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSource, READERS, type ReadItem } from '../../src/ingest/sources/index.js';

async function items(path: string, stdin?: string): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  const input = (async function* () {
    if (stdin !== undefined) yield Buffer.from(stdin);
  })();
  for await (const item of readSource(path, input)) out.push(item);
  return out;
}

function codes(list: ReadItem[]): string[] {
  return list.map((i) => ('doc' in i ? `doc:${i.doc.id ?? ''}` : `${i.error.code}@${i.source}`));
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-sources-'));

test('jsonl: documents in order, bad lines become error items with their line, the rest goes on', async () => {
  const path = join(dir, 'docs.jsonl');
  writeFileSync(path, '{"id":"a","text":"one"}\nnot json\n{"id":"b"}\n\n{"id":"c","text":"three","publishedAt":"2022-01-08"}\n');
  const got = await items(path);
  assert.deepEqual(codes(got), ['doc:a', 'E_JSONL_NOT_JSON@docs.jsonl:2', 'E_JSONL_NO_TEXT@docs.jsonl:3', 'doc:c']);
  assert.equal((got[3] as { doc: { publishedAt: string } }).doc.publishedAt, '2022-01-08');
});

test('txt: one document whose id is the file name; BOM dropped', async () => {
  const path = join(dir, 'story.txt');
  writeFileSync(path, '\uFEFFTwo people died.');
  const got = await items(path);
  assert.deepEqual(codes(got), ['doc:story.txt']);
  assert.equal((got[0] as { doc: { text: string } }).doc.text, 'Two people died.');
});

test('non-UTF-8 bytes and unreadable files are error items with stable codes', async () => {
  const path = join(dir, 'latin1.txt');
  writeFileSync(path, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
  assert.deepEqual(codes(await items(path)), ['E_INPUT_NOT_UTF8@latin1.txt']);
  assert.deepEqual(codes(await items(join(dir, 'missing.txt'))), [`E_INPUT_UNREADABLE@${join(dir, 'missing.txt')}`]);
});

test('standard input: JSON Lines when it looks like it, else text', async () => {
  assert.deepEqual(codes(await items('-', '{"id":"x","text":"t"}\n')), ['doc:x']);
  assert.deepEqual(codes(await items('-', 'Plain text here.')), ['doc:']);
});

test('the dispatcher is a table of readers by extension', () => {
  assert.ok(typeof READERS['.jsonl'] === 'function' && typeof READERS['.txt'] === 'function');
});
