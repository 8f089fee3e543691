/** One schema step: applied once, in version order, recorded in the `migrations` table. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export { SQLITE_MIGRATIONS } from './sqlite.js';
export { POSTGRES_MIGRATIONS } from './postgres.js';
