import type { Command } from 'commander';

/** Registers `sitrep extract` (scaffold: the owner of this command replaces this body). */
export function registerExtract(program: Command): void {
  program.command('extract').description('(not built yet)').action(() => {
    console.error('sitrep extract: not built yet');
    process.exitCode = 2;
  });
}
