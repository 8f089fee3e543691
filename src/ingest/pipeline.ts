import { availableParallelism } from 'node:os';
import type { InputDocument, Message, Result } from '../model/index.js';
import { ExtractPool, workerModule } from '../extract/parallel.js';
import { contentHash } from '../store/open.js';
import type { NewDocument, PendingDocument, ResultExtra, Store } from '../store/store.js';
import { detectLanguage, UNDETERMINED } from './sources/language.js';
import type { ReadItem } from './sources/item.js';
import { extractWithFeatures, type Extracted } from './features.js';
import { Resolver } from './resolver.js';

/** Counts of one ingest run (also printed as the JSON summary line). */
export interface IngestSummary {
  /** Documents read from the sources. */
  read: number;
  /** New documents stored (the rest were already there: same content). */
  added: number;
  existing: number;
  /** Stored but not extracted (not English). */
  skipped: number;
  /** Sources or items that gave no document (not found, not JSON, fetch failed). */
  errors: Message[];
  /** Documents extracted and saved by this run, and those that failed. */
  processed: number;
  failed: number;
  /** Documents resolved (duplicates, incidents, figure histories) by this run. */
  resolved: number;
  seconds: number;
}

/** What a long run reports as it goes (for a progress bar). */
export interface IngestProgress {
  stage: 'read' | 'process' | 'resolve';
  done: number;
  total: number;
}

/** Options of {@link ingest} and {@link processPending}. */
export interface PipelineOptions {
  /** Extract and resolve after storing (default true); false only enqueues (for `sitrep worker`). */
  process?: boolean;
  /**
   * Extraction threads: 1 extracts in this thread, more uses a pool of that many threads. By
   * default, when at least {@link POOL_MIN_DOCUMENTS} documents are pending and there are two
   * cores or more, a pool of one thread per core besides this one (at most
   * {@link MAX_AUTO_THREADS}), since this thread stores and resolves meanwhile; else this thread
   * (starting a thread costs more than a few documents take, and each thread compiles the
   * extractor anew). See {@link poolThreads}.
   */
  threads?: number;
  /** Documents claimed and saved at a time (default {@link DEFAULT_BATCH}). */
  batchSize?: number;
  /** The claim name (default `ingest-<pid>`). */
  worker?: string;
  onProgress?: (progress: IngestProgress) => void;
  /** Stop after the current batch when aborted. */
  signal?: AbortSignal;
  /** `processPending`: a running pool to extract on (left running), instead of starting one. */
  pool?: ExtractPool<Extracted>;
  /**
   * `processPending`: resolve with this resolver after each saved batch, so that resolving
   * overlaps extraction in the pool threads.
   */
  resolver?: Resolver;
}

/** With fewer pending documents than this, extraction stays in this thread (see `threads`). */
export const POOL_MIN_DOCUMENTS = 256;
/** The most extraction threads chosen by default. */
export const MAX_AUTO_THREADS = 4;
/** Documents claimed and saved per transaction by default. */
export const DEFAULT_BATCH = 256;

/** Documents stored per transaction while reading. */
const ADD_BATCH = 256;
/** Batches of 16 documents each pool thread may hold: enough to keep it busy while this thread saves and resolves. */
const QUEUE_PER_THREAD = 8;
/** The pool threads' module: extraction and resolve features. */
const INGEST_WORKER = workerModule(import.meta.url, 'extract-worker');

/** Starts an extraction pool for ingest (extraction and features in the threads). */
export function ingestPool(threads: number): ExtractPool<Extracted> {
  return new ExtractPool<Extracted>({ workers: threads, script: INGEST_WORKER, queuePerWorker: QUEUE_PER_THREAD });
}

/**
 * Pool threads for `pending` documents given the `threads` option, 0 for none (extract in this
 * thread; see `PipelineOptions.threads`). By default one fewer than the cores: each pool thread
 * compiles the extractor anew (V8's optimising compiler, ≈ 2 s CPU per thread on its first few
 * thousand articles), and this thread has its own core's worth of storing and resolving.
 * @example poolThreads(undefined, 4_000, 2) // 1
 */
