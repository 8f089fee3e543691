import type { Location, Span } from '../../model/index.js';
import type { Analysis, PlaceMention, PreparedDocument, Sentence } from '../analysis.js';
import { gazetteer } from './gazetteer.js';
import { findCandidates, slugCandidates, titleCandidates } from './recognise.js';
import { resolveCandidates, type Focus, type Resolved } from './resolve.js';
import { chooseInSentence, commonPlace, refine } from './locate.js';

export { gazetteer, Gazetteer, GAZETTEER_PATH } from './gazetteer.js';
export { normalizeName } from './normalize.js';

/** What findPlaces learnt about a document, kept for locate(). */
export interface DocumentPlaces {
  places: Resolved[];
  focus: Focus;
  sentences: readonly Sentence[];
}

const byDocument = new WeakMap<PreparedDocument, DocumentPlaces>();

/**
 * Finds the place mentions of a document and resolves each to one GeoNames entry.
 *
 * 1. candidates: datelines, then capitalised names the gazetteer knows, with their context cues;
 * 2. gate and resolve: drop common words, first names and parts of longer names; pick each
 *    name's entry by the document's focus country and region, qualifiers, population, proximity;
 * 3. remember the document's focus for `locate`.
 *
 * @example findPlaces(doc, sentences) // "182 injured in the Kyzylorda region" → Kyzylorda (admin1, KZ)
 */
export function findPlaces(doc: PreparedDocument, sentences: Sentence[]): PlaceMention[] {
  const state = analyse(doc, sentences);
  return state.places.filter((p) => !p.candidate.ignored).map((p) => ({
    start: p.candidate.start,
    end: p.candidate.end,
    text: p.candidate.text,
    location: locationOf(p),
    rule: ruleOf(p),
  }));
}

function analyse(doc: PreparedDocument, sentences: readonly Sentence[]): DocumentPlaces {
  const known = byDocument.get(doc);
  if (known && known.sentences === sentences) return known;
  const candidates = findCandidates(doc, sentences).concat(titleCandidates(doc.info.title, doc.text), slugCandidates(doc.info.url));
  const { places, focus } = resolveCandidates(candidates, doc.info);
  const state: DocumentPlaces = { places, focus, sentences };
  byDocument.set(doc, state);
  return state;
}

/** The Location of a resolved mention; a town the index lacks keeps its name and its state's place. */
function locationOf(p: Resolved): Location {
  const l = gazetteer().toLocation(p.ref, p.display);
  if (!p.candidate.hit.unlisted) return l;
  return { ...l, name: p.display, city: p.display, geonameId: null, precision: 'city' };
}

function ruleOf(p: Resolved): string {
  const c = p.candidate;
  if (c.dateline) return c.qualifies ? 'dateline-qualifier' : 'dateline';
  if (c.qualifies) return 'qualifier';
  if (c.hit.demonym) return 'demonym';
  if (c.division) return 'region';
  return c.role === 'none' ? 'name' : c.role;
}

/**
 * Where what the text at `span` reports happened: a place in the same sentence first (the
 * nearest relevant one: "in X" over "from X"; the speaker's country for a statement: "the UK
 * government voiced concern" → GB), else the paragraph's, else the document's focus (dateline
 * place, else most mentioned place, else focus region or country). Null when the document names
 * no place at all.
 *
 * @example locate(analysis, figureEvidence) // "182 people injured" in "… in the Kyzylorda region …" → Kyzylorda
 */
export function locate(analysis: Analysis, span: Span): Location | null {
  const state = analyse(analysis.doc, analysis.sentences);
  const g = gazetteer();
  const sentence = sentenceAt(analysis.sentences, span.start);
  let chosen: Resolved | null = null;
  if (sentence) {
    chosen = chooseInSentence(g, analysis.doc.text, sentence, state.places.filter((p) => p.candidate.sentence === sentence.index && !p.candidate.ignored), span, state.focus);
    if (!chosen) {
      const inParagraph = state.places.filter((p) => p.candidate.paragraph === sentence.paragraph && p.candidate.start < span.start && !p.candidate.ignored);
      chosen = commonPlace(g, inParagraph, state.focus);
    }
  }
  if (chosen?.candidate.hit.unlisted) return locationOf(chosen);
  const ref = refine(g, chosen, state);
  if (ref < 0) return null;
  const unlisted = ref === state.focus.place ? undefined : state.places.find((p) => p.candidate.hit.unlisted && p.candidate.dateline && p.ref === ref);
  if (unlisted) return locationOf(unlisted);
  const display = chosen && chosen.ref === ref ? chosen.display : state.places.find((p) => p.ref === ref && p.display)?.display;
  return g.toLocation(ref, display);
}

function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  for (const s of sentences) if (s.start <= at && at < s.end) return s;
  return undefined;
}
