// Development entry: `npx tsx src/cli/run.ts extract …` runs the CLI from source without a build.
import { main } from './main.js';

process.exitCode = await main(process.argv);
