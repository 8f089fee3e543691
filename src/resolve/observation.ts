import type { Event, EventType, FigureKind, Result, Scope } from '../model/index.js';
import { FAMILY } from './families.js';
import { distinctiveTerms } from './terms.js';

/**
 * What incident matching knows of one event of one document (or of the document itself when it has
 * no event): plain JSON, so a store can keep it and load it back to rebuild the index.
 */
export interface Observation {
  /** `document#event` (`document#` for a document without events): unique. */
  key: string;
  document: string;
  event: string | null;
  /** The event's date (its start) as days since 1970-01-01; null when not known. */
  day: number | null;
  /** The document's publication date as days since 1970-01-01; null when not known. */
  reportedDay: number | null;
  type: EventType | null;
  country: string | null;
  admin1: string | null;
  city: string | null;
  /** Figures of the event: kind, value, scope. */
  figures: { kind: FigureKind; value: number; scope: Scope }[];
  /** The document's distinctive terms with counts (see terms.ts), shared by all its events. */
  terms: [string, number][];
  /** The document this one near-duplicates, or null. */
  duplicateOf: string | null;
  /** The site the document came from (URL host, else outlet name): its boilerplate terms are discounted. */
  site?: string | null;
  /**
   * A country-wide event of a crisis (unrest, emergency measures, conflict, or a cumulative toll):
   * it may join a running incident over the long crisis window.
   */
  crisis: boolean;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date or date-time (its date part); null when unreadable. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}

// "http://web.archive.org/web/20170316043921/http://wate.com/2016/…": the archived page's host
const ARCHIVED = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(.+)$/i;

/** The host of a URL without `www.` (through web.archive.org to the archived page); null when none. */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const inner = ARCHIVED.exec(url)?.[1] ?? url;
  try {
    return new URL(/^https?:/i.test(inner) ? inner : `http://${inner}`).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Families whose country-wide events are crisis events. */
export const CRISIS_FAMILIES: ReadonlySet<string> = new Set(['unrest', 'measures', 'conflict']);

/** Is this event a crisis-scale one (see {@link Observation.crisis})? */
function isCrisis(event: Event, result: Result): boolean {
  // country-wide only: a state-level place is as often a local story whose town was not found
  if (event.location?.precision !== 'country') return false;
  if (CRISIS_FAMILIES.has(FAMILY[event.type])) return true;
  return result.figures.some((f) => f.event === event.id && f.scope === 'cumulative');
}

/**
 * The observations of one extraction result, in event order (`events[0]`, the main event, first);
 * one document-level observation when it has no events. `text` is the document text the terms
 * are read from (title included by the caller when it wants).
 * @example observationsOf(result, doc.title + '\n\n' + doc.text)
 */
export function observationsOf(result: Result, text: string, duplicateOf: string | null = result.document.duplicateOf): Observation[] {
  const terms = [...distinctiveTerms(text)];
  const reportedDay = dayNumber(result.document.publishedAt);
  const site = siteOf(result.document.url) ?? result.document.outlet?.toLowerCase() ?? null;
  const base = { document: result.id, reportedDay, terms, duplicateOf, site };
  if (result.events.length === 0) {
    return [{ ...base, key: `${result.id}#`, event: null, day: null, type: null, country: null, admin1: null, city: null, figures: [], crisis: false }];
  }
  return result.events.map((event) => ({
    ...base,
    key: `${result.id}#${event.id}`,
    event: event.id,
    day: dayNumber(event.date?.start ?? null),
    type: event.type,
    country: event.location?.country ?? null,
    admin1: event.location?.admin1 ?? null,
    city: event.location?.city ?? null,
    figures: result.figures.filter((f) => f.event === event.id).map((f) => ({ kind: f.kind, value: f.value, scope: f.scope })),
    crisis: isCrisis(event, result),
  }));
}
