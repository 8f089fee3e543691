import type { Page, Query, Store } from '../../src/store/store.js';

/**
 * A store with no data that records the queries it was asked: enough to test validation, the
 * error shape and access control without a database. Methods the API never calls throw.
 */
export function stubStore(): { store: Store; queries: Query[] } {
  const queries: Query[] = [];
  const empty = async <T>(q: Query): Promise<Page<T>> => {
    queries.push(q);
    return { items: [], total: 0, limit: q.limit ?? 100, offset: q.offset ?? 0 };
  };
  const handler: ProxyHandler<object> = {
    get(_target, name) {
      if (name === 'kind') return 'sqlite';
      if (typeof name === 'string' && name.startsWith('list')) return empty;
      if (name === 'getDocument' || name === 'getEvent' || name === 'getIncident') return async () => null;
      if (name === 'stats') {
        return async (q: Query) => {
          queries.push(q);
          return { documents: 0, events: 0, incidents: 0, figures: 0, byType: {}, byCountry: {}, byDay: [] };
        };
      }
      if (name === 'places') {
        return async (q: Query) => {
          queries.push(q);
          return [];
        };
      }
      if (name === 'then') return undefined;
      return () => {
        throw new Error(`stub store: ${String(name)} not implemented`);
      };
    },
  };
  return { store: new Proxy({}, handler) as Store, queries };
}
