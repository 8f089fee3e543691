import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.js';
import { loadSampleIfEmpty } from '../../src/api/sample.js';
import { pipelineIngest } from '../../src/api/service.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

/** A fresh SQLite store in a temporary folder with the bundled sample loaded, and the app over it. */
export interface Fixture {
  store: Store;
  app: Hono;
  dir: string;
  close(): Promise<void>;
}

/** Opens a temporary store, loads the sample through the ingest pipeline, builds the app. */
export async function sampleFixture(options: { webRoot?: string | null } = {}): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  const store = await openStore(join(dir, 'test.db'));
  await loadSampleIfEmpty(store);
  const app = createApp({ store, ingest: pipelineIngest(store), openWrites: true, webRoot: options.webRoot ?? null });
  return {
    store,
    app,
    dir,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** GETs a JSON endpoint and returns status and body. */
export async function getJson<T = any>(app: Hono, path: string): Promise<{ status: number; body: T }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T };
}
