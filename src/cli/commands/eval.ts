import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { EVAL_KINDS, type EvalKind } from '../../eval/gold.js';
import { availableParallelism } from 'node:os';
import { extractSequential, runEval, type ExtractAll, type PredictionSource } from '../../eval/run.js';
import { extractAllParallel } from '../../extract/parallel.js';
import { formatReport, reportJson } from '../../eval/format.js';

interface EvalFlags {
  docs?: string;
  pred?: string;
  json?: boolean;
  misses?: string;
  jobs?: string;
}

/** Below this many documents, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 200;

function extractor(jobs: number): ExtractAll {
  return async (docs) =>
    jobs <= 1 || docs.length < PARALLEL_FROM ? extractSequential(docs) : extractAllParallel(docs, { workers: jobs });
}

function usage(message: string): void {
  console.error(`sitrep eval: ${message}`);
  process.exitCode = 2;
}

/**
 * Registers `sitrep eval KIND GOLD.jsonl (--docs DOCS.jsonl | --pred PRED.jsonl) [--json] [--misses N] [--jobs N]`:
 * scores sitrep (or any results in the contract's shape) against gold data in the formats of
 * docs/eval.md.
 */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score sitrep against gold data: full, gva, case or gva-incidents (formats in docs/eval.md)')
    .argument('<kind>', `what the gold file holds: ${EVAL_KINDS.join(', ')}`)
    .argument('<gold>', 'gold JSON Lines file')
    .option('--docs <file>', 'documents ({id, title, url, publishedAt, text} per line) to extract and score')
    .option('--pred <file>', 'results of `sitrep extract --format jsonl` (gva-incidents: of `sitrep incidents --format jsonl`)')
    .option('--json', 'print the report as one JSON object')
    .option('--misses <n>', 'how many misses to list (full: all by default; gva: 10; case: confusions, 15)')
    .option('--jobs <n>', 'worker threads extracting --docs (default: one per core; 1: in this thread)')
    .action(async (kind: string, gold: string, flags: EvalFlags) => {
      if (!(EVAL_KINDS as readonly string[]).includes(kind)) {
        return usage(`E_EVAL_KIND: unknown kind "${kind}"; expected one of ${EVAL_KINDS.join(', ')}`);
      }
      if ((flags.docs === undefined) === (flags.pred === undefined)) {
        return usage('E_EVAL_SOURCE: give either --docs DOCS.jsonl (extract and score) or --pred PRED.jsonl (score results)');
      }
      if (kind === 'gva-incidents' && flags.docs !== undefined) {
        return usage(
          'E_EVAL_SOURCE: gva-incidents scores clustering across documents; run `sitrep ingest DOCS.jsonl`, ' +
            'then pass `sitrep incidents --format jsonl` output with --pred',
        );
      }
      const misses = flags.misses === undefined ? undefined : Number(flags.misses);
      if (misses !== undefined && !(Number.isInteger(misses) && misses >= 0)) {
        return usage(`E_EVAL_MISSES: --misses expects a whole number ≥ 0, found "${flags.misses}"`);
      }
      const jobs = flags.jobs === undefined ? availableParallelism() : Number(flags.jobs);
      if (!(Number.isInteger(jobs) && jobs >= 1)) return usage(`E_EVAL_JOBS: --jobs expects a whole number ≥ 1, found "${flags.jobs}"`);
      for (const path of [gold, flags.docs ?? flags.pred!]) {
        if (path !== '-' && !existsSync(path)) return usage(`E_EVAL_NO_FILE: ${path} does not exist`);
      }
      const source: PredictionSource = flags.docs !== undefined ? { docs: flags.docs } : { pred: flags.pred! };
      const { report, messages } = await runEval(kind as EvalKind, gold, source, extractor(jobs));
      for (const m of messages) console.error(`${m.code}: ${m.message}`);
      process.stdout.write(`${flags.json ? JSON.stringify(reportJson(report, misses), null, 2) : formatReport(report, misses)}\n`);
      if (messages.some((m) => m.code.startsWith('E_'))) process.exitCode = 1;
    });
}
