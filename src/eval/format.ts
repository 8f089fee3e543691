/**
 * Evaluation reports for people (aligned plain-text tables) and for machines (the report object,
 * with long miss lists cut to the sample asked for).
 */
import type { EvalReport } from './run.js';
import type { FullReport } from './full.js';
import type { GvaReport } from './gva.js';
import type { CaseReport } from './case.js';
import type { IncidentsReport } from './incidents.js';
import { spread, type Prf, type Tally } from './metrics.js';

/** Lays rows out in columns; columns after the first are right-aligned when they hold numbers. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i > 0 && /^[-\d.%/ ]+$/.test(cell) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const num3 = (x: number) => x.toFixed(3);
const t = (x: Tally) => [`${x.right}/${x.total}`, x.total === 0 ? '-' : pct(x.rate)];
const p = (x: Prf) => [`${x.matched}/${x.gold}`, num3(x.precision), num3(x.recall), num3(x.f1)];

function formatFull(r: FullReport, misses: number | undefined): string {
  const out = [
    `full: ${r.documents} document(s)${r.missingPredictions.length ? `, ${r.missingPredictions.length} without a result` : ''}`,
    '',
    table([
      ['', 'found', 'precision', 'recall', 'F1', 'ignored'],
      ['figures', ...p(r.figures), String(r.figures.ignored)],
      ['events', ...p(r.events), String(r.events.ignored)],
    ]),
    '',
    table([
      ['', 'right', ''],
      ['figure origin', ...t(r.origin)],
      ['figure chain', ...t(r.chain)],
      ['figure country', ...t(r.figurePlaces.country)],
      ['figure admin1', ...t(r.figurePlaces.admin1)],
      ['figure city', ...t(r.figurePlaces.city)],
      ['event admin1', ...t(r.eventPlaces.admin1)],
      ['event city', ...t(r.eventPlaces.city)],
      ['event date', ...t(r.eventDates.date)],
      ['event end', ...t(r.eventDates.end)],
      ['publishedAt', ...t(r.publishedAt)],
    ]),
  ];
  const shown = misses === undefined ? r.misses : spread(r.misses, misses);
  if (shown.length > 0) {
    out.push('', `misses (${shown.length} of ${r.misses.length}):`);
    out.push(table([['document', 'what', 'expected', 'found'], ...shown.map((m) => [m.document, m.what, m.expected, m.found])]));
  }
  return out.join('\n');
}

function formatGva(r: GvaReport, misses: number | undefined): string {
  const count = (x: GvaReport['killed']) => [...t(x), String(x.over), String(x.under), String(x.elsewhere), '-'];
  const field = (x: GvaReport['state']) => [...t(x), '-', '-', '-', String(x.none)];
  const offsets = Object.entries(r.dateOffsets)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k}: ${n}`)
    .join(', ');
  const out = [
    `gva: ${r.articles} article(s)${r.missingPredictions.length ? `, ${r.missingPredictions.length} without a result` : ''}`,
    '',
    table([
      ['', 'right', '', 'over', 'under', 'elsewhere', 'none'],
      ['killed', ...count(r.killed)],
      ['injured', ...count(r.injured)],
      ['state', ...field(r.state)],
      ['city', ...field(r.city)],
      ['date', ...field(r.date)],
    ]),
    '',
    `elsewhere: the right count was among the article's figures of the kind, but not the one read`,
    `date offsets (predicted − gold, days): ${offsets || '-'}`,
    `baselines: always 0 killed ${pct(r.baselines.always0Killed)}, always 1 killed ${pct(r.baselines.always1Killed)}, ` +
      `always 0 injured ${pct(r.baselines.always0Injured)}`,
  ];
  const shown = spread(r.misses, misses ?? 10);
  if (shown.length > 0) {
    out.push('', `misses (${shown.length} of ${r.misses.length} articles; gold → found):`);
    const pair = (g: string | number | null, f: string | number | null) => (g === f ? String(g ?? '') : `${g ?? '-'} → ${f ?? '-'}`);
    out.push(
      table([
        ['id', 'killed', 'injured', 'state', 'city', 'date'],
        ...shown.map((m) => [
          m.id,
          pair(m.gold.killed, m.found.killed),
          pair(m.gold.injured, m.found.injured),
          m.fields.includes('state') ? pair(m.gold.state, m.found.state) : 'ok',
          m.fields.includes('city') ? pair(m.gold.city, m.found.city) : 'ok',
          m.fields.includes('date') ? pair(m.gold.date, m.found.date) : 'ok',
        ]),
      ]),
    );
  }
  return out.join('\n');
}

function formatCase(r: CaseReport, misses: number | undefined): string {
  const confusions = r.confusions.slice(0, misses ?? 15);
  return [
    `case: ${r.snippets} snippet(s)${r.missingPredictions.length ? `, ${r.missingPredictions.length} without a result` : ''}`,
    `accuracy ${num3(r.accuracy)}   macro F1 ${num3(r.macroF1)}   weighted F1 ${num3(r.weightedF1)}`,
    '',
    table([
      ['label', 'precision', 'recall', 'F1', 'support', 'predicted'],
      ...r.labels.map((l) => [l.label, num3(l.precision), num3(l.recall), num3(l.f1), String(l.support), String(l.predicted)]),
    ]),
    '',
    `most frequent confusions (${confusions.length} of ${r.confusions.length}; gold → predicted):`,
    table(confusions.map((c) => [`${c.gold} → ${c.predicted}`, String(c.count)])),
  ].join('\n');
}

function formatIncidents(r: IncidentsReport): string {
  return [
    `gva-incidents: ${r.articles} article(s) in ${r.goldIncidents} gold incident(s); ${r.predictedIncidents} predicted incident(s)`,
    '',
    table([
      ['B³', 'precision', 'recall', 'F1'],
      ['predicted', num3(r.b3.precision), num3(r.b3.recall), num3(r.b3.f1)],
      ['every article alone', '1.000', '-', num3(r.baselineAloneF1)],
    ]),
    '',
    table([
      ['incident figures', 'right', ''],
      ['killed', ...t(r.killed)],
      ['injured', ...t(r.injured)],
    ]),
    '',
    `gold incidents split over several predicted: ${r.split}; predicted incidents merging several gold: ${r.merged}`,
    `gold articles in no predicted incident: ${r.articlesAlone}; in more than one: ${r.articlesInSeveral}`,
  ].join('\n');
}

/** The report as text for people; `misses` caps the misses listed (full: all by default, gva: 10). */
export function formatReport(report: EvalReport, misses?: number): string {
  switch (report.kind) {
    case 'full':
      return formatFull(report, misses);
    case 'gva':
      return formatGva(report, misses);
    case 'case':
      return formatCase(report, misses);
    case 'gva-incidents':
      return formatIncidents(report);
  }
}

/** The report for machines: gva misses cut to an even sample of `misses` (default 10), full misses to `misses` if given. */
export function reportJson(report: EvalReport, misses?: number): EvalReport {
  if (report.kind === 'gva') return { ...report, misses: spread(report.misses, misses ?? 10) };
  if (report.kind === 'full' && misses !== undefined) return { ...report, misses: spread(report.misses, misses) };
  return report;
}
