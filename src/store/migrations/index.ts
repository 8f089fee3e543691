import type { Db } from '../db.js';
/** One schema step: applied once, in version order, recorded in the `migrations` table. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Fills new columns from existing rows after `sql`, in the same transaction (for values only code can compute). */
  backfill?: (tx: Db) => Promise<void>;
}

export { SQLITE_MIGRATIONS } from './sqlite.js';
export { POSTGRES_MIGRATIONS } from './postgres.js';
