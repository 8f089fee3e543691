import type { Command } from 'commander';

/** Registers `sitrep export` (scaffold: the owner of this command replaces this body). */
export function registerExport(program: Command): void {
  program.command('export').description('(not built yet)').action(() => {
    console.error('sitrep export: not built yet');
    process.exitCode = 2;
  });
}
