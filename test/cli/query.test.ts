import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProgram } from '../../src/cli/main.js';
import { writeSyntheticJsonl } from '../store/synthetic.js';

/** Runs the CLI in this process; resolves to what it printed on stdout. */
async function sitrep(...args: string[]): Promise<string> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  // only the CLI's text is taken: the test runner talks to its parent through stdout in binary
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    if (typeof chunk !== 'string') return write(chunk, ...rest);
    chunks.push(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await buildProgram().exitOverride().parseAsync(['node', 'sitrep', ...args]);
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

const jsonLines = (text: string): Record<string, unknown>[] => text.trim().split('\n').map((l) => JSON.parse(l));

describe('sitrep ingest, documents, events, figures, incidents, export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  const db = join(dir, 'test.db');
  const file = join(dir, 'docs.jsonl');
  before(async () => {
    writeSyntheticJsonl(file, 24);
    const summary = JSON.parse(await sitrep('ingest', file, '--db', db, '--json'));
    assert.deepEqual([summary.read, summary.added, summary.processed, summary.resolved], [24, 24, 24, 24]);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests the same content once (idempotent re-run)', async () => {
    const again = JSON.parse(await sitrep('ingest', file, '--db', db, '--json'));
    assert.deepEqual([again.read, again.added, again.existing, again.processed], [24, 0, 24, 0]);
  });

  it('lists documents with the ids given at ingest, in each format', async () => {
    const json = JSON.parse(await sitrep('documents', '--db', db, '--format', 'json', '--limit', '3'));
    assert.deepEqual(json.map((d: { id: string }) => d.id), ['syn-0', 'syn-1', 'syn-2']);
    const csv = (await sitrep('documents', '--db', db, '--format', 'csv', '--limit', '2')).trim().split('\n');
    assert.equal(csv[0], 'id,status,publishedAt,language,events,duplicateOf,outlet,url,title');
    assert.match(csv[1]!, /^syn-0,done,2023-01-01,en,/);
    const table = await sitrep('documents', '--db', db, '--limit', '2');
    assert.match(table.split('\n')[0]!, /^id\s+status\s+publishedAt/);
    assert.equal(table.trim().split('\n').length, 4);
    assert.equal(jsonLines(await sitrep('documents', '--db', db, '--format', 'jsonl', '--q', 'Riverton')).length, 4);
  });

  it('filters events and figures', async () => {
    const all = jsonLines(await sitrep('events', '--db', db, '--format', 'jsonl'));
    assert.ok(all.length >= 24);
    const one = jsonLines(await sitrep('events', '--db', db, '--format', 'jsonl', '--document', 'syn-3'));
    assert.ok(one.length >= 1 && one.every((e) => e.document === 'syn-3'));
    const since = jsonLines(await sitrep('events', '--db', db, '--format', 'jsonl', '--since', '2023-01-10'));
    assert.ok(since.length < all.length);
    assert.equal((await sitrep('events', '--db', db, '--format', 'jsonl', '--q', 'zzzunknownword')).trim(), '');
    const figures = jsonLines(await sitrep('figures', '--db', db, '--format', 'jsonl', '--document', 'syn-0'));
    assert.ok(figures.every((f) => f.document === 'syn-0'));
  });

  it('prints incidents as JSON lines: documents, independent sources, figures with history', async () => {
    const incidents = jsonLines(await sitrep('incidents', '--db', db, '--format', 'jsonl'));
    const placed = incidents.flatMap((i) => i.documents as string[]);
    assert.equal(new Set(placed).size, 24, 'every document in exactly one incident');
    assert.equal(placed.length, 24);
    for (const incident of incidents) {
      assert.deepEqual(Object.keys(incident), ['id', 'type', 'subtype', 'location', 'date', 'title', 'documents', 'sources', 'figures']);
      assert.ok(Array.isArray(incident.sources));
      for (const figure of Object.values(incident.figures as Record<string, { best: number; history: { value: number; document: string }[] }>)) {
        assert.ok(figure.history.length >= 1);
        assert.ok(figure.history.every((h) => (incident.documents as string[]).includes(h.document)));
      }
    }
  });

  it('splits a document out of an incident and merges it back, recorded', async () => {
    const incidents = jsonLines(await sitrep('incidents', '--db', db, '--format', 'jsonl'));
    const pair = incidents.find((i) => (i.documents as string[]).length >= 2);
    assert.ok(pair, 'some incident has two reports');
    const [keep, move] = pair.documents as string[];
    const split = JSON.parse(await sitrep('incidents', 'split', String(pair.id), '--document', move!, '--db', db));
    const after = jsonLines(await sitrep('incidents', '--db', db, '--format', 'jsonl', '--incident', String(pair.id)));
    assert.ok(!(after[0]!.documents as string[]).includes(move!));
    assert.ok((after[0]!.documents as string[]).includes(keep!));
    const moved = jsonLines(await sitrep('incidents', '--db', db, '--format', 'jsonl', '--incident', split.into));
    assert.deepEqual(moved[0]!.documents, [move]);
    await sitrep('incidents', 'merge', String(pair.id), split.into, '--db', db);
    const merged = jsonLines(await sitrep('incidents', '--db', db, '--format', 'jsonl', '--incident', String(pair.id)));
    assert.deepEqual(merged[0]!.documents, pair.documents);
    assert.equal((await sitrep('incidents', '--db', db, '--format', 'jsonl', '--incident', split.into)).trim(), '');
  });

  it('exports ACLED-style CSV, GeoJSON, CSV and JSON lines', async () => {
    const acled = (await sitrep('export', '--db', db, '--format', 'acled')).trim().split('\n');
    assert.equal(acled[0], 'event_id,event_date,event_type,sub_event_type,actor1,country,admin1,location,latitude,longitude,source,notes,fatalities');
    assert.ok(acled.length > 24);
    const geo = JSON.parse(await sitrep('export', '--db', db, '--format', 'geojson'));
    assert.equal(geo.type, 'FeatureCollection');
    assert.ok(geo.features.length > 0 && geo.features.every((f: { type: string }) => f.type === 'Feature'));
    const incidents = JSON.parse(await sitrep('export', '--db', db, '--format', 'geojson', '--of', 'incidents'));
    assert.ok(incidents.features.every((f: { properties: { documents: string[] } }) => f.properties.documents.length >= 1));
    assert.match((await sitrep('export', '--db', db, '--format', 'csv')).split('\n')[0]!, /^document,id,type/);
    assert.ok(jsonLines(await sitrep('export', '--db', db, '--format', 'jsonl', '--limit', '5')).length === 5);
  });
});