export function poolThreads(threads: number | undefined, pending: number, cores = availableParallelism()): number {
  if (threads !== undefined) return threads > 1 ? threads : 0;
  return pending >= POOL_MIN_DOCUMENTS ? Math.min(MAX_AUTO_THREADS, cores - 1) : 0;
}

/**
 * Ingests sources into a store. Crash-safe by construction: every step is idempotent and
 * committed in its own transactions, so a re-run after a crash finishes the job.
 *
 * 1. read the sources (files, folders, feeds, URLs) into documents, each with its ingest id;
 *    the extraction threads start loading as soon as there is enough to extract;
 * 2. store them in batches (pending; same content hash = same document; not English = skipped);
 * 3. (SQLite, one writer) put back claims a crashed run left behind;
 * 4. claim pending documents in batches, extract them (with their resolve features) in the pool
 *    threads, and save each batch of results in one transaction, in claim order;
 * 5. meanwhile this thread resolves each saved batch, in ingest order: near-duplicates,
 *    incidents, figure histories.
 */
export async function ingest(items: AsyncIterable<ReadItem>, store: Store, options: PipelineOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { read: 0, added: 0, existing: 0, skipped: 0, errors: [], processed: 0, failed: 0, resolved: 0, seconds: 0 };
  const processing = options.process !== false;
  let pool: ExtractPool<Extracted> | null = null;
  let batch: NewDocument[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const results = await store.addDocuments(batch);
    for (const [i, r] of results.entries()) {
      if (!r.inserted) summary.existing++;
      else if (batch[i]!.status === 'skipped') summary.skipped++;
      else summary.added++;
    }
    batch = [];
    options.onProgress?.({ stage: 'read', done: summary.read, total: summary.read });
  };
  try {
    for await (const item of items) {
      if ('error' in item) {
        summary.errors.push({ ...item.error, message: `${item.source}: ${item.error.message}` });
        continue;
      }
      summary.read++;
      batch.push(toNewDocument(item.doc, item.source));
      if (batch.length >= ADD_BATCH) await flush();
      // threads load the extractor (about a second) while the rest is read and stored; only
      // once there are new documents to extract (a re-run of stored input starts none)
      const threads = poolThreads(options.threads, summary.added);
      if (processing && !pool && summary.added > 0 && threads > 0) pool = ingestPool(threads);
    }
    await flush();
    if (processing) {
      if (store.kind === 'sqlite') await store.releaseClaims();
      const resolver = new Resolver(store);
      const done = await processPending(store, { ...options, pool: pool ?? undefined, resolver });
      summary.processed = done.processed;
      summary.failed = done.failed;
      summary.resolved = done.resolved + (await resolvePending(store, options, resolver));
    }
  } finally {
    await (pool as ExtractPool<Extracted> | null)?.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/**
 * Ingests a few documents given in memory (the API's `POST /api/documents`): stores them, then
 * extracts and resolves everything pending (safe to call concurrently). Resolves to each
 * document's store id, whether it was new, and its messages (a skip reason, or the extraction's).
 * @example const [{ id }] = await ingestDocuments([{ text: 'Police detained 12 people.' }], store);
 */
export async function ingestDocuments(
  docs: InputDocument[],
  store: Store,
  options: PipelineOptions = {},
): Promise<{ id: string; inserted: boolean; messages: Message[] }[]> {
  const news = docs.map((doc) => toNewDocument(doc, doc.url || `text:${contentHash(doc.text).slice(0, 16)}`));
  const added = await store.addDocuments(news);
  if (options.process !== false) {
    await processPending(store, options);
    await resolvePending(store, options);
  }
  const out = [];
  for (const a of added) out.push({ id: a.id, inserted: a.inserted, messages: (await store.getDocument(a.id))?.messages ?? [] });
  return out;
}

/** An input document as stored: its ingest id, content hash, language (detected unless given). */
export function toNewDocument(doc: InputDocument, source: string): NewDocument {
  const language = doc.language || detectLanguage(doc.text);
  const english = language === 'en' || language === UNDETERMINED;
  return {
    ...doc,
    language,
    sourceId: doc.id || source,
    contentHash: contentHash(doc.text),
    status: english ? 'pending' : 'skipped',
    messages: english ? [] : [notEnglish(language)],
  };
}

function notEnglish(language: string): Message {
  return { code: 'W_NOT_ENGLISH', message: `The text is in language "${language}", not English: stored, not extracted.` };
}

/**
 * Step 4: claims pending documents batch by batch until none is left, extracts each (with its
 * resolve features) and saves the results of a batch in one transaction. Used by `sitrep ingest`
 * and `sitrep worker`. With `threads` > 1 (or a `pool`) the documents stream through the thread
 * pool; if a thread fails, the rest is done in this thread, where a throwing document is marked
 * failed on its own. With a `resolver`, step 5 runs here too, between saves (see `resolver`).
 */
export async function processPending(store: Store, options: PipelineOptions = {}): Promise<{ processed: number; failed: number; resolved: number }> {
  const worker = options.worker ?? `ingest-${process.pid}`;
  const size = options.batchSize ?? DEFAULT_BATCH;
  const counts = { processed: 0, failed: 0, resolved: 0 };
  const start = await store.progress();
  const total = start.pending + start.processing;
  const report = (): void => options.onProgress?.({ stage: 'process', done: counts.processed + counts.failed, total });
  let pending: { documentId: string; result: Result; extra: ResultExtra }[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    // with a resolver: saved and resolved in one transaction (see Resolver.save)
    if (options.resolver) counts.resolved += await options.resolver.save(pending);
    else await store.saveResults(pending);
    counts.processed += pending.length;
    pending = [];
    report();
  };
  const save = async (doc: PendingDocument, { result, features }: Extracted): Promise<void> => {
    pending.push({ documentId: doc.id, result, extra: { features } });
    if (pending.length >= size) await flush();
  };
  report();
  const claim = (): Promise<PendingDocument[]> => (options.signal?.aborted ? Promise.resolve([]) : store.claimPending(size, worker));

  const threads = options.pool ? options.pool.size : poolThreads(options.threads, total);
  const queue: PendingDocument[] = [];
  if (threads > 0 && total > 0) {
    async function* claimed(): AsyncGenerator<InputDocument> {
      for (let docs = await claim(); docs.length > 0; docs = await claim()) {
        for (const doc of docs) {
          queue.push(doc);
          yield inputOf(doc);
        }
      }
    }
    const pool = options.pool ?? ingestPool(threads);
    // a store or resolver error stops the run; only a failed thread falls back to this thread
    let storeFailed = false;
    const keep = (doc: PendingDocument, extracted: Extracted): Promise<void> =>
      save(doc, extracted).catch((error: unknown) => {
        storeFailed = true;
        throw error;
      });
    try {
      for await (const extracted of pool.run(claimed())) await keep(queue.shift()!, extracted);
    } catch (error) {
      if (storeFailed) throw error;
      // a thread failed: what is left in `queue` is done below, one document at a time
    } finally {
      if (!options.pool) await pool.close();
    }
    await flush();
  }
  for (let docs = queue.length ? queue.splice(0) : await claim(); docs.length > 0; docs = await claim()) {
    for (const doc of docs) {
      let extracted: Extracted;
      try {
        extracted = extractWithFeatures(inputOf(doc));
      } catch (error) {
        counts.failed++;
        const reason = error instanceof Error ? error.message : String(error);
        await store.setStatus(doc.id, 'failed', { code: 'E_EXTRACT_FAILED', message: `Extraction failed: ${reason}. Report this with the document.` });
        continue;
      }
      await save(doc, extracted);
    }
    await flush();
  }
  return counts;
}

function inputOf(d: PendingDocument): InputDocument {
  return { id: d.id, title: d.title, url: d.url, publishedAt: d.publishedAt, text: d.text, outlet: d.outlet, language: d.language };
}

/** Step 5: resolves everything extracted and not yet resolved; returns how many documents. */
export async function resolvePending(store: Store, options: PipelineOptions = {}, resolver = new Resolver(store)): Promise<number> {
  options.onProgress?.({ stage: 'resolve', done: 0, total: (await store.progress()).unresolved });
  const n = await resolver.run();
  options.onProgress?.({ stage: 'resolve', done: n, total: n });
  return n;
}
