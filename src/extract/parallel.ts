/**
 * Runs `extract()` on every core: a pool of worker threads fed batches of documents, giving the
 * results back in input order. Extraction is a pure function of each document, so the only shared
 * state is the order of the output.
 *
 * 1. start `workers` threads (one per core by default), each loading the extractor once;
 * 2. read the input lazily, in batches, keeping at most a few batches per worker outstanding
 *    (memory stays bounded on endless inputs);
 * 3. yield each batch's results as soon as every batch before it is done;
 * 4. stop the threads when the input ends, the consumer stops early, or a worker fails.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { InputDocument, Result } from '../model/index.js';
import type { BatchRequest } from './parallel-worker.js';

/** How the pool runs. */
export interface ParallelOptions {
  /** Worker threads (default: one per core). */
  workers?: number;
  /** Documents sent to a worker at a time (default 16): fewer messages, same order. */
  batchSize?: number;
  /** Batches per worker outstanding at once, waiting or done but not yet yielded (default 4). */
  queuePerWorker?: number;
}

type Reply = { seq: number; results: Result[] } | { seq: number; error: string };

/**
 * Starts one worker on the script next to this module: `parallel-worker.js` when built; when
 * running from source (tsx), a small bootstrap that registers tsx in the thread first, because a
 * worker's entry file does not go through the loader hooks of the main thread.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./parallel-worker.js', import.meta.url));
  const tsx = import.meta.resolve('tsx/esm/api');
  const script = new URL('./parallel-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script)}); });`;
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
 * Extracts every document on a pool of worker threads and yields the results in input order.
 * Throws if a worker fails (a programmer error: `extract` reports bad content as messages).
 * @example for await (const result of extractParallel(docs)) console.log(JSON.stringify(result));
 */
export async function* extractParallel(
  docs: Iterable<InputDocument> | AsyncIterable<InputDocument>,
  options: ParallelOptions = {},
): AsyncGenerator<Result> {
  const size = Math.max(1, options.batchSize ?? 16);
  const count = Math.max(1, options.workers ?? availableParallelism());
  const limit = count * Math.max(1, options.queuePerWorker ?? 4);
  const input = batches(docs, size);

  const done = new Map<number, Result[]>();
  const inflight: number[] = new Array<number>(count).fill(0);
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const workers: Worker[] = [];
  for (let i = 0; i < count; i++) {
    const worker = startWorker();
    worker.on('message', (reply: Reply) => {
      inflight[i]!--;
      if ('error' in reply) failure ??= new Error(`extract failed in a worker thread: ${reply.error}`);
      else done.set(reply.seq, reply.results);
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`an extraction worker stopped with code ${code}`);
      notify();
    });
    workers.push(worker);
  }

  let sent = 0;
  let next = 0;
  let ended = false;
  try {
    for (;;) {
      while (!ended && sent - next < limit) {
        const step = await input.next();
        if (step.done) {
          ended = true;
          break;
        }
        let target = 0;
        for (let i = 1; i < count; i++) if (inflight[i]! < inflight[target]!) target = i;
        inflight[target]!++;
        const request: BatchRequest = { seq: sent++, docs: step.value };
        workers[target]!.postMessage(request);
      }
      if (failure) throw failure;
      const ready = done.get(next);
      if (ready) {
        done.delete(next++);
        yield* ready;
        continue;
      }
      if (ended && next === sent) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (failure || done.has(next)) notify();
      });
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Extracts a list of documents on worker threads; resolves to the results in the same order. */
export async function extractAllParallel(docs: readonly InputDocument[], options: ParallelOptions = {}): Promise<Result[]> {
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(docs.length / (options.batchSize ?? 16))));
  const out: Result[] = [];
  for await (const result of extractParallel(docs, { ...options, workers })) out.push(result);
  return out;
}
