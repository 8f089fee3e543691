import type { Db } from './db.js';

/**
 * Results of read queries (list totals, stats) remembered until the database changes. The
 * database says when it changed (`Db.version`: SQLite's `data_version` for other connections'
 * commits plus a counter of this connection's writes); a runner without `version` caches nothing.
 * Cached values are shared: callers must not mutate them.
 */
export class ReadCache {
  private version: string | null = null;
  private readonly entries = new Map<string, unknown>();

  constructor(private readonly max = 1000) {}

  async get<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
    const version = db.version?.() ?? null;
    if (version === null) return compute();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    if (this.entries.has(key)) return this.entries.get(key) as T;
    const value = await compute();
    if (db.version?.() === version) {
      if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, value);
    }
    return value;
  }
}

const caches = new WeakMap<Db, ReadCache>();

/** The value of `compute`, from this runner's cache when the database has not changed since. */
export function cached<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new ReadCache();
    caches.set(db, cache);
  }
  return cache.get(db, key, compute);
}
