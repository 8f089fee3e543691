import { SQLITE_MIGRATIONS } from '../migrations/index.js';
import { SqlStore } from '../sql-store.js';
import { SqliteDb } from './db.js';

/**
 * The embedded default store: one SQLite file (WAL journal, FTS5 full-text search over document
 * text and event evidence). One writer at a time; readers never wait.
 * @example const store = await openSqliteStore('./sitrep.db');
 */
export async function openSqliteStore(file: string, clock?: () => Date): Promise<SqlStore> {
  const store = new SqlStore(new SqliteDb(file), SQLITE_MIGRATIONS, clock);
  await store.migrate();
  return store;
}
