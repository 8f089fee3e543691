import type { Event, Location } from '../model/index.js';
import { cached } from './cache.js';
import type { Db } from './db.js';
import { placeholders } from './db.js';
import { eventWhere, findSearch } from './filters.js';
import { parse } from './rows.js';
import type { PlaceSummary, Query } from './store.js';

/**
 * The key events are grouped by on the map (`events.place`): the GeoNames id, else the country
 * and the lower-cased name; null for an event without a location.
 * @example placeKey({ name: 'Almaty', country: 'KZ', geonameId: null, … }) // 'KZ|almaty'
 */
export function placeKey(location: Location | null | undefined): string | null {
  if (!location) return null;
  if (location.geonameId !== null && location.geonameId !== undefined) return `g${location.geonameId}`;
  return `${location.country ?? ''}|${location.name.toLowerCase()}`;
}

/** Migration 5: `events.place` of the events stored before the column existed, 1,000 rows per statement. */
export async function backfillPlaces(tx: Db): Promise<void> {
  for (let after = 0; ; ) {
    const rows = await tx.all('SELECT seq, data FROM events WHERE seq > ? ORDER BY seq LIMIT 1000', [after]);
    if (rows.length === 0) return;
    after = Number(rows[rows.length - 1]!.seq);
    const keyed = rows
      .map((r): [number, string | null] => [Number(r.seq), placeKey(parse<Partial<Event>>(r.data, {}).location)])
      .filter((k): k is [number, string] => k[1] !== null);
    if (keyed.length === 0) continue;
    await tx.run(
      `UPDATE events SET place = CASE seq ${keyed.map(() => 'WHEN ? THEN ?').join(' ')} END WHERE seq IN (${placeholders(keyed.length)})`,
      [...keyed.flat(), ...keyed.map(([seq]) => seq)],
    );
  }
}

/**
 * The places of the events matching the query, most events first (remembered until the next
 * write, like stats): counted by `events.place` from the index alone, each named by its first event.
 */
export function listPlaces(db: Db, query: Query): Promise<PlaceSummary[]> {
  return cached(db, `places ${JSON.stringify(query)}`, () => computePlaces(db, query));
}

async function computePlaces(db: Db, query: Query): Promise<PlaceSummary[]> {
  // a common word walks `events (place, …, doc_seq)` in group order, testing the byte map (100k
  // events, a word in half the documents: 27 → 12 ms CPU, no sort of 52k rows)
  const search = await findSearch(db, query);
  const where = eventWhere(db.dialect, query, search, search?.plan ?? 'drive');
  const located = where.sql ? `${where.sql} AND e.place IS NOT NULL` : 'WHERE e.place IS NOT NULL';
  const groups = await db.all(`SELECT e.place, count(*) AS n, min(e.seq) AS first FROM events e ${located} GROUP BY e.place`, where.params);
  const locations = new Map<number, Location>();
  const firsts = groups.map((g) => Number(g.first));
  for (let i = 0; i < firsts.length; i += 500) {
    const some = firsts.slice(i, i + 500);
    for (const row of await db.all(`SELECT seq, data FROM events WHERE seq IN (${placeholders(some.length)})`, some)) {
      const location = parse<Partial<Event>>(row.data, {}).location;
      if (location) locations.set(Number(row.seq), location);
    }
  }
  const places: PlaceSummary[] = [];
  for (const group of groups) {
    const loc = locations.get(Number(group.first));
    if (!loc) continue;
    places.push({
      name: loc.name,
      country: loc.country,
      admin1: loc.admin1,
      lat: loc.lat,
      lon: loc.lon,
      precision: loc.precision,
      geonameId: loc.geonameId,
      events: Number(group.n),
    });
  }
  return places.sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
}
