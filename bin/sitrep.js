#!/usr/bin/env node
// The installed command: runs the compiled CLI (`npm run build` makes dist/).
import { main } from '../dist/cli/main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
