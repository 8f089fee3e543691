import { Command } from 'commander';
import { registerExtract } from './commands/extract.js';
import { registerEval } from './commands/eval.js';
import { registerIngest } from './commands/ingest.js';
import { registerQuery } from './commands/query.js';
import { registerExport } from './commands/export.js';
import { registerWorker } from './commands/worker.js';
import { registerServe } from './commands/serve.js';

/** Builds the `sitrep` command line: one file per command under `commands/`. */
export function buildProgram(): Command {
  const program = new Command('sitrep')
    .description('Turn news reports about unrest, conflict and crises into a structured, sourced event database.')
    .version('0.1.0');
  registerExtract(program);
  registerEval(program);
  registerIngest(program);
  registerQuery(program);
  registerExport(program);
  registerWorker(program);
  registerServe(program);
  return program;
}

/** Runs the CLI; resolves to the process exit status (commands set `process.exitCode` on failure). */
export async function main(argv: string[]): Promise<number> {
  await buildProgram().parseAsync(argv);
  return Number(process.exitCode ?? 0);
}
