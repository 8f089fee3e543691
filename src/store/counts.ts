import type { Db, Param } from './db.js';

/**
 * Per-day event counts, kept beside the events so stats need not read them: `event_counts` by
 * (country, day, type, day_end), and two narrower rollups of it, `event_type_days` (day, type,
 * day_end) and `event_country_days` (day, country, day_end). '' stands for an unknown country or
 * day (key columns cannot be null). Maintained by the store's write path in the transaction that
 * writes or deletes the events (see {@link CountChanges}); migration 5 fills them from existing rows.
 */
export const COUNT_TABLES = [
  { table: 'event_counts', columns: ['country', 'day', 'type', 'day_end'] },
  { table: 'event_type_days', columns: ['day', 'type', 'day_end'] },
  { table: 'event_country_days', columns: ['day', 'country', 'day_end'] },
] as const;

type Column = 'country' | 'type' | 'day' | 'day_end';
type Key = Record<Column, string>;

/** Rows per INSERT statement (5 parameters each; well under both databases' limits). */
const CHUNK = 400;

/**
 * Changes to the counts gathered during one write transaction, applied once at its end in key
 * order: one statement per few hundred keys, and concurrent PostgreSQL writers lock the same
 * counter rows in the same order (no deadlock).
 */
export class CountChanges {
  private readonly changes = new Map<string, { key: Key; n: number }>();

  /** `n` events (negative: removed) of this type, country and days. */
  add(type: string, country: string | null, day: string | null, dayEnd: string | null, n = 1): void {
    const key: Key = { country: country ?? '', type, day: day ?? '', day_end: dayEnd ?? '' };
    const id = `${key.country}\t${key.type}\t${key.day}\t${key.day_end}`;
    const seen = this.changes.get(id);
    if (seen) seen.n += n;
    else this.changes.set(id, { key, n });
  }

  /** Adds the changes to every count table, then drops the rows that reached zero. */
  async apply(tx: Db): Promise<void> {
    for (const { table, columns } of COUNT_TABLES) {
      const rolled = new Map<string, { values: string[]; n: number }>();
      for (const { key, n } of this.changes.values()) {
        const values = columns.map((c) => key[c]);
        const id = values.join('\t');
        const seen = rolled.get(id);
        if (seen) seen.n += n;
        else rolled.set(id, { values, n });
      }
      const rows = [...rolled.values()].filter((r) => r.n !== 0).sort((a, b) => compare(a.values, b.values));
      const list = columns.join(', ');
      for (let i = 0; i < rows.length; i += CHUNK) {
        const some = rows.slice(i, i + CHUNK);
        const tuple = `(${columns.map(() => '?').join(', ')}, ?)`;
        await tx.run(
          `INSERT INTO ${table} (${list}, n) VALUES ${some.map(() => tuple).join(', ')}
           ON CONFLICT (${list}) DO UPDATE SET n = ${table}.n + excluded.n`,
          some.flatMap((r): Param[] => [...r.values, r.n]),
        );
      }
      const match = columns.map((c) => `${c} = ?`).join(' AND ');
      for (const row of rows.filter((r) => r.n < 0)) await tx.run(`DELETE FROM ${table} WHERE ${match} AND n <= 0`, row.values);
    }
    this.changes.clear();
  }
}

function compare(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

/** The count tables' schema and their first fill from `events` (migration 5; same SQL in both databases but the `WITHOUT ROWID` suffix). */
export function countTablesSql(suffix: string): string {
  return COUNT_TABLES.map(({ table, columns }) => {
    const list = columns.join(', ');
    const source = columns.map((c) => `coalesce(${c}, '')`).join(', ');
    return `CREATE TABLE ${table} (${columns.map((c) => `${c} TEXT NOT NULL`).join(', ')}, n INTEGER NOT NULL, PRIMARY KEY (${list}))${suffix};
INSERT INTO ${table} (${list}, n) SELECT ${source}, count(*) FROM events GROUP BY ${source};`;
  }).join('\n');
}
