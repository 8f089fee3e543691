import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { walkFolder } from '../../src/ingest/sources/walk.js';

test('walks a folder recursively in a stable order, readable files only', async () => {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-walk-'));
  try {
    for (const dir of ['b', 'a/deep', '.git', 'node_modules/x']) mkdirSync(join(root, dir), { recursive: true });
    for (const file of ['z.txt', 'b/page.HTML', 'a/deep/feed.xml', 'a/1.jsonl', 'a/image.png', '.hidden.txt', '.git/c.txt', 'node_modules/x/r.txt', 'b/n.rss', 'b/m.atom', 'b/o.htm']) {
      writeFileSync(join(root, file), 'x');
    }
    const found: string[] = [];
    for await (const path of walkFolder(root)) found.push(relative(root, path));
    assert.deepEqual(found, ['a/1.jsonl', 'a/deep/feed.xml', 'b/m.atom', 'b/n.rss', 'b/o.htm', 'b/page.HTML', 'z.txt']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
