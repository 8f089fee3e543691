// Runs every bench/*.bench.ts file in its own child process (node --import tsx), in name order,
// and passes their output through. Benchmarks print figures; they never fail on timings.
//
// Usage: npm run bench [-- FILTER...] [-- ARGS...]
//   FILTER   run only the files whose name contains one of them (`npm run bench -- extract`)
//   ARGS     after a second `--`, passed to every benchmark run (e.g. a data path)
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('.', import.meta.url));
const argv = process.argv.slice(2);
const split = argv.indexOf('--');
const filters = split < 0 ? argv : argv.slice(0, split);
const passed = split < 0 ? [] : argv.slice(split + 1);

const files = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort()
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)));

if (files.length === 0) {
  console.error(`bench: no bench/*.bench.ts file matches ${filters.join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const name of files) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(dir, name), ...passed], { stdio: 'inherit' });
  const status = run.status ?? 1;
  if (status !== 0) failed++;
  console.log(`=== ${name}: ${status === 0 ? 'done' : `FAILED (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
}
process.exit(failed === 0 ? 0 : 1);
