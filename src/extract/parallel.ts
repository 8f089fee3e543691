/**
 * Runs `extract()` on every core: a pool of worker threads fed batches of documents, giving the
 * results back in input order. Extraction is a pure function of each document, so the only shared
 * state is the order of the output.
 *
 * 1. start `workers` threads (one per core by default), each loading the extractor once;
 * 2. read the input lazily, in batches, keeping at most a few batches per worker outstanding
 *    (memory stays bounded on endless inputs);
 * 3. yield each batch's results as soon as every batch before it is done;
 * 4. stop the threads on `close()` (`extractParallel` closes its own pool when the input ends,
 *    the consumer stops early, or a worker fails).
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { InputDocument, Result } from '../model/index.js';
import type { BatchRequest } from './parallel-worker.js';

/** How the pool runs. */
export interface ParallelOptions {
  /** Worker threads (default: one per core). */
  workers?: number;
  /**
   * The module each thread runs (default `parallel-worker`, which gives `extract()` results):
   * another one speaking the same protocol (`BatchRequest` in, {@link PoolReply} out) can do more
   * per document in the threads, e.g. ingest's resolve features. See {@link workerModule}.
   */
  script?: URL;
  /** Documents sent to a worker at a time (default 16): fewer messages, same order. */
  batchSize?: number;
  /** Batches per worker outstanding at once, waiting or done but not yet yielded (default 4). */
  queuePerWorker?: number;
}

/** What a pool thread posts: that it is ready, a batch's results, or why a batch failed. */
export type PoolReply<R> = { ready: true } | { seq: number; results: R[] } | { seq: number; error: string };

/**
 * The URL of a worker module next to the module at `base` (its `import.meta.url`): `NAME.ts`
 * when running from source, `NAME.js` when built.
 * @example new ExtractPool({ script: workerModule(import.meta.url, 'extract-worker') })
 */
export function workerModule(base: string, name: string): URL {
  return new URL(`./${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);
}

/**
 * Starts one worker on `script`; for a `.ts` module (running from source with tsx), a small
 * bootstrap that registers tsx in the thread first, because a worker's entry file does not go
 * through the loader hooks of the main thread.
 */
function startWorker(script: URL): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script);
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

async function* batches(docs: Iterable<InputDocument> | AsyncIterable<InputDocument>, size: number): AsyncGenerator<InputDocument[]> {
  let batch: InputDocument[] = [];
  for await (const doc of docs) {
    batch.push(doc);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * A long-lived pool of extraction threads, for callers that extract many inputs over time (ingest,
 * `--watch`); one `run` at a time. `R` is what the thread module gives per document (`Result`
 * for the default module).
 * @example const pool = new ExtractPool(); await pool.ready(); for await (const r of pool.run(docs)) …; await pool.close();
 */
export class ExtractPool<R = Result> {
  readonly size: number;
  private readonly batchSize: number;
  private readonly limit: number;
  private readonly workers: Worker[] = [];
  private readonly inflight: number[];
  private readonly loaded: Promise<void>;
  private done = new Map<number, R[]>();
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private running = false;
  private closed = false;

  constructor(options: ParallelOptions = {}) {
    this.size = Math.max(1, options.workers ?? availableParallelism());
    this.batchSize = Math.max(1, options.batchSize ?? 16);
    this.limit = this.size * Math.max(1, options.queuePerWorker ?? 4);
    this.inflight = new Array<number>(this.size).fill(0);
    const loaded: Promise<void>[] = [];
    const script = options.script ?? workerModule(import.meta.url, 'parallel-worker');
    for (let i = 0; i < this.size; i++) {
      const worker = startWorker(script);
      loaded.push(
        new Promise<void>((resolve) => {
          worker.once('message', () => resolve());
          worker.once('exit', () => resolve());
        }),
      );
      worker.on('message', (reply: PoolReply<R>) => this.receive(i, reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closed) this.fail(new Error(`an extraction worker stopped with code ${code}`));
      });
      this.workers.push(worker);
    }
    this.loaded = Promise.all(loaded).then(() => undefined);
  }

  /** Resolves when every thread has loaded the extractor (so that timings can leave start-up out). */
  ready(): Promise<void> {
    return this.loaded;
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.notify();
  }

  private receive(worker: number, reply: PoolReply<R>): void {
    if ('ready' in reply) return;
    this.inflight[worker]!--;
    if ('error' in reply) this.fail(new Error(`extract failed in a worker thread: ${reply.error}`));
    else this.done.set(reply.seq, reply.results);
    this.notify();
  }

  /**
   * Extracts every document and yields the results in input order. Throws if a worker fails (a
   * programmer error: `extract` reports bad content as messages on the result).
   */
  async *run(docs: Iterable<InputDocument> | AsyncIterable<InputDocument>): AsyncGenerator<R> {
    if (this.closed) throw new Error('ExtractPool.run after close()');
    if (this.running) throw new Error('ExtractPool.run while another run is going on');
    this.running = true;
    this.done = new Map();
    const input = batches(docs, this.batchSize);
    let sent = 0;
    let next = 0;
    let ended = false;
    try {
      for (;;) {
        while (!ended && !this.failure && sent - next < this.limit) {
          const step = await input.next();
          if (step.done) {
            ended = true;
            break;
          }
          let target = 0;
          for (let i = 1; i < this.size; i++) if (this.inflight[i]! < this.inflight[target]!) target = i;
          this.inflight[target]!++;
          const request: BatchRequest = { seq: sent++, docs: step.value };
          this.workers[target]!.postMessage(request);
        }
        if (this.failure) throw this.failure;
        const ready = this.done.get(next);
        if (ready) {
          this.done.delete(next++);
          yield* ready;
          continue;
        }
        if (ended && next === sent) return;
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          if (this.failure || this.done.has(next)) this.notify();
        });
      }
    } finally {
      this.running = false;
      // A run stopped early leaves batches in flight: their late replies would mix with the next run's.
      if (next !== sent) await this.close();
    }
  }

  /** Stops every thread. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Extracts every document on a pool of worker threads started for the purpose, yields the results
 * in input order and stops the threads at the end.
 * @example for await (const result of extractParallel(docs)) console.log(JSON.stringify(result));
 */
export async function* extractParallel(
  docs: Iterable<InputDocument> | AsyncIterable<InputDocument>,
  options: ParallelOptions = {},
): AsyncGenerator<Result> {
  const pool = new ExtractPool(options);
  try {
    yield* pool.run(docs);
  } finally {
    await pool.close();
  }
}

/** Extracts a list of documents on worker threads; resolves to the results in the same order. */
export async function extractAllParallel(docs: readonly InputDocument[], options: ParallelOptions = {}): Promise<Result[]> {
  const batch = options.batchSize ?? 16;
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(docs.length / batch)));
  const out: Result[] = [];
  for await (const result of extractParallel(docs, { ...options, workers })) out.push(result);
  return out;
}
