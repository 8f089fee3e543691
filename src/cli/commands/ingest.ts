import type { Command } from 'commander';
import { setTimeout as sleep } from 'node:timers/promises';
import { ingest, type IngestSummary } from '../../ingest/pipeline.js';
import { humanSummary, progressBar } from '../../ingest/progress.js';
import { readSources } from '../../ingest/read-sources.js';
import { memorySeenSet, watchSources } from '../../ingest/sources/watch.js';
import { dbTarget, openStore } from '../../store/open.js';

interface IngestOptions {
  db?: string;
  process: boolean;
  threads?: string;
  batch: string;
  fetchLinks: boolean;
  watch: boolean;
  interval: string;
  json?: boolean;
}

/** Registers `sitrep ingest PATH|URL...`. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Store, extract and resolve documents: files and folders of .txt/.html/.jsonl, RSS/Atom feeds, URLs')
    .argument('<sources...>', 'files, folders (recursive), feed files, http(s) URLs')
    .option('--db <FILE|URL>', 'SQLite file or postgres:// URL (default: $SITREP_DB, else ./sitrep.db)')
    .option('--no-process', 'only store the documents (pending); `sitrep worker` extracts and resolves them')
    .option('--threads <N>', 'extraction threads (1: in this thread; default: one per core, at most 4, for 256+ documents)')
    .option('--batch <N>', 'documents claimed, extracted and saved per transaction', '256')
    .option('--no-fetch-links', 'for feed items with only a summary, do not fetch the linked page')
    .option('--watch', 'poll the sources (feeds) every --interval and take only what is new')
    .option('--interval <SECONDS>', 'polling interval of --watch', '300')
    .option('--json', 'print the JSON summary line even on a terminal')
    .action(async (sources: string[], options: IngestOptions) => {
      const store = await openStore(dbTarget(options.db));
      const bar = progressBar();
      const run = (items: ReturnType<typeof readSources>): Promise<IngestSummary> =>
        ingest(items, store, { process: options.process, threads: options.threads === undefined ? undefined : Number(options.threads), batchSize: Number(options.batch), onProgress: bar.update });
      try {
        if (!options.watch) {
          const summary = await run(readSources(sources, { fetchLinks: options.fetchLinks }));
          bar.stop();
          report(summary, options.json);
          if (summary.read === 0 && summary.errors.length > 0) process.exitCode = 1;
          return;
        }
        const seen = memorySeenSet();
        const stop = new AbortController();
        process.once('SIGINT', () => stop.abort());
        while (!stop.signal.aborted) {
          const started = Date.now();
          const items = watchSources(sources, { intervalMs: 0, rounds: 1, seen, read: (s) => readSources([s], { fetchLinks: options.fetchLinks }) });
          const summary = await run(items);
          bar.stop();
          // a poll that found nothing new stays quiet
          if (summary.read > 0 || summary.errors.length > 0) report(summary, options.json);
          await sleep(Math.max(0, Number(options.interval) * 1000 - (Date.now() - started)), undefined, { signal: stop.signal }).catch(() => undefined);
        }
      } finally {
        await store.close();
      }
    });
}

/** A summary for people on a terminal, else (or with --json) one JSON line on stdout. */
function report(summary: IngestSummary, json = false): void {
  if (process.stdout.isTTY && !json) console.error(humanSummary(summary));
  else process.stdout.write(`${JSON.stringify({ ...summary, seconds: Math.round(summary.seconds * 1000) / 1000 })}\n`);
}
