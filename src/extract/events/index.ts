import type { Actor, DateValue, Event, EventType, Evidence, Figure, Location, Span } from '../../model/index.js';
import { EVENT_TYPES, evidenceOf } from '../../model/index.js';
import type { Analysis, Sentence } from '../../analyse/analysis.js';
import { dateOf } from '../../analyse/dates/index.js';
import { locate } from '../../analyse/places/index.js';
import { webAddresses } from '../../analyse/addresses.js';
import { findCues, type CueMatch } from './cues.js';
import { decide, type Candidate } from './decide.js';
import { actorMentions, findActors, type ActorMention } from './actors.js';
import { datesCompatible, distinctPlaces, locationsCompatible, subtypesCompatible } from './merge.js';
import { LINKABLE } from './link.js';
import { modelScores, MODEL_WEIGHT } from './model.js';

/** A candidate below this score only joins an event another sentence reports. */
const MIN_SCORE = 1.1;
/** The least score a type backed by the model alone needs to make the main event. */
const MODEL_ONLY_MIN = 0.6;
/** Figure kinds that count casualties. */
const HARM_KINDS = new Set(['killed', 'injured', 'casualties', 'hospitalized', 'critical']);
/** Types that usually follow another event the article is about (the arrest after a shooting). */
const FOLLOW_UP = new Set<EventType>(['ARREST', 'DISR_WEAP', 'ORG_CRIME']);
/** Weight of the title in choosing the main event (the lead sentence has 1.5). */
const TITLE_WEIGHT = 2;

interface Draft {
  /** Indexes of `sentences` already in `sentences`. */
  seen: Set<number>;
  type: EventType;
  subtype: string | null;
  score: number;
  first: number;
  sentences: Sentence[];
  location: Location | null;
  date: DateValue | null;
  actors: Actor[];
}

/** How much a sentence counts for "what is this article about": the lead most, then less and less. */
function positionWeight(rank: number): number {
  if (rank === 0) return 1.5;
  if (rank === 1) return 1.2;
  return Math.max(0.4, 1 - 0.06 * (rank - 2));
}

function inside(spans: Span[], s: Span): boolean {
  return spans.some((x) => x.start <= s.start && s.end <= x.end);
}

