import type { Command } from 'commander';

/** Registers `sitrep worker` (scaffold: the owner of this command replaces this body). */
export function registerWorker(program: Command): void {
  program.command('worker').description('(not built yet)').action(() => {
    console.error('sitrep worker: not built yet');
    process.exitCode = 2;
  });
}
