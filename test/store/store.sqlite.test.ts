import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { storeSuite } from './store.suite.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));

storeSuite('sqlite', {
  open: () => openSqliteStore(join(dir, 'test.db')),
  cleanup: async (store) => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  },
});
