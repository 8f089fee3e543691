import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freshDatabase } from '../store/pg.js';
import { sitrepCommand, writeSyntheticJsonl } from '../store/synthetic.js';

const run = promisify(execFile);
const database = await freshDatabase('sitrep_workers');
const N = 500;

type Summary = { worker: string; processed: number; failed: number; resolved: number };

/** Starts one `sitrep worker --follow`; `stop()` sends SIGTERM and resolves to its JSON summary line. */
function startWorker(url: string, name: string): { stop: () => Promise<Summary> } {
  const [cmd, args] = sitrepCommand(['worker', '--db', url, '--name', name, '--batch', '8', '--follow', '--poll', '0.2']);
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<Summary>((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`worker ${name} exited ${code}: ${err}`)))),
  );
  return {
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

async function waitFor(what: string, check: () => Promise<boolean>, seconds = 240): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

if ('skip' in database) {
  test('3 workers share 500 documents through PostgreSQL', (t) => t.skip(database.skip));
} else {
  test('3 workers share 500 documents through PostgreSQL: none lost, none processed twice', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-workers-'));
    const client = new pg.Client({ connectionString: database.url });
    let workers: { stop: () => Promise<Summary> }[] = [];
    try {
      const file = join(dir, 'docs.jsonl');
      writeSyntheticJsonl(file, N);
      await client.connect();
      const one = async (sql: string): Promise<number> => Number((await client.query(sql)).rows[0].n);
      workers = ['w1', 'w2', 'w3'].map((name) => startWorker(`${database.url}?application_name=sitrep-test-${name}`, name));
      // all three are connected (and polling) before any document arrives, so they compete for them
      await waitFor('3 workers', async () => (await one(`SELECT count(DISTINCT application_name)::int AS n FROM pg_stat_activity WHERE application_name LIKE 'sitrep-test-w%'`)) === 3);
      const [cmd, args] = sitrepCommand(['ingest', file, '--db', database.url, '--no-process']);
      const enqueued = JSON.parse((await run(cmd, args)).stdout.trim());
      assert.equal(enqueued.added, N);
      assert.equal(enqueued.processed, 0);
      await waitFor('every document extracted and resolved', async () => (await one(`SELECT count(*)::int AS n FROM documents WHERE status = 'done' AND resolved = 1`)) === N);
      const summaries = await Promise.all(workers.map((w) => w.stop()));
      workers = [];

      const processed = summaries.map((s) => s.processed);
      assert.equal(processed.reduce((a, b) => a + b, 0), N, `each document processed once: ${processed.join(' + ')}`);
      assert.ok(processed.filter((n) => n > 0).length >= 2, `the work was shared: ${processed.join(', ')}`);
      assert.equal(summaries.reduce((a, s) => a + s.failed, 0), 0);
      assert.equal(summaries.reduce((a, s) => a + s.resolved, 0), N, 'each document resolved once');

      const statuses = await client.query(`SELECT status, resolved, count(*)::int AS n FROM documents GROUP BY status, resolved`);
      assert.deepEqual(statuses.rows, [{ status: 'done', resolved: 1, n: N }]);
      assert.equal(await one(`SELECT count(DISTINCT document)::int AS n FROM members`), N, 'every document placed in an incident');
      assert.equal(await one(`SELECT count(*)::int AS n FROM (SELECT document, event FROM members GROUP BY document, event HAVING count(*) > 1) x`), 0);
      assert.ok((await one(`SELECT value::int AS n FROM meta WHERE key = 'resolve_version'`)) >= 1);
    } finally {
      await Promise.allSettled(workers.map((w) => w.stop()));
      await client.end().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
      await database.drop();
    }
  });
}
