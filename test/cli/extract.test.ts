import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExtract } from '../../src/cli/commands/extract.js';
import type { Result } from '../../src/model/index.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-extract-'));

async function run(inputs: string[], format: 'jsonl' | 'json' | 'table'): Promise<{ out: string; err: string; failed: boolean }> {
  let out = '';
  let err = '';
  const failed = await runExtract(inputs, format, (s) => (out += s), (s) => (err += s));
  return { out, err, failed };
}

test('extract: one jsonl result per document in input order; bad lines carry messages; exit says failed', async () => {
  const path = join(dir, 'docs.jsonl');
  writeFileSync(path, '{"id":"a","text":"Two men were shot and killed, police said."}\nnot json\n{"id":"c","text":""}\n');
  const { out, failed } = await run([path], 'jsonl');
  const results = out.trim().split('\n').map((l) => JSON.parse(l) as Result);
  assert.deepEqual(results.map((r) => r.id), ['a', 'docs.jsonl:2', 'c']);
  assert.deepEqual(results[0]!.figures.map((f) => [f.kind, f.value, f.attribution.map((s) => s.name)]), [['killed', 2, ['police']]]);
  assert.deepEqual(results[1]!.messages.map((m) => m.code), ['E_JSONL_NOT_JSON']);
  assert.deepEqual(results[2]!.messages.map((m) => m.code), ['E_EMPTY_TEXT']);
  for (const f of results[0]!.figures) for (const e of f.evidence) assert.equal(e.text, 'Two men were shot and killed, police said.'.slice(e.start, e.end));
  assert.equal(failed, true);
});

test('extract: an unreadable file goes to stderr and the batch goes on', async () => {
  const ok = join(dir, 'ok.txt');
  writeFileSync(ok, 'A man was shot and killed on Monday, police said.');
  const { out, err, failed } = await run([join(dir, 'nope.txt'), ok], 'jsonl');
  assert.match(err, /E_INPUT_UNREADABLE/);
  assert.deepEqual(out.trim().split('\n').map((l) => (JSON.parse(l) as Result).id), ['ok.txt']);
  assert.equal(failed, true);
});

test('extract: table has one line per figure with value, kind and origin ← relays; json is one array', async () => {
  const path = join(dir, 'chain.txt');
  writeFileSync(path, 'Ten people died, as per government figures acquired by Example.kz, reported Sputnik.');
  const { out, failed } = await run([path], 'table');
  assert.equal(failed, false);
  assert.match(out, /^chain\.txt/);
  assert.match(out, /\n\s+10\s+killed\s+-\s+government ← Example\.kz ← Sputnik\n/);
  const json = await run([path], 'json');
  assert.equal((JSON.parse(json.out) as Result[]).length, 1);
});

test('extract: a 20 MB document and a non-UTF-8 file get their codes, the documents around them are extracted', async () => {
  const big = join(dir, 'big.txt');
  writeFileSync(big, 'Police said three people were killed. '.repeat(Math.ceil((20 * 1024 * 1024) / 38)));
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from([0x41, 0x20, 0x6d, 0xe9, 0x6e, 0x20, 0x77, 0x61, 0x73, 0x20, 0x6b, 0x69, 0x6c, 0x6c, 0x65, 0x64, 0x2e]));
  const ok = join(dir, 'after.txt');
  writeFileSync(ok, 'A man was shot and killed on Monday, police said.');
  const { out, err, failed } = await run([big, latin1, ok], 'jsonl');
  const results = out.trim().split('\n').map((l) => JSON.parse(l) as Result);
  const codes = [...results.flatMap((r) => r.messages.map((m) => m.code)), err];
  assert.equal(results.find((r) => r.id === 'big.txt')?.messages[0]?.code, 'E_INPUT_TOO_LARGE');
  assert.ok(codes.some((c) => c.includes('E_INPUT_NOT_UTF8')), 'the non-UTF-8 file is named with its code');
  assert.deepEqual(results.find((r) => r.id === 'after.txt')?.figures.map((f) => [f.kind, f.value]), [['killed', 1]]);
  assert.equal(failed, true);
});
