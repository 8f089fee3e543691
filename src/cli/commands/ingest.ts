import type { Command } from 'commander';

/** Registers `sitrep ingest` (scaffold: the owner of this command replaces this body). */
export function registerIngest(program: Command): void {
  program.command('ingest').description('(not built yet)').action(() => {
    console.error('sitrep ingest: not built yet');
    process.exitCode = 2;
  });
}
