/** A row as the driver returns it. */
export type Row = Record<string, unknown>;
/** A bound parameter (undefined is sent as null; bytes as a blob, SQLite only: see `SeqMap`). */
export type Param = string | number | null | undefined | Uint8Array;

/**
 * The little a store needs from a database driver: the SQLite and PostgreSQL "dialects" of
 * `SqlStore`. SQL is written once with `?` placeholders; the PostgreSQL runner numbers them.
 */
export interface Db {
  readonly dialect: 'sqlite' | 'postgres';
  all(sql: string, params?: Param[]): Promise<Row[]>;
  get(sql: string, params?: Param[]): Promise<Row | undefined>;
  /** Runs a statement; resolves to the number of rows changed. */
  run(sql: string, params?: Param[]): Promise<number>;
  /** Runs an INSERT into a table with a `seq` key; resolves to the new row's `seq` (null when nothing was inserted). */
  insert(sql: string, params?: Param[]): Promise<number | null>;
  /** Runs a script of several statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction (serialised with other transactions of this connection). */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * A token that changes whenever the data may have changed (any connection's commit), for read
   * caches; absent when the runner cannot tell cheaply (then nothing is cached).
   */
  version?(): string;
}

/** `?, ?, ?` for a list of `n` values. */
export function placeholders(n: number): string {
  return n === 0 ? 'NULL' : Array.from({ length: n }, () => '?').join(', ');
}

/** Runs async jobs one after another (a mutex for a single connection). */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.tail.then(job, job);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
