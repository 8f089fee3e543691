import type { Command } from 'commander';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { ingestPool, processPending, resolvePending } from '../../ingest/pipeline.js';
import { Resolver } from '../../ingest/resolver.js';
import { dbTarget, openStore } from '../../store/open.js';

interface WorkerOptions {
  db?: string;
  name?: string;
  batch: string;
  threads: string;
  follow?: boolean;
  poll: string;
}

/**
 * Registers `sitrep worker`: one of several processes (on one or many machines) sharing the work
 * of a PostgreSQL store. Each claims pending documents in small batches (`FOR UPDATE SKIP
 * LOCKED`: a document goes to one worker), extracts and saves them, then resolves what is
 * extracted; resolution batches are serialised by a row lock and a version check, so concurrent
 * workers never place the same document twice nor lose one. Prints one JSON line when it stops.
 */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Extract and resolve pending documents, sharing the work with other workers through the database')
    .option('--db <FILE|URL>', 'postgres:// URL (SQLite works too, as a single worker; default: $SITREP_DB, else ./sitrep.db)')
    .option('--name <NAME>', 'claim name (default: host:pid)')
    .option('--batch <N>', 'documents claimed at a time', '16')
    .option('--threads <N>', 'extraction threads in this process', '1')
    .option('--follow', 'keep polling for new documents instead of stopping when none is left')
    .option('--poll <SECONDS>', 'wait between polls with --follow', '5')
    .action(async (options: WorkerOptions) => {
      const store = await openStore(dbTarget(options.db));
      const worker = options.name ?? `${hostname()}:${process.pid}`;
      const resolver = new Resolver(store);
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      process.once('SIGTERM', () => stop.abort());
      const totals = { worker, processed: 0, failed: 0, resolved: 0 };
      // one pool for the worker's life: threads load the extractor once, not on every poll
      const threads = Number(options.threads);
      const pool = threads > 1 ? ingestPool(threads) : undefined;
      try {
        do {
          const done = await processPending(store, { worker, batchSize: Number(options.batch), threads, pool, signal: stop.signal, resolver });
          totals.processed += done.processed;
          totals.failed += done.failed;
          totals.resolved += done.resolved + (await resolvePending(store, {}, resolver));
          if (options.follow && done.processed + done.failed === 0) {
            await sleep(Number(options.poll) * 1000, undefined, { signal: stop.signal }).catch(() => undefined);
          }
        } while (options.follow && !stop.signal.aborted);
      } finally {
        await pool?.close();
        await store.close();
      }
      process.stdout.write(`${JSON.stringify(totals)}\n`);
    });
}
