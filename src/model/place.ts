/** How precisely a location is known: a populated place, a first-level region, or only a country. */
export type PlacePrecision = 'city' | 'admin1' | 'country';

/**
 * Where something happened, resolved to one GeoNames entry where possible.
 * `country` is ISO 3166-1 alpha-2; `admin1` and `city` are the GeoNames names ("Kyzylorda", "Almaty").
 */
export interface Location {
  name: string;
  country: string | null;
  admin1: string | null;
  city: string | null;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
  precision: PlacePrecision;
}
