import { createHash } from 'node:crypto';
import type { Store } from './store.js';
import { openSqliteStore } from './sqlite/store.js';
import { openPostgresStore } from './postgres/store.js';

/** The database used when neither `--db` nor `SITREP_DB` says: a SQLite file in the working folder. */
export const DEFAULT_DB = './sitrep.db';

/** `--db` if given, else `SITREP_DB`, else {@link DEFAULT_DB}. */
export function dbTarget(option?: string): string {
  return option || process.env.SITREP_DB || DEFAULT_DB;
}

/** True for a PostgreSQL connection URL. */
export function isPostgres(target: string): boolean {
  return /^postgres(ql)?:\/\//.test(target);
}

/**
 * Opens (and migrates) the store at `target`: a `postgres://…` URL or a SQLite file path.
 * @example const store = await openStore(dbTarget(options.db));
 */
export function openStore(target: string = dbTarget()): Promise<Store> {
  return isPostgres(target) ? openPostgresStore(target) : openSqliteStore(target);
}

/** The content hash that makes ingest idempotent: SHA-256 of the text as given. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
