import type { Command } from 'commander';

/** Registers `sitrep serve` (scaffold: the owner of this command replaces this body). */
export function registerServe(program: Command): void {
  program.command('serve').description('(not built yet)').action(() => {
    console.error('sitrep serve: not built yet');
    process.exitCode = 2;
  });
}
