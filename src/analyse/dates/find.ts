/**
 * Finds every date expression of a text and resolves it against the reference time.
 *
 * 1. read the reference (`doc.reference`, ISO local time) into a day number: no clock, no time zone;
 * 2. scan the text once for the head words of all rules (one combined regex), and read each
 *    rule's expression from its head with that rule's sticky regex;
 * 3. refine: longest match wins, weekday/clock joined to their date, ranges, since/until, anaphors;
 * 4. convert to DateMentions with ISO dates; relative ones stay open without a reference
 *    (one W_DATE_NO_REFERENCE message on the document).
 */
import type { DateValue, Message } from '../../model/index.js';
import type { DateMention } from '../analysis.js';
import { isoOf, parseReference, type Reference } from './calendar.js';
import { parsePublicationDate } from './publication.js';
import { applyBounds, mergeNeighbours, mergeRanges, removeOverlaps, resolveAnaphors, type Found } from './refine.js';
import { UNRESOLVED, type DayValue } from './resolve.js';
import { DATE_RULES } from './rules.js';

/** The head words of every rule, one capture group per rule, tried at word boundaries. */
const HEADS = new RegExp(String.raw`\b(?:${DATE_RULES.map((r) => `(${r.head})`).join('|')})`, 'g');

/** The code of the message left on a document whose relative dates could not be resolved. */
export const NO_REFERENCE = 'W_DATE_NO_REFERENCE';

/** Date mentions of `text` with the reference already read, plus any message to attach to the document. */
export function findDatesIn(text: string, reference: string | null): { mentions: DateMention[]; messages: Message[] } {
  // an ISO reference as the contract says; a written one ("January 8, 2022, 8:21 am") is read too
  const ref: Reference | null = parseReference(reference) ?? (reference ? parseReference(parsePublicationDate(reference)) : null);
  const ctx = { text, ref };
  const found: Found[] = [];
  HEADS.lastIndex = 0;
  for (let head = HEADS.exec(text); head !== null; head = HEADS.exec(text)) {
    let group = 1;
    while (head[group] === undefined) group++;
    const rule = DATE_RULES[group - 1]!;
    rule.pattern.lastIndex = head.index;
    const m = rule.pattern.exec(text);
    const match = m && rule.match(m, ctx);
    if (match) found.push({ start: match.start, end: match.end, kind: rule.kind, rule: match.rule ?? rule.name, value: match.value });
  }
  const refined = resolveAnaphors(text, applyBounds(text, ref, mergeRanges(text, mergeNeighbours(text, removeOverlaps(found)))));
  const mentions: DateMention[] = [];
  let unresolved: Found | null = null;
  for (const f of refined) {
    if (f.value === UNRESOLVED) unresolved ??= f;
    const value = f.value === UNRESOLVED ? { start: null, end: null, precision: 'day' as const } : isoValue(f.value);
    mentions.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), value, rule: f.rule });
  }
  const messages: Message[] = unresolved
    ? [{
        code: NO_REFERENCE,
        message: `"${text.slice(unresolved.start, unresolved.end)}" and other relative dates need the publication time, which was not found: pass publishedAt to resolve them.`,
        start: unresolved.start,
        end: unresolved.end,
      }]
    : [];
  return { mentions, messages };
}

function isoValue(v: DayValue): DateValue {
  return { start: v.start === null ? null : isoOf(v.start), end: v.end === null ? null : isoOf(v.end), precision: v.precision };
}
