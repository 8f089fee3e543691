import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSources } from '../../src/ingest/read-sources.js';
import type { ReadItem } from '../../src/ingest/sources/item.js';

async function all(sources: string[]): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readSources(sources, { fetchLinks: false })) out.push(item);
  return out;
}

test('reads .jsonl lines (their ids, else FILE#LINE), .txt files (their path) and folders in a stable order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-read-'));
  try {
    mkdirSync(join(dir, 'b'));
    writeFileSync(
      join(dir, 'a.jsonl'),
      [
        JSON.stringify({ id: 'x-1', title: 'T', publishedAt: '2022-01-08', text: 'Police detained 3 people.' }),
        '',
        JSON.stringify({ text: 'No id here.' }),
        '{not json',
        JSON.stringify({ id: 'x-4' }),
        JSON.stringify({ id: 7, text: 'Numeric id.' }),
      ].join('\n'),
    );
    writeFileSync(join(dir, 'b', 'c.txt'), 'A plain text report.');
    writeFileSync(join(dir, 'b', 'skip.pdf'), 'not read');
    const items = await all([dir, join(dir, 'missing.txt')]);
    const got = items.map((i) => ('doc' in i ? `doc ${i.doc.id} ${i.doc.text}` : `error ${i.error.code} ${i.source}`));
    assert.deepEqual(got, [
      'doc x-1 Police detained 3 people.',
      `doc ${join(dir, 'a.jsonl')}#3 No id here.`,
      `error E_JSONL_PARSE ${join(dir, 'a.jsonl')}#4`,
      `error E_JSONL_NO_TEXT ${join(dir, 'a.jsonl')}#5`,
      'doc 7 Numeric id.',
      `doc ${join(dir, 'b', 'c.txt')} A plain text report.`,
      `error E_SOURCE_NOT_FOUND ${join(dir, 'missing.txt')}`,
    ]);
    const first = items[0]!;
    assert.ok('doc' in first && first.doc.title === 'T' && first.doc.publishedAt === '2022-01-08');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
