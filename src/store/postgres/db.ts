import pg from 'pg';
import type { Db, Param, Row } from '../db.js';

/** `?` placeholders → `$1, $2, …` (the SQL of the stores never holds a literal `?`). */
function number(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

type Queryable = pg.Pool | pg.PoolClient;

/** The PostgreSQL runner over a `pg` pool; a transaction holds one client from BEGIN to COMMIT. */
export class PostgresDb implements Db {
  readonly dialect = 'postgres' as const;

  constructor(
    private readonly target: Queryable,
    private readonly pool: pg.Pool,
  ) {}

  static connect(url: string): PostgresDb {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    pool.on('error', () => undefined);
    return new PostgresDb(pool, pool);
  }

  async all(sql: string, params: Param[] = []): Promise<Row[]> {
    const result = await this.target.query(number(sql), params.map((p) => p ?? null));
    return result.rows as Row[];
  }

  async get(sql: string, params: Param[] = []): Promise<Row | undefined> {
    return (await this.all(sql, params))[0];
  }

  async run(sql: string, params: Param[] = []): Promise<number> {
    const result = await this.target.query(number(sql), params.map((p) => p ?? null));
    return result.rowCount ?? 0;
  }

  async insert(sql: string, params: Param[] = []): Promise<number | null> {
    const row = await this.get(`${sql} RETURNING seq`, params);
    return row ? Number(row.seq) : null;
  }

  async exec(sql: string): Promise<void> {
    await this.target.query(sql);
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    if (this.target !== this.pool) return fn(this);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const value = await fn(new PostgresDb(client, this.pool));
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    if (this.target === this.pool) await this.pool.end();
  }
}