function sentenceAt(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Scores of each type for the whole document: every sentence's candidates weighted by position,
 * the title's, and the trained model's probabilities over the title and lead (model.ts).
 */
export function documentScores(title: string | null, perSentence: Candidate[][], lead: string, withModel = true): Map<EventType, number> {
  const scores = new Map<EventType, number>();
  const add = (t: EventType, v: number) => scores.set(t, (scores.get(t) ?? 0) + v);
  perSentence.forEach((cands, rank) => {
    for (const c of cands) add(c.type, c.score * positionWeight(rank) * (c.framed ? 0.3 : 1));
  });
  if (title) for (const c of decide(findCues(title, []))) add(c.type, c.score * TITLE_WEIGHT * (c.framed ? 0.3 : 1));
  // the model adds at most MODEL_WEIGHT to a type: when the rules lead by more, it cannot change the answer
  let top = 0;
  let second = 0;
  for (const v of scores.values()) {
    if (v > top) [top, second] = [v, top];
    else if (v > second) second = v;
  }
  const probs = withModel && top - second <= MODEL_WEIGHT ? modelScores(`${title ?? ''}\n${lead}`) : null;
  if (probs) EVENT_TYPES.forEach((t, i) => add(t, MODEL_WEIGHT * probs[i]!));
  return scores;
}

/** A document read sentence by sentence: the candidates of each, its title and lead. */
export interface Reading {
  sentences: Sentence[];
  perSentence: Candidate[][];
  /** The title when the text does not already hold it. */
  title: string | null;
  lead: string;
}

/** Sentences of the lead: the title (when the text holds it) and the first sentence, or the first two. */
const LEAD_SENTENCES = 2;

/** Step 1: the cues and candidate types of every sentence not ignored; null for an empty text. */
export function readDocument(analysis: Analysis): Reading | null {
  const { doc } = analysis;
  const text = doc.text;
  const sentences = analysis.sentences.filter((s) => !inside(doc.ignored, s));
  if (sentences.length === 0) return null;
  // a link's words ("…/riots-in-almaty-leave-8-dead/") are no cues of the story's own
  const addresses = webAddresses(text);
  const matches = findCues(text, addresses.length ? [...doc.ignored, ...addresses] : doc.ignored, sentences);
  // arrays built by push, not by `map`, whose result V8 makes packed or holey by turns: optimised
  // code that meets the other kind deoptimises
  const bySentence: CueMatch[][] = [];
  for (let i = 0; i < sentences.length; i++) bySentence.push([]);
  for (const m of matches) {
    const i = sentenceAt(sentences, m.start);
    if (i >= 0) bySentence[i]!.push(m);
  }
  const perSentence: Candidate[][] = [];
  for (const ms of bySentence) perSentence.push(ms.length ? decide(ms) : []);
  const lead = text.slice(sentences[0]!.start, sentences[Math.min(LEAD_SENTENCES, sentences.length) - 1]!.end);
  const heading = doc.info.title?.trim() || null;
  // the title is read on its own when the text does not hold it, or holds it only in an ignored header
  const at = heading ? text.indexOf(heading) : -1;
  const title = heading && (at < 0 || doc.ignored.some((s) => s.start <= at && at < s.end)) ? heading : null;
  return { sentences, perSentence, title, lead };
}

/**
 * Typed events of one document (ACLED's 25 sub-event types and five more, docs/event-types.md):
 *
 * 1. find the cues of every sentence not ignored (lexicon-*.ts) and decide what types they report
 *    (decisions.ts);
 * 2. choose the main type from the title, the lead and the figures, backed by the trained model;
 * 3. merge the sentences that report the same type, subtype, place and date into one event;
 * 4. give each event its place, date and actors, and link each figure to the event it counts;
 * 5. put the main event first.
 *
 * Sets `figure.event` on every figure it links and fills `event.figures`.
 * @example extractEvents(analysis, figures)[0].type  // 'ATTACK' for "A man was shot and killed …"
 */
export function extractEvents(analysis: Analysis, figures: Figure[]): Event[] {
  const { doc } = analysis;
  const text = doc.text;
  const reading = readDocument(analysis);
  if (!reading) return [];
  const { sentences, perSentence } = reading;

  // 2. the main type
  const scores = documentScores(reading.title, perSentence, reading.lead);
  let mainType: EventType | null = null;
  let best = 0;
  for (const [t, v] of scores) if (v > best) [mainType, best] = [t, v];

  // the sentences that count casualties (killed, injured, …)
  const { harmAt, countedAt, firstHarm } = harmSentences(figures, sentences);

  // 3. merge candidates into events, in reading order
  const drafts: Draft[] = [];
  const pending: { c: Candidate; s: Sentence }[] = [];
  const mentionsOf: (ActorMention[] | undefined)[] = [];
  // one place per sentence: what a sentence reports happens where it says
  const placeOf = new Map<number, Location | null>();
  perSentence.forEach((cands, i) => {
    const sentence = sentences[i]!;
    for (const c of cands) {
      if (c.framed || c.score < MIN_SCORE) {
        pending.push({ c, s: sentence });
        continue;
      }
      // one event: same type and subtype, same country, dates that overlap; or the same story
      // going on in the next sentence of the paragraph. A sentence that counts its own casualties
      // in another region or city is another incident ("violent protests in Kyzylorda left 182 injured").
      const ownHarm = harmAt.has(sentence.index);
      const fits = (d: Draft) => d.type === c.type && subtypesCompatible(d.subtype, c.subtype);
      const continues = (d: Draft) => {
        const last = d.sentences[d.sentences.length - 1]!;
        return last.paragraph === sentence.paragraph && sentence.index - last.index <= 2;
      };
      // the story going on needs no place or date of its own (and they are costly to find)
      let same = ownHarm ? undefined : drafts.find((d) => fits(d) && continues(d));
      let location: Location | null = null;
      let date: DateValue | null = null;
      if (!same) {
        if (!placeOf.has(i)) placeOf.set(i, locate(analysis, c.trigger));
        location = placeOf.get(i)!;
        date = eventDate(c.type, dateOf(analysis, c.trigger));
        same = drafts.find((d) => {
          if (!fits(d)) return false;
          if (ownHarm && (distinctPlaces(d.location, location) || (d.location?.precision === 'country' && location !== null && location.precision !== 'country'))) return false;
          return continues(d) || (locationsCompatible(d.location, location) && datesCompatible(d.date, date));
        });
      }
      // actors from the first sentences of an event: later ones rarely name new ones
      const wantActors = !same || same.sentences.length < 3;
      if (wantActors) mentionsOf[i] ??= actorMentions(text, sentence);
      const actors = wantActors ? findActors(mentionsOf[i]!, c.trigger) : [];
      if (same) {
        if (!same.seen.has(sentence.index)) {
          same.seen.add(sentence.index);
          same.sentences.push(sentence);
        }
        same.score += c.score;
        same.subtype ??= c.subtype;
        same.location ??= location;
        same.date ??= date;
        for (const a of actors) if (!same.actors.some((x) => x.kind === a.kind && x.role === a.role)) same.actors.push(a);
      } else {
        drafts.push({ seen: new Set([sentence.index]), type: c.type, subtype: c.subtype, score: c.score, first: sentence.start, sentences: [sentence], location, date, actors });
      }
    }
  });
  for (const { c, s } of pending) {
    const same = drafts.find((d) => d.type === c.type && subtypesCompatible(d.subtype, c.subtype));
    if (same && !same.seen.has(s.index)) {
      same.seen.add(s.index);
      same.sentences.push(s);
    }
  }

  // 5. the main event first: the earliest event of the main type, else one made from the lead;
  // an arrest or a seizure that follows a shooting is news about the shooting when the shooting's
  // casualties are counted ("Man arrested in shooting of Millbrook girl")
  if (mainType && FOLLOW_UP.has(mainType)) {
    const harm = drafts.find((d) => LINKABLE.killed.includes(d.type) && !FOLLOW_UP.has(d.type) && d.sentences.some((s) => countedAt.has(s.index)));
    if (harm) mainType = harm.type;
  }
  let mainIndex = mainType ? drafts.findIndex((d) => d.type === mainType) : -1;
  if (mainIndex < 0 && mainType && best >= MODEL_ONLY_MIN) {
    const s = sentences[0]!;
    drafts.unshift({ seen: new Set([s.index]), type: mainType, subtype: null, score: best, first: s.start, sentences: [s], location: locate(analysis, s), date: dateOf(analysis, s), actors: [] });
    mainIndex = 0;
  }
  if (mainIndex > 0) drafts.unshift(drafts.splice(mainIndex, 1)[0]!);
  // people counted as killed or injured with no event word around them: the likeliest kind of harm
  const counted = drafts.length === 0 ? firstHarm : undefined;
  if (counted) {
    const at = sentenceAt(sentences, counted.evidence[0]!.start);
    if (at >= 0) {
      const s = sentences[at]!;
      let type: EventType = 'ATTACK';
      let top = 0;
      for (const [t, v] of scores) if (LINKABLE.killed.includes(t) && v > top) [type, top] = [t, v];
      drafts.push({ seen: new Set([s.index]), type, subtype: null, score: 0.5, first: s.start, sentences: [s], location: locate(analysis, s), date: dateOf(analysis, s), actors: [] });
    }
  }
  if (drafts.length === 0) return [];

  // built by push, not by `map` (see readDocument)
  const events: Event[] = [];
  for (const d of drafts) {
    events.push({
      id: `e${events.length + 1}`,
      type: d.type,
      subtype: d.subtype,
      date: d.date ?? publicationDay(doc.reference),
      location: d.location,
      actors: d.actors,
      figures: [],
      evidence: evidenceIn(text, d.sentences.sort((a, b) => a.start - b.start)),
      confidence: Math.round(Math.min(0.95, 0.3 + 0.65 * (1 - Math.exp(-d.score / 2.5))) * 100) / 100,
    });
  }

  // 4. figures to events
  linkFigures(events, figures, sentences);
  return events;
}

/**
 * The indexes of the sentences that count casualties (`harmAt`) and of those that count this
 * incident's killed or injured (`countedAt`); the first figure of casualties of the incident. One
 * pass over the figures for all three.
 */
function harmSentences(figures: Figure[], sentences: Sentence[]): { harmAt: Set<number>; countedAt: Set<number>; firstHarm: Figure | undefined } {
  const harmAt = new Set<number>();
  const countedAt = new Set<number>();
  let firstHarm: Figure | undefined;
  for (const f of figures) {
    if (!firstHarm && HARM_KINDS.has(f.kind) && f.scope === 'incident' && f.evidence[0]) firstHarm = f;
    const p = f.evidence[0] ? sentenceAt(sentences, f.evidence[0].start) : -1;
    if (p < 0) continue;
    if (HARM_KINDS.has(f.kind)) harmAt.add(sentences[p]!.index);
    if ((f.kind === 'killed' || f.kind === 'injured') && f.scope !== 'other') countedAt.add(sentences[p]!.index);
  }
  return { harmAt, countedAt, firstHarm };
}

/** The evidence of each sentence, in an array built by push (one element kind, see readDocument). */
function evidenceIn(text: string, sentences: Sentence[]): Evidence[] {
  const evidence: Evidence[] = [];
  for (const s of sentences) evidence.push(evidenceOf(text, s));
  return evidence;
}

/**
 * An event's date from the date nearest its trigger; "until January 19" (an open start) dates
 * only a measure that lasts (OTHER: emergencies, curfews, suspensions), not what else the
 * sentence reports.
 */
function eventDate(type: EventType, date: DateValue | null): DateValue | null {
  if (date && date.start === null && type !== 'OTHER') return null;
  return date;
}

/** The day of publication, the default date of an event the text gives no date for. */
function publicationDay(reference: string | null): DateValue | null {
  if (!reference || !/^\d{4}-\d{2}-\d{2}/.test(reference)) return null;
  const day = reference.slice(0, 10);
  return { start: day, end: day, precision: 'day' };
}

/**
 * Links each figure to the event it counts: the main event when the figure is in the lead (the
 * article's or the main event's first two sentences) and the type fits; else an event of a fitting
 * type in its own sentence, else in the three sentences before it, else the main event when the
 * type fits.
 */
function linkFigures(events: Event[], figures: Figure[], sentences: Sentence[]): void {
  const eventsAt = new Map<number, number[]>();
  for (let i = 0; i < events.length; i++) {
    for (const ev of events[i]!.evidence) {
      const p = sentenceAt(sentences, ev.start);
      const here = eventsAt.get(p);
      if (here) here.push(i);
      else eventsAt.set(p, [i]);
    }
  }
  // the main event's own lead: the first sentence that reports it and the one after
  const mainFirst = events[0]?.evidence[0] ? sentenceAt(sentences, events[0].evidence[0].start) : -1;
  const inLead = (at: number) => at >= 0 && (at < LEAD_SENTENCES || (mainFirst >= 0 && at >= mainFirst && at < mainFirst + LEAD_SENTENCES));
  for (const figure of figures) {
    const span = figure.evidence[0];
    if (!span) continue;
    const types = LINKABLE[figure.kind];
    const at = sentenceAt(sentences, span.start);
    let target: Event | null = null;
    // the lead (the first two sentences, and the main event's first two) counts what the article
    // is about: its figures are the main event's, even when a sentence of the lead also gave rise
    // to another event
    if (inLead(at) && figure.scope !== 'other' && events[0] && types.includes(events[0].type)) target = events[0];
    for (let back = 0; back <= 3 && !target && at >= 0; back++) {
      const idx = eventsAt.get(at - back)?.find((i) => types.includes(events[i]!.type));
      if (idx !== undefined) target = events[idx]!;
    }
    if (!target && figure.scope !== 'other' && events[0] && types.includes(events[0].type)) target = events[0];
    if (!target) continue;
    figure.event = target.id;
    target.figures.push(figure.id);
  }
}
