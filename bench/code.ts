// Which code a bench times: the compiled dist/ (what bin/sitrep.js runs), rebuilt from src/ by `tsc`
// when the bench starts, or, with SITREP_BENCH_SOURCE=1, the TypeScript source through tsx (slower:
// tsx wraps every closure it creates in a `__name` call, and each worker thread compiles the source
// again at start-up).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const fromSource = process.env.SITREP_BENCH_SOURCE === '1';

/** Compiles src/ into dist/ unless the bench times the source; exits when the build fails. */
export function buildUnlessSource(bench: string): void {
  if (fromSource) return;
  const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error(`${bench} bench: \`tsc -p tsconfig.json\` failed, so dist/ is not the code in src/ — nothing measured.`);
    process.exit(1);
  }
}

/** One module of the pipeline (`extract/extract`, …), from dist/ or from src/. */
export const load = (module: string): Promise<unknown> => import(`${fromSource ? '../src' : '../dist'}/${module}.js`);

/** The first line of a bench's output: which code it timed. */
export const codeLabel = (): string =>
  `code: ${fromSource ? 'src/ through tsx (SITREP_BENCH_SOURCE=1)' : 'dist/, just compiled from src/ by tsc (what bin/sitrep.js runs)'}`;
