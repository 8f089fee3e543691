import type { Location } from '../../model/index.js';

/** A GeoJSON feature at a location (null geometry when the place has no coordinates). */
export function feature(location: Location | null, properties: Record<string, unknown>): Record<string, unknown> {
  const point = location && location.lat !== null && location.lon !== null ? { type: 'Point', coordinates: [location.lon, location.lat] } : null;
  return { type: 'Feature', geometry: point, properties };
}
