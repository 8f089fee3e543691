import { test } from 'node:test';
import { openPostgresStore } from '../../src/store/postgres/store.js';
import { freshDatabase } from './pg.js';
import { storeSuite } from './store.suite.js';

const database = await freshDatabase('sitrep_test');

if ('skip' in database) {
  test('store suite: postgres', (t) => t.skip(database.skip));
} else {
  storeSuite('postgres', {
    open: () => openPostgresStore(database.url),
    cleanup: async (store) => {
      await store.close();
      await database.drop();
    },
  });
}
