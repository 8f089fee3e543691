import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { sitrepCommand, writeSyntheticJsonl } from '../store/synthetic.js';

const run = promisify(execFile);
const N = 400;

async function sitrep(args: string[]): Promise<string> {
  const [cmd, argv] = sitrepCommand(args);
  return (await run(cmd, argv, { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

/** Documents extracted so far in a database another process is writing (0 while it does not exist). */
function doneCount(file: string): number {
  if (!existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(`SELECT count(*) AS n FROM documents WHERE status = 'done'`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

function counts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const one = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
    return {
      documents: one('SELECT count(*) AS n FROM documents'),
      done: one(`SELECT count(*) AS n FROM documents WHERE status = 'done' AND resolved = 1`),
      events: one('SELECT count(*) AS n FROM events'),
      figures: one('SELECT count(*) AS n FROM figures'),
      members: one('SELECT count(*) AS n FROM members'),
      incidents: one('SELECT count(*) AS n FROM incidents'),
      texts: one('SELECT count(*) AS n FROM documents_fts'),
    };
  } finally {
    db.close();
  }
}

test('an ingest killed mid-run (SIGKILL) and run again ends as if it had never been interrupted', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-crash-'));
  try {
    const file = join(dir, 'docs.jsonl');
    writeSyntheticJsonl(file, N);
    const clean = join(dir, 'clean.db');
    const crashed = join(dir, 'crashed.db');
    await sitrep(['ingest', file, '--db', clean]);

    // small batches: many commits, so the kill lands between and inside them
    const [cmd, args] = sitrepCommand(['ingest', file, '--db', crashed, '--batch', '16']);
    const child = spawn(cmd, args, { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let seen = 0;
    while (child.exitCode === null && (seen = doneCount(crashed)) < 40) await sleep(5);
    child.kill('SIGKILL');
    await exited;
    assert.equal(child.signalCode, 'SIGKILL', 'the run was killed, not finished');
    assert.ok(seen < N, `killed mid-run (${seen} of ${N} extracted)`);

    const summary = JSON.parse((await sitrep(['ingest', file, '--db', crashed])).trim());
    assert.equal(summary.added, 0, 'every document was stored before the crash or is stored now, once');
    assert.equal(summary.read, N);

    const expected = counts(clean);
    assert.equal(expected.documents, N);
    assert.equal(expected.done, N);
    assert.deepEqual(counts(crashed), expected);
    const incidents = async (db: string): Promise<string> => sitrep(['incidents', '--db', db, '--format', 'jsonl']);
    assert.equal(await incidents(crashed), await incidents(clean));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
