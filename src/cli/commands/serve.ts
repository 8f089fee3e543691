import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { createApp } from '../../api/app.js';
import { PACKAGE_ROOT, loadSampleIfEmpty } from '../../api/sample.js';
import { isLoopback } from '../../api/security.js';
import { pipelineIngest } from '../../api/service.js';
import { dbTarget, openStore } from '../../store/open.js';

interface ServeOptions {
  host: string;
  port: string;
  db?: string;
  sample?: boolean;
  privateReads?: boolean;
}

/** Where the built page lives (`npm run build:web`). */
export const WEB_ROOT = `${PACKAGE_ROOT}dist/web`;

/**
 * Registers `sitrep serve`: the JSON API and the web page from one process.
 *
 * 1. open (and migrate) the store from `--db` / `SITREP_DB`;
 * 2. with `--sample`, load the bundled sample when the store is empty;
 * 3. decide the access policy: writes open on loopback without a token; beyond loopback every
 *    write needs `SITREP_TOKEN` (and with none set, writes are refused);
 * 4. listen, print the URL; close the store on Ctrl-C.
 */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the JSON API and the web page (map, timeline, figure histories, evidence).')
    .option('--host <host>', 'address to listen on', process.env.SITREP_HOST ?? '127.0.0.1')
    .option('--port <port>', 'port to listen on', process.env.SITREP_PORT ?? '8080')
    .option('--db <target>', 'SQLite file or postgres:// URL (default: SITREP_DB, else ./sitrep.db)')
    .option('--sample', 'load the bundled sample (Kazakhstan, January 2022) into an empty database')
    .option('--private-reads', 'require the token (SITREP_TOKEN) for reads too')
    .action(async (options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`E_PORT: --port must be a number from 0 to 65535; found "${options.port}".`);
        process.exitCode = 2;
        return;
      }
      const token = process.env.SITREP_TOKEN || undefined;
      if (options.privateReads && !token) {
        console.error('E_TOKEN_MISSING: --private-reads needs a token: set SITREP_TOKEN.');
        process.exitCode = 2;
        return;
      }
      const target = dbTarget(options.db);
      const store = await openStore(target);
      if (options.sample) {
        const summary = await loadSampleIfEmpty(store);
        if (summary) console.error(`sitrep: loaded the sample into ${target}: ${summary.added} reports, ${summary.processed} extracted, ${summary.resolved} resolved.`);
      }
      const loopback = isLoopback(options.host);
      if (!loopback && !token) console.error('sitrep: listening beyond loopback without SITREP_TOKEN: writes (POST /api/documents) are refused.');
      const webRoot = existsSync(`${WEB_ROOT}/index.html`) ? WEB_ROOT : null;
      if (!webRoot) console.error('sitrep: the web page is not built (run `npm run build:web`); serving the API only.');

      const app = createApp({ store, ingest: pipelineIngest(store), token, openWrites: loopback && !token, protectReads: options.privateReads, webRoot });
      const server = serve({ fetch: app.fetch, hostname: options.host, port }, (info) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        console.log(`sitrep: serving http://${host}:${info.port}/ (database ${target}; API at /api, Ctrl-C to stop)`);
      });
      server.on('error', (error: NodeJS.ErrnoException) => {
        const hint = error.code === 'EADDRINUSE' ? ` Port ${port} is taken: pass --port with another number.` : '';
        console.error(`E_LISTEN: cannot listen on ${options.host}:${port}: ${error.message}.${hint}`);
        process.exitCode = 1;
        void store.close();
      });
      const stop = () => {
        server.close();
        void store.close().finally(() => process.exit(process.exitCode ?? 0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
