import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ingest, type IngestSummary } from '../ingest/pipeline.js';
import { readSources } from '../ingest/read-sources.js';
import type { ReadItem } from '../ingest/sources/item.js';
import type { Store } from '../store/store.js';

/** The package's root folder (this file is at src/api/ or dist/api/). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The bundled sample: the seed article and the dated restatements (examples/sample/README.md). */
export const SAMPLE = {
  seed: { id: 'kazakhstan-unrest-2022-01-08', path: `${PACKAGE_ROOT}examples/kazakhstan-unrest-2022-01-08.txt` },
  reports: `${PACKAGE_ROOT}examples/sample/kz2022-restatements.jsonl`,
};

async function* sampleItems(): AsyncGenerator<ReadItem> {
  const text = await readFile(SAMPLE.seed.path, 'utf8');
  yield { doc: { id: SAMPLE.seed.id, text }, source: 'examples/kazakhstan-unrest-2022-01-08.txt' };
  yield* readSources([SAMPLE.reports]);
}

/**
 * Loads the sample into `store` through the ingest pipeline when the store holds no document;
 * returns the ingest summary, or null when the store was not empty (nothing is touched then).
 */
export async function loadSampleIfEmpty(store: Store): Promise<IngestSummary | null> {
  const existing = await store.listDocuments({ limit: 1 });
  if (existing.total > 0) return null;
  return ingest(sampleItems(), store);
}
