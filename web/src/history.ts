import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { curveStepAfter, line } from 'd3-shape';
import type { FigureHistory, HistoryEntry } from './api.js';
import { eventRoute } from './api.js';
import { num } from './dom.js';
import { chain } from './attribution.js';

const DAY = 86_400_000;

/** When a report was published, as epoch ms (null when unknown). */
function reported(entry: HistoryEntry): number | null {
  if (!entry.reportedAt) return null;
  const t = Date.parse(entry.reportedAt.length === 10 ? `${entry.reportedAt}T00:00:00Z` : `${entry.reportedAt.slice(0, 16)}Z`);
  return Number.isNaN(t) ? null : t;
}

/** A report is contradicted when it says less than an earlier report of the same kind said. */
export function contradicted(entries: { value: number; t: number }[]): boolean[] {
  let highest = -Infinity;
  return entries.map((e) => {
    const lower = e.value < highest;
    highest = Math.max(highest, e.value);
    return lower;
  });
}

/**
 * Draws one figure kind's history: a step per report over report time (the step line follows
 * the highest value reported so far), each report a dot with its source on hover and a link to
 * its evidence, reports lower than an earlier one in red (contradictions), the reconciled
 * low–high band shaded and the best value as a dashed line.
 */
export function renderHistory(container: HTMLElement, kind: string, history: FigureHistory): void {
  const entries = history.history
    .map((entry) => ({ entry, t: reported(entry), value: entry.value }))
    .filter((e): e is { entry: HistoryEntry; t: number; value: number } => e.t !== null)
    .sort((a, b) => a.t - b.t || a.value - b.value);
  const width = Math.max(300, container.clientWidth || 480);
  const height = 190;
  const margin = { top: 14, right: 16, bottom: 24, left: 48 };
  const figure = select(container).append('figure').attr('class', 'history').attr('data-kind', kind);
  const caption = figure.append('figcaption');
  caption.append('strong').text(kind);
  caption
    .append('span')
    .text(
      ` best ${num(history.best)} (low ${num(history.low)}, high ${num(history.high)}) · ${history.history.length} reports, ${history.sources} independent source${history.sources === 1 ? '' : 's'}`,
    );
  if (history.contradiction) caption.append('span').attr('class', 'warn').text(' · sources disagree');
  if (entries.length === 0) {
    figure.append('p').attr('class', 'muted').text('No dated reports.');
    return;
  }

  const { x, breaks, ticks } = reportTimeScale(entries.map((e) => e.t), margin.left, width - margin.right);
  const top = Math.max(history.high ?? 0, ...entries.map((e) => e.value));
  const y = scaleLinear()
    .domain([0, top * 1.1 || 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const svg = figure.append('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('role', 'img').attr('aria-label', `${kind} reported over time`);

  svg
    .append('rect')
    .attr('class', 'band')
    .attr('x', margin.left)
    .attr('width', width - margin.left - margin.right)
    .attr('y', y(history.high))
    .attr('height', Math.max(0, y(history.low) - y(history.high)));
  svg.append('line').attr('class', 'best').attr('x1', margin.left).attr('x2', width - margin.right).attr('y1', y(history.best)).attr('y2', y(history.best));

  const flags = contradicted(entries);
  let running = -Infinity;
  const stepPoints = entries.map((e) => {
    running = Math.max(running, e.value);
    return [x(e.t), y(running)] as [number, number];
  });
  stepPoints.push([width - margin.right, stepPoints[stepPoints.length - 1]![1]]);
  svg.append('path').attr('class', 'step-line').attr('d', line().curve(curveStepAfter)(stepPoints) ?? '');

  const labels: [number, number, number][] = [];
  const free = (lx: number, ly: number) => labels.every(([px, py]) => Math.abs(px - lx) > 34 || Math.abs(py - ly) > 12);
  entries.forEach((e, i) => {
    const link = svg.append('a').attr('href', e.entry.event ? `${eventRoute(e.entry.document, e.entry.event)}?figure=${encodeURIComponent(e.entry.figure)}` : `#/documents/${encodeURIComponent(e.entry.document)}`);
    link
      .append('circle')
      .attr('class', flags[i] ? 'step contradiction' : 'step')
      .attr('cx', x(e.t))
      .attr('cy', y(e.value))
      .attr('r', 4.5);
    const day = e.entry.reportedAt?.slice(0, 10) ?? '';
    const qualifier = e.entry.qualifier === 'exact' ? '' : ` (${e.entry.qualifier.replace('_', ' ')})`;
    link.append('title').text(`${num(e.value)} ${kind}${qualifier} · reported ${day} · ${chain(e.entry.attribution) || 'source not named'}${flags[i] ? ' · lower than an earlier report' : ''}${e.entry.duplicateOf ? ' · near-duplicate' : ''}`);
  });
  // Labels: the values on the step line first (they tell the story), then the others where room is left.
  const order = entries.map((_, i) => i).sort((a, b) => Number(flags[a]) - Number(flags[b]) || a - b);
  for (const i of order) {
    const e = entries[i]!;
    if (labels.some(([, , v]) => v === e.value)) continue;
    // Above right of the dot, else below right, else left of it.
    const spots: [number, number, 'start' | 'end'][] = [
      [x(e.t) + 6, y(e.value) - 6, 'start'],
      [x(e.t) + 6, y(e.value) + 14, 'start'],
      [x(e.t) - 6, y(e.value) + 4, 'end'],
    ];
    const spot = spots.find(([lx, ly, anchor]) => free(anchor === 'end' ? lx - 30 : lx, ly));
    if (!spot) continue;
    const [lx, ly, anchor] = spot;
    labels.push([anchor === 'end' ? lx - 30 : lx, ly, e.value]);
    svg
      .append('text')
      .attr('class', flags[i] ? 'value-label contradiction' : 'value-label')
      .attr('x', lx)
      .attr('y', ly)
      .attr('text-anchor', anchor)
      .text(num(e.value));
  }
  svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - margin.bottom})`).call(axisBottom(x).tickValues(ticks).tickFormat((d) => shortDay(+d)));
  // a long quiet spell is drawn short: a break mark on the axis says so
  for (const at of breaks) {
    svg.append('path').attr('class', 'axis-break').attr('d', `M${at - 5},${height - margin.bottom + 5}l4,-10M${at},${height - margin.bottom + 5}l4,-10`);
  }
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${margin.left},0)`).call(axisLeft(y).ticks(4));
}

