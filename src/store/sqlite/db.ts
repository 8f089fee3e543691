import Database from 'better-sqlite3';
import type { Db, Param, Row } from '../db.js';
import { Serial } from '../db.js';

type Statement = Database.Statement<unknown[], Row>;

/**
 * The SQLite runner over better-sqlite3: WAL journal, prepared statements cached by SQL text,
 * transactions serialised on the one connection (`BEGIN IMMEDIATE`, so a second process waits).
 */
export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Statement>();
  private readonly serial = new Serial();
  private inTransaction = false;
  private writes = 0;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // checkpoint every ~40 MB of WAL instead of 4 MB: an ingest rewrites the same index pages
    // in every batch, and each checkpoint copies them and syncs (docs/ingest.md, measured)
    this.db.pragma('wal_autocheckpoint = 10000');
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('foreign_keys = OFF');
    this.db.pragma('cache_size = -65536');
    this.db.pragma('temp_store = MEMORY');
  }

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql) as Statement;
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Synchronous forms, for the hot paths of the SQLite store. */
  allSync(sql: string, params: Param[] = []): Row[] {
    return this.prepare(sql).all(...params.map(bind));
  }

  runSync(sql: string, params: Param[] = []): number {
    this.writes++;
    return this.prepare(sql).run(...params.map(bind)).changes;
  }

  async all(sql: string, params: Param[] = []): Promise<Row[]> {
    return this.allSync(sql, params);
  }

  async get(sql: string, params: Param[] = []): Promise<Row | undefined> {
    return this.prepare(sql).get(...params.map(bind));
  }

  async run(sql: string, params: Param[] = []): Promise<number> {
    return this.runSync(sql, params);
  }

  async insert(sql: string, params: Param[] = []): Promise<number | null> {
    this.writes++;
    const info = this.prepare(sql).run(...params.map(bind));
    return info.changes > 0 ? Number(info.lastInsertRowid) : null;
  }

  async exec(sql: string): Promise<void> {
    this.writes++;
    this.db.exec(sql);
  }

  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    if (this.inTransaction) return fn(this);
    return this.serial.run(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      this.inTransaction = true;
      try {
        const value = await fn(this);
        this.db.exec('COMMIT');
        return value;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      } finally {
        this.inTransaction = false;
        this.writes++;
      }
    });
  }

  /** This connection's writes and SQLite's `data_version` (which counts other connections' commits). */
  version(): string {
    return `${this.writes}:${this.db.pragma('data_version', { simple: true }) as number}`;
  }

  async close(): Promise<void> {
    await this.serial.run(async () => this.db.close());
  }
}

function bind(value: Param): string | number | null | Uint8Array {
  return value === undefined ? null : value;
}
