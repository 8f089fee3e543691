import { POSTGRES_MIGRATIONS } from '../migrations/index.js';
import { SqlStore } from '../sql-store.js';
import { PostgresDb } from './db.js';

/**
 * The store for many workers: PostgreSQL through `pg` (a small pool), `tsvector` full-text search,
 * work handed out with `FOR UPDATE SKIP LOCKED`, resolution serialised by a row lock.
 * @example const store = await openPostgresStore('postgres://postgres@127.0.0.1:5432/sitrep');
 */
export async function openPostgresStore(url: string, clock?: () => Date): Promise<SqlStore> {
  const store = new SqlStore(PostgresDb.connect(url), POSTGRES_MIGRATIONS, clock);
  await store.migrate();
  return store;
}