/** "Jan 05": a report day on the axis, in UTC like the report times. */
function shortDay(t: number): string {
  return new Date(t).toLocaleDateString('en-US', { month: 'short', day: '2-digit', timeZone: 'UTC' });
}

/** Longest stretch of the time axis, in days, between two reports; a longer quiet spell is drawn this long. */
const MAX_GAP_DAYS = 3;

/**
 * The report-time axis: linear in time, except that a gap of more than MAX_GAP_DAYS between two
 * reports is drawn MAX_GAP_DAYS wide (a piecewise scale), so that a toll restated two months later
 * does not squeeze the first days' reports into a corner. Returns the scale, the pixel positions
 * of the shortened gaps, and tick values (report days) at least 56 px apart.
 */
export function reportTimeScale(times: readonly number[], left: number, right: number): { x: ReturnType<typeof scaleUtc<number>>; breaks: number[]; ticks: Date[] } {
  const days = [...new Set(times)].sort((a, b) => a - b);
  const domain = [days[0]! - DAY, ...days, days[days.length - 1]! + DAY];
  const widths = domain.slice(1).map((t, i) => Math.min(t - domain[i]!, MAX_GAP_DAYS * DAY));
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  const range = [left];
  for (const w of widths) range.push(range[range.length - 1]! + ((right - left) * w) / total);
  const x = scaleUtc<number>().domain(domain).range(range);
  const breaks = widths.flatMap((w, i) => (domain[i + 1]! - domain[i]! > w ? [(range[i]! + range[i + 1]!) / 2] : []));
  const ticks: Date[] = [];
  for (const day of new Set(days.map((t) => Math.floor(t / DAY) * DAY))) {
    const last = ticks[ticks.length - 1];
    if (!last || x(day) - x(last.getTime()) >= 56) ticks.push(new Date(day));
  }
  return { x, breaks, ticks };
}
