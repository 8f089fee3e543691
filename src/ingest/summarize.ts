import { figureHistories } from '../resolve/figures.js';
import type { FigureSummarizer } from '../store/store.js';

/**
 * The summarizer the resolver hands the store: an incident's history entries grouped by figure
 * kind, each in report order and reconciled to low / best / high with contradictions and
 * independent sources by the resolve algorithms' rule (`figureHistories`, src/resolve/figures.ts).
 */
export const summarizeFigures: FigureSummarizer = (history) => figureHistories(history);
