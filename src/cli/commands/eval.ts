import type { Command } from 'commander';

/** Registers `sitrep eval` (scaffold: the owner of this command replaces this body). */
export function registerEval(program: Command): void {
  program.command('eval').description('(not built yet)').action(() => {
    console.error('sitrep eval: not built yet');
    process.exitCode = 2;
  });
}
