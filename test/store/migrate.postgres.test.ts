import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPostgresStore } from '../../src/store/postgres/store.js';
import { freshDatabase } from './pg.js';

const database = await freshDatabase('sitrep_migrate');

test('six processes opening a fresh PostgreSQL database at once: one migrates, none fails', async (t) => {
  if ('skip' in database) return t.skip(database.skip);
  try {
    const opened = await Promise.allSettled(Array.from({ length: 6 }, () => openPostgresStore(database.url)));
    const failed = opened.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason));
    for (const r of opened) if (r.status === 'fulfilled') await r.value.close();
    assert.deepEqual(failed, []);
  } finally {
    await database.drop();
  }
});
