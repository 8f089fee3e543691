import type { Location } from '../model/index.js';
import type { Query, Store } from '../store/store.js';

/** One place events happened at, with how many and how many people were killed or injured there. */
export interface PlaceSummary {
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: Location['precision'];
  geonameId: number | null;
  events: number;
}

/** Events read per page while summarising places; the scan stops after {@link PLACE_SCAN_LIMIT}. */
const PAGE = 5000;
export const PLACE_SCAN_LIMIT = 50_000;

/**
 * The places of the events matching `query`, most events first. Written over `listEvents` so every
 * store has it; the scan is bounded (narrow with filters on large databases).
 * @example await listPlaces(store, { country: 'KZ' }) // [{ name: 'Almaty', events: 12, … }, …]
 */
export async function listPlaces(store: Store, query: Query): Promise<{ items: PlaceSummary[]; scanned: number; complete: boolean }> {
  const byKey = new Map<string, PlaceSummary>();
  let offset = 0;
  let total = Infinity;
  while (offset < total && offset < PLACE_SCAN_LIMIT) {
    const page = await store.listEvents({ ...query, limit: PAGE, offset, sort: undefined });
    total = page.total;
    for (const event of page.items) {
      const loc = event.location;
      if (!loc) continue;
      const key = loc.geonameId !== null ? `g${loc.geonameId}` : `${loc.country ?? ''}|${loc.name.toLowerCase()}`;
      const seen = byKey.get(key);
      if (seen) seen.events++;
      else {
        byKey.set(key, {
          name: loc.name,
          country: loc.country,
          admin1: loc.admin1,
          lat: loc.lat,
          lon: loc.lon,
          precision: loc.precision,
          geonameId: loc.geonameId,
          events: 1,
        });
      }
    }
    if (page.items.length === 0) break;
    offset += page.items.length;
  }
  const items = [...byKey.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  return { items, scanned: Math.min(offset, total), complete: offset >= total };
}
