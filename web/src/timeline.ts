import { axisBottom, axisLeft } from 'd3-axis';
import { brushX, type D3BrushEvent } from 'd3-brush';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import type { Stats } from './api.js';
import { FAMILIES, familyOf } from './families.js';

const DAY = 86_400_000;

function dayMs(day: string): number {
  return Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Draws events per day as bars stacked by type family, with a brush: dragging a range calls
 * `onRange` with its first and last day (null when cleared), which filters the rest of the page.
 * `selected` draws the current range.
 */
export function renderTimeline(container: HTMLElement, byDay: Stats['byDay'], selected: [string, string] | null, onRange: (range: [string, string] | null) => void): void {
  const width = Math.max(320, container.clientWidth || 640);
  const height = 150;
  const margin = { top: 8, right: 12, bottom: 24, left: 32 };
  const days = new Map<string, Map<string, number>>();
  for (const row of byDay) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(row.day)) continue;
    const day = row.day.slice(0, 10);
    const families = days.get(day) ?? new Map<string, number>();
    const family = familyOf(row.type).id;
    families.set(family, (families.get(family) ?? 0) + row.count);
    days.set(day, families);
  }
  const svg = select(container).append('svg').attr('class', 'timeline').attr('viewBox', `0 0 ${width} ${height}`);
  if (days.size === 0) {
    svg.append('text').attr('x', width / 2).attr('y', height / 2).attr('text-anchor', 'middle').attr('class', 'muted').text('No dated events yet.');
    return;
  }
  const [first, last, outside] = focus(days);
  const x = scaleUtc()
    .domain([first - DAY, last + 2 * DAY])
    .range([margin.left, width - margin.right]);
  const totals = [...days.entries()].filter(([d]) => dayMs(d) >= first && dayMs(d) <= last).map(([, m]) => [...m.values()].reduce((a, b) => a + b, 0));
  const y = scaleLinear()
    .domain([0, Math.max(...totals)])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const barWidth = Math.max(2, x(first + DAY) - x(first) - 1);

  const bars = svg.append('g').attr('class', 'bars');
  for (const [day, families] of [...days.entries()].sort()) {
    if (dayMs(day) < first || dayMs(day) > last) continue;
    let base = 0;
    for (const family of FAMILIES) {
      const count = families.get(family.id);
      if (!count) continue;
      const rect = bars
        .append('rect')
        .attr('class', 'bar')
        .attr('data-day', day)
        .attr('data-family', family.id)
        .attr('x', x(dayMs(day)))
        .attr('width', barWidth)
        .attr('y', y(base + count))
        .attr('height', Math.max(1, y(base) - y(base + count)))
        .attr('fill', family.color);
      rect.append('title').text(`${day} · ${family.label}: ${count}`);
      base += count;
    }
  }
  svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - margin.bottom})`).call(axisBottom(x).ticks(Math.min(8, Math.floor(width / 90))));
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${margin.left},0)`).call(axisLeft(y).ticks(4));

  const brush = brushX()
    .extent([[margin.left, margin.top], [width - margin.right, height - margin.bottom]])
    .on('end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return;
      const sel = event.selection as [number, number] | null;
      if (!sel) return onRange(null);
      const [t0, t1] = [x.invert(sel[0]).getTime(), x.invert(sel[1]).getTime()];
      const start = isoDay(Math.floor(t0 / DAY) * DAY);
      const end = isoDay(Math.floor((t1 - 1) / DAY) * DAY);
      onRange(start <= end ? [start, end] : [end, start]);
    });
  const brushLayer = svg.append('g').attr('class', 'brush').call(brush);
  if (selected) {
    const [a, b] = [Math.max(margin.left, x(dayMs(selected[0]))), Math.min(width - margin.right, x(dayMs(selected[1]) + DAY))];
    if (a < b) brushLayer.call(brush.move, [a, b]);
  }
  if (outside > 0) {
    select(container).append('p').attr('class', 'muted outside').text(`${outside} event${outside === 1 ? '' : 's'} on days outside the range shown (${isoDay(first)} – ${isoDay(last)}); they are in the lists and on the map.`);
  }
}

/**
 * The days to draw: all of them, unless a few outliers (a report a year later) would squash the
 * rest: a first or last day holding at most 5% of the events (at least one) and separated from
 * the others by more than 30 days and by more than the span of the others is left out, repeatedly.
 * Returns [first, last, events left out].
 */
function focus(days: Map<string, Map<string, number>>): [number, number, number] {
  const weighted = [...days.entries()].map(([d, m]) => [dayMs(d), [...m.values()].reduce((a, b) => a + b, 0)] as const).sort((a, b) => a[0] - b[0]);
  const total = weighted.reduce((s, [, n]) => s + n, 0);
  const budget = Math.max(1, Math.floor(total * 0.05));
  let [lo, hi, outside] = [0, weighted.length - 1, 0];
  const far = (gap: number, span: number) => gap > 30 * DAY && gap > span;
  for (let changed = true; changed && hi - lo >= 2; ) {
    changed = false;
    const last = weighted[hi]!, first = weighted[lo]!;
    if (outside + last[1] <= budget && far(last[0] - weighted[hi - 1]![0], weighted[hi - 1]![0] - first[0])) {
      outside += last[1];
      hi--;
      changed = true;
    } else if (outside + first[1] <= budget && far(weighted[lo + 1]![0] - first[0], last[0] - weighted[lo + 1]![0])) {
      outside += first[1];
      lo++;
      changed = true;
    }
  }
  return [weighted[lo]![0], weighted[hi]![0], outside];
}
