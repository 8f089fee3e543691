import type { Command } from 'commander';

/** Registers `sitrep query` (scaffold: the owner of this command replaces this body). */
export function registerQuery(program: Command): void {
  program.command('events').description('(not built yet)').action(() => {
    console.error('sitrep query: not built yet');
    process.exitCode = 2;
  });
}
