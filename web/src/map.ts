import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { select } from 'd3-selection';
import { symbol } from 'd3-shape';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { EventRecord } from './api.js';
import { eventRoute } from './api.js';
import { FAMILIES, familyOf, typeLabel } from './families.js';
import { num } from './dom.js';

/** An event to draw, with the people killed or injured in it (for the symbol's size). */
export interface MapPoint {
  event: EventRecord;
  casualties: number;
}

const CLUSTER_RADIUS = 22;

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries);
const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);

/** Symbol area in px²: grows with the square root of casualties, so 225 is not 225 times 1. */
function area(casualties: number): number {
  return Math.min(900, 70 + 45 * Math.sqrt(casualties));
}

interface Cluster {
  x: number;
  y: number;
  points: MapPoint[];
}

/**
 * Draws the map: offline borders (Natural Earth 1:110m from world-atlas, bundled), the view
 * fitted to the events, one symbol per event (shape and colour by type family, size by
 * casualties), and events closer than {@link CLUSTER_RADIUS} px merged into a numbered cluster.
 * A click on an event opens it; a click on a cluster hands its events to `onCluster`.
 */
export function renderMap(container: HTMLElement, points: MapPoint[], onCluster: (events: EventRecord[], label: string) => void): void {
  const width = Math.max(320, container.clientWidth || 640);
  const height = Math.round(width * 0.55);
  const located = points.filter((p) => p.event.location?.lat != null && p.event.location?.lon != null);

  const projection = geoNaturalEarth1();
  const framed = core(located);
  if (framed.length > 0) {
    const lons = framed.map((p) => p.event.location!.lon!);
    const lats = framed.map((p) => p.event.location!.lat!);
    const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
    const pad = Math.max(9, (maxLon - minLon) * 0.25, (maxLat - minLat) * 0.25);
    const corners: [number, number][] = [
      [Math.max(-180, minLon - pad), Math.max(-85, minLat - pad)],
      [Math.min(180, maxLon + pad), Math.min(85, maxLat + pad)],
      [Math.max(-180, minLon - pad), Math.min(85, maxLat + pad)],
      [Math.min(180, maxLon + pad), Math.max(-85, minLat - pad)],
    ];
    projection.fitExtent([[8, 8], [width - 8, height - 8]], { type: 'MultiPoint', coordinates: corners });
  } else {
    projection.fitExtent([[8, 8], [width - 8, height - 8]], { type: 'Sphere' });
  }
  const path = geoPath(projection);

  const svg = select(container)
    .append('svg')
    .attr('class', 'map')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', `Map of ${located.length} located events`);
  svg.append('rect').attr('class', 'ocean').attr('width', width).attr('height', height);
  svg.append('path').attr('class', 'graticule').attr('d', path(geoGraticule10()) ?? '');
  svg.append('g').selectAll('path').data(countries.features).join('path').attr('class', 'land').attr('d', (d) => path(d) ?? '');
  svg.append('path').attr('class', 'borders').attr('d', path(borders) ?? '');

  const clusters: Cluster[] = [];
  for (const point of [...located].sort((a, b) => b.casualties - a.casualties)) {
    const xy = projection([point.event.location!.lon!, point.event.location!.lat!]);
    if (!xy) continue;
    const near = clusters.find((c) => Math.hypot(c.x - xy[0], c.y - xy[1]) < CLUSTER_RADIUS);
    if (near) near.points.push(point);
    else clusters.push({ x: xy[0], y: xy[1], points: [point] });
  }

  const layer = svg.append('g').attr('class', 'events');
  for (const cluster of clusters) {
    const g = layer.append('g').attr('transform', `translate(${cluster.x.toFixed(1)},${cluster.y.toFixed(1)})`);
    if (cluster.points.length === 1) {
      const { event, casualties } = cluster.points[0]!;
      const family = familyOf(event.type);
      const link = g.append('a').attr('href', eventRoute(event.document, event.id));
      link
        .append('path')
        .attr('class', 'event-symbol')
        .attr('data-type', event.type)
        .attr('d', symbol(family.symbol, area(casualties))() ?? '')
        .attr('fill', family.color);
      link.append('title').text(`${typeLabel(event.type)} — ${event.location?.name ?? ''}${event.date?.start ? `, ${event.date.start}` : ''}${casualties ? ` · ${num(casualties)} killed or injured` : ''}`);
      continue;
    }
    const total = cluster.points.reduce((s, p) => s + p.casualties, 0);
    const names = [...new Set(cluster.points.map((p) => p.event.location?.name).filter(Boolean))] as string[];
    const label = `${cluster.points.length} events near ${names.slice(0, 3).join(', ')}${names.length > 3 ? '…' : ''}`;
    const r = 9 + 3 * Math.sqrt(cluster.points.length);
    const byFamily = FAMILIES.map((f) => ({ f, n: cluster.points.filter((p) => familyOf(p.event.type) === f).length })).filter((x) => x.n > 0);
    const top = byFamily.sort((a, b) => b.n - a.n)[0]!.f;
    g.attr('class', 'cluster-group').style('cursor', 'pointer').on('click', () => onCluster(cluster.points.map((p) => p.event), label));
    g.append('circle').attr('class', 'event-symbol cluster').attr('r', r).attr('fill', top.color);
    g.append('text').attr('class', 'cluster-count').attr('dy', '0.35em').text(String(cluster.points.length));
    g.append('title').text(`${label}${total ? ` · ${num(total)} killed or injured` : ''} — click to list them`);
  }

  const legend = select(container).append('div').attr('class', 'legend');
  for (const family of FAMILIES) {
    const item = legend.append('span').attr('class', 'legend-item');
    const s = item.append('svg').attr('width', 14).attr('height', 14).attr('viewBox', '-7 -7 14 14');
    s.append('path').attr('d', symbol(family.symbol, 60)() ?? '').attr('fill', family.color);
    item.append('span').text(family.label);
  }
  if (framed.length < located.length) {
    legend.append('span').attr('class', 'muted').text(` · ${located.length - framed.length} event${located.length - framed.length === 1 ? '' : 's'} far from the others, outside this view`);
  }
  if (located.length < points.length) {
    legend.append('span').attr('class', 'muted').text(` · ${points.length - located.length} events without a known place`);
  }
}

/**
 * The events to frame: all of them, unless at least 80% lie within 40° of longitude and 25° of
 * latitude of the median place, in which case those (a few stray places must not shrink a
 * country-level crisis to a dot on a world map).
 */
function core(points: MapPoint[]): MapPoint[] {
  if (points.length < 5) return points;
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const lon = median(points.map((p) => p.event.location!.lon!));
  const lat = median(points.map((p) => p.event.location!.lat!));
  const near = points.filter((p) => Math.abs(p.event.location!.lon! - lon) <= 40 && Math.abs(p.event.location!.lat! - lat) <= 25);
  return near.length >= 0.8 * points.length ? near : points;
}
