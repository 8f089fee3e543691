import type { FigureHistory, FigureSummarizer, HistoryEntry } from '../store/store.js';

/**
 * The reconciled view of one figure kind from its history: UCDP-style low / best / high.
 * Rule (conservative best): reports of other scopes (statistics, comparisons) are left out; each
 * independent source (a near-duplicate counts as its original) contributes its latest report;
 * `best` is the largest of those latest values that is an exact or lower-bound reading (tolls
 * grow as the dead are counted; an upper bound never raises it), `low` the smallest, `high` the
 * largest upper bound (the value when open-ended). Differing latest values are a contradiction.
 */
export function reconcileHistory(history: HistoryEntry[]): Omit<FigureHistory, 'history'> | null {
  const relevant = history.filter((h) => h.scope !== 'other');
  if (relevant.length === 0) return null;
  const latest = new Map<string, HistoryEntry>();
  for (const entry of relevant) latest.set(entry.duplicateOf ?? entry.document, entry);
  const values = [...latest.values()];
  const floors = values.filter((h) => h.qualifier !== 'at_most' && h.qualifier !== 'less_than');
  const best = Math.max(...(floors.length ? floors : values).map((h) => h.value));
  const low = Math.min(...values.map((h) => h.low));
  const high = Math.max(best, ...values.map((h) => h.high ?? h.value));
  const distinct = new Set(values.map((h) => h.value));
  return { low, best, high, contradiction: distinct.size > 1, sources: latest.size };
}

/**
 * The summarizer the resolver hands the store: history grouped by figure kind, each reconciled
 * by {@link reconcileHistory}, the full history kept beside it.
 */
export const summarizeFigures: FigureSummarizer = (history) => {
  const byKind = new Map<string, HistoryEntry[]>();
  for (const entry of history) {
    const list = byKind.get(entry.kind);
    if (list) list.push(entry);
    else byKind.set(entry.kind, [entry]);
  }
  const out: Partial<Record<string, FigureHistory>> = {};
  for (const [kind, entries] of byKind) {
    const view = reconcileHistory(entries);
    if (view) out[kind] = { ...view, history: entries };
  }
  return out;
};
