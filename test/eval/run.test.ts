import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runEval } from '../../src/eval/run.js';
import { formatReport, reportJson } from '../../src/eval/format.js';
import { parseJsonl } from '../../src/eval/jsonl.js';
import { event, figure, result } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
function file(name: string, lines: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return path;
}

test('parseJsonl: blank lines skipped, bad lines reported with their number', () => {
  const { lines, messages } = parseJsonl('{"a":1}\n\nnot json\n{"b":2}\n', 'x.jsonl');
  assert.deepEqual(lines.map((l) => l.line), [1, 4]);
  assert.equal(messages.length, 1);
  assert.equal(messages[0]!.code, 'E_JSONL_INVALID');
  assert.match(messages[0]!.message, /^x\.jsonl:3: /);
});

test('runEval case --pred: joins by id, reports invalid gold and results outside the gold', async () => {
  const gold = file('case.gold.jsonl', [{ id: 'c1', label: 'ARREST' }, { id: 'c2', label: 'DIPLO' }, { id: 'c3' }, 'oops']);
  const pred = file('case.pred.jsonl', [
    result('c1', { events: [event('ARREST')] }),
    result('zz', { events: [event('ARREST')] }),
    { events: [] },
  ]);
  const { report, messages } = await runEval('case', gold, { pred });
  assert.equal(report.kind, 'case');
  if (report.kind !== 'case') return;
  assert.equal(report.snippets, 2);
  assert.equal(report.accuracy, 0.5);
  assert.deepEqual(
    messages.map((m) => m.code).sort(),
    ['E_GOLD_INVALID', 'E_JSONL_INVALID', 'W_PRED_NOT_IN_GOLD', 'W_PRED_NO_ID'],
  );
  assert.match(formatReport(report), /accuracy 0\.500/);
});

test('runEval gva --docs: extracts only the gold documents, in-process extractor injectable', async () => {
  const gold = file('gva.gold.jsonl', [{ id: 'g1', incident: 'i1', killed: 1, injured: 0, date: '2017-01-26', admin1: 'Texas', city: 'Dallas' }]);
  const docs = file('gva.docs.jsonl', [
    { id: 'g1', title: 't', url: null, publishedAt: null, text: 'A man was shot and killed.' },
    { id: 'other', text: 'Not in gold.' },
    { id: 'g1', text: 'A second copy is ignored.' },
  ]);
  const seen: string[] = [];
  const { report } = await runEval('gva', gold, { docs }, async (list) => {
    seen.push(...list.map((d) => d.text));
    return list.map((d) => result('ignored', { figures: [figure('killed', 1)], events: [event('ATTACK')], id: d.id! }));
  });
  assert.deepEqual(seen, ['A man was shot and killed.']);
  assert.equal(report.kind, 'gva');
  if (report.kind === 'gva') assert.equal(report.killed.right, 1);
});

test('runEval full --docs with the real extractor runs end to end', async () => {
  const gold = file('full.gold.jsonl', [{ id: 'f1', document: { publishedAt: '2022-01-08' }, figures: [{ kind: 'killed', value: 3, country: 'KZ', origin: ['police'] }], events: [] }]);
  const docs = file('full.docs.jsonl', [{ id: 'f1', publishedAt: '2022-01-08', text: 'Police said 3 people were killed in Almaty on Monday.' }]);
  const { report, messages } = await runEval('full', gold, { docs });
  assert.equal(report.kind, 'full');
  assert.deepEqual(messages, []);
  if (report.kind === 'full') {
    assert.equal(report.documents, 1);
    assert.equal(report.publishedAt.total, 1);
  }
});

test('runEval gva-incidents --pred and the JSON report', async () => {
  const gold = file('inc.gold.jsonl', [
    { id: 'a', incident: '1', killed: 1, injured: 0 },
    { id: 'b', incident: '1', killed: 1, injured: 0 },
  ]);
  const pred = file('inc.pred.jsonl', [{ id: 'x', documents: ['a', 'b'], figures: { killed: { best: 1, low: 1, high: 1 } } }, { nodocs: true }]);
  const { report, messages } = await runEval('gva-incidents', gold, { pred });
  assert.deepEqual(messages.map((m) => m.code), ['W_INCIDENT_INVALID']);
  assert.equal(report.kind, 'gva-incidents');
  if (report.kind === 'gva-incidents') {
    assert.equal(report.b3.f1, 1);
    assert.equal(report.killed.rate, 1);
    assert.equal(report.injured.rate, 1);
  }
});

test('reportJson: gva misses cut to an even sample', () => {
  const gold = Array.from({ length: 30 }, (_, i) => ({ id: `g${i}`, incident: null, killed: 1, injured: 0, date: null, admin1: null, city: null }));
  return runEval('gva', file('many.gold.jsonl', gold), { pred: file('many.pred.jsonl', []) }).then(({ report }) => {
    const json = reportJson(report, 3);
    assert.equal(json.kind, 'gva');
    if (json.kind === 'gva') assert.deepEqual(json.misses.map((m) => m.id), ['g0', 'g10', 'g20']);
  });
});

test('sitrep eval CLI: --json prints one object; usage errors exit 2', () => {
  const gold = file('cli.gold.jsonl', [{ id: 'c1', label: 'ARREST' }]);
  const pred = file('cli.pred.jsonl', [result('c1', { events: [event('ARREST')] })]);
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'eval', ...args], { encoding: 'utf8' });
  const ok = run('case', gold, '--pred', pred, '--json');
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).accuracy, 1);
  const bad = run('case', gold);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /E_EVAL_SOURCE/);
  const kind = run('nope', gold, '--pred', pred);
  assert.equal(kind.status, 2);
  assert.match(kind.stderr, /E_EVAL_KIND/);
});

test('runEval: a prediction file that matches no gold id is flagged', async () => {
  const gold = file('nomatch.gold.jsonl', [{ id: 'c1', label: 'ARREST' }]);
  const pred = file('nomatch.pred.jsonl', []);
  const { report, messages } = await runEval('case', gold, { pred });
  assert.deepEqual(messages.map((m) => m.code), ['W_PRED_NO_MATCH']);
  assert.equal(report.kind === 'case' && report.accuracy, 0);
});
