import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
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

/** Runs one `sitrep worker` to its end; resolves to its JSON summary line. */
function worker(url: string, name: string): Promise<{ worker: string; processed: number; failed: number; resolved: number }> {
  const [cmd, args] = sitrepCommand(['worker', '--db', url, '--name', name, '--batch', '8']);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`worker ${name} exited ${code}: ${err}`))));
  });
}

if ('skip' in database) {
  test('3 workers share 500 documents through PostgreSQL', (t) => t.skip(database.skip));
} else {
  test('3 workers share 500 documents through PostgreSQL: none lost, none processed twice', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-workers-'));
    try {
      const file = join(dir, 'docs.jsonl');
      writeSyntheticJsonl(file, N);
      const [cmd, args] = sitrepCommand(['ingest', file, '--db', database.url, '--no-process']);
      const enqueued = JSON.parse((await run(cmd, args)).stdout.trim());
      assert.equal(enqueued.added, N);
      assert.equal(enqueued.processed, 0);

      const summaries = await Promise.all(['w1', 'w2', 'w3'].map((name) => worker(database.url, name)));
      const processed = summaries.map((s) => s.processed);
      assert.equal(processed.reduce((a, b) => a + b, 0), N, `each document processed once: ${processed.join(' + ')}`);
      assert.ok(processed.filter((n) => n > 0).length >= 2, `the work was shared: ${processed.join(', ')}`);
      assert.equal(summaries.reduce((a, s) => a + s.failed, 0), 0);
      assert.equal(summaries.reduce((a, s) => a + s.resolved, 0), N, 'each document resolved once');

      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const statuses = await client.query(`SELECT status, resolved, count(*)::int AS n FROM documents GROUP BY status, resolved`);
        assert.deepEqual(statuses.rows, [{ status: 'done', resolved: 1, n: N }]);
        const claimedBy = await client.query(`SELECT count(DISTINCT document)::int AS docs, count(*)::int AS rows FROM members`);
        assert.equal(claimedBy.rows[0].docs, N, 'every document placed in an incident');
        const twice = await client.query(`SELECT document, event, count(*) FROM members GROUP BY document, event HAVING count(*) > 1`);
        assert.equal(twice.rowCount, 0);
        const version = await client.query(`SELECT value::int AS v FROM meta WHERE key = 'resolve_version'`);
        assert.ok(version.rows[0].v >= 1);
      } finally {
        await client.end();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await database.drop();
    }
  });
}
