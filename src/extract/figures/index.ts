import type { Figure, Span } from '../../model/index.js';
import { evidenceOf } from '../../model/index.js';
import type { Analysis, Sentence } from '../../analyse/analysis.js';
import { tokenize, type Token } from '../../analyse/tokens.js';
import { attributionOf, continuesPrevious, type Attribution } from '../../analyse/attribution.js';
import { candidatesOf } from './candidates.js';
import { hasHotWord, mayHoldFigure } from './triggers.js';
import { scopeOf } from './scope.js';
import { articleEnd, isHeadlineLike, isListEntry } from './noise.js';
import { refine, type Placed } from './refine.js';

export { candidatesOf, type Candidate } from './candidates.js';
export { hasHotWord, mayHoldFigure } from './triggers.js';
export { scopeOf } from './scope.js';

// "no one was hurt", "nobody was injured", "no injuries were reported" — but not "no one else", nor "no one was seriously hurt" (some were),
// nor a part or another place: "no one was injured inside", "none of them were hurt but for one neighbor", "a shootout in May
// where no one was injured"; "none of the injured were targets" is no negation
const NO_INJURY = /(?<!\b(?:where|which|whom) )\b(?:no one|nobody|no-one|none of them)\s+(?:was|were|is|has been|had been|got)?\s*(?:(?!seriously|critically|severely|badly|gravely)\w+ly\s+)?(?:hurt|injured|wounded|struck|hit)\b(?!\s+(?:was|were|is|are|had|have)\b)(?!\s+(?:inside|outside)\b|,?\s+(?:but for|except)\b)|\bno injuries\b(?! (?:other|besides))/i;

/**
 * Extracts every figure of the document: numbers of people killed, injured, detained… with kind,
 * qualifier, bounds, scope, subject, attribution chain (origin first) and evidence (the sentence,
 * then the number). Workflow:
 *
 * 1. skip ignored spans (header, repeated teaser), headline-like lines, and everything after the
 *    article proper ends ("Related:", "In other news", "Copyright");
 * 2. per sentence: candidates (number + trigger), the sentence's scope, its attribution — its own,
 *    or the previous sentence's when this one goes on with it ("Another 56 …"), else none;
 * 3. refine over the document: victims shot then dead, repeats, "no one was hurt".
 *
 * @example extractFigures(analysis).map((f) => [f.kind, f.value]) // [['detained', 3811], …]
 */
export function extractFigures(analysis: Analysis): Figure[] {
  const { doc, sentences } = analysis;
  const text = doc.text;
  const end = articleEnd(text, doc.paragraphs);
  const skipped = new Set<number>();
  doc.paragraphs.forEach((p, i) => {
    // (the page's first line is the story's own headline: "3 men shot in Eastfield"; later ones are links to other stories)
    if (isIgnored(doc.ignored, p) || (i === 0 ? isListEntry(text, p) : isHeadlineLike(text, p))) skipped.add(i);
  });
  const placed: Placed[] = [];
  // attribution of each sentence, computed only when a figure needs it (its own, else carried)
  const attributions = new Map<number, Attribution | null>();
  const attributionAt = (i: number): Attribution | null => {
    const known = attributions.get(i);
    if (known !== undefined) return known;
    const s = sentences[i]!;
    const sentence = text.slice(s.start, s.end);
    const prev = sentences[i - 1];
    const carried = prev && prev.paragraph === s.paragraph && !skipped.has(prev.paragraph) && continuesPrevious(sentence);
    const found = attributionOf(sentence, s.start) ?? (carried ? attributionAt(i - 1) : null);
    attributions.set(i, found);
    return found;
  };
  let previousParagraph = -1;
  let lastValue: number | null = null;
  let noInjury = false;
  for (const s of sentences) {
    if (s.start >= end) break;
    if (skipped.has(s.paragraph) || isIgnored(doc.ignored, s)) continue;
    if (s.paragraph !== previousParagraph) lastValue = null;
    previousParagraph = s.paragraph;
    const sentence = text.slice(s.start, s.end);
    if (!mayHoldFigure(sentence)) continue;
    if (!noInjury && /\b(?:no|No|NO|none|None)\b/.test(sentence) && NO_INJURY.test(sentence)) noInjury = true;
    // no hot word, no candidate: skip the tokenizer
    if (!hasHotWord(sentence)) continue;
    // "Who hurt his little brother?": a question tells no count
    if (sentence.includes('?') && QUESTION.test(sentence)) continue;
    const candidates = candidatesOf(unglue(tokenize(text, s.start, s.end)), lastValue);
    if (candidates.length === 0) continue;
    const attribution = attributionAt(s.index);
    const scope = scopeOf(sentence);
    // "… left a girl dead and three others injured.She moved here last year": each glued half has its own scope
    const cuts = gluedCuts(sentence, s.start);
    for (const c of candidates) {
      // an object literal, not `{ ...c, … }`: a spread of candidates of several shapes is slow
      placed.push({
        kind: c.kind, value: c.value, low: c.low, high: c.high, qualifier: c.qualifier, subject: c.subject,
        start: c.start, end: c.end, reference: c.reference, distinct: c.distinct, definite: c.definite, adjective: c.adjective, also: c.also, rule: c.rule,
        scope: cuts === null ? scope : scopeOf(partOf(text, s, cuts, c.start)),
        attribution: attribution ? attribution.chain.map((x) => ({ name: x.name, kind: x.kind })) : [],
        evidence: evidenceFor(text, s, c),
        sentence: s.index,
      });
      if (c.rule !== 'reference' && c.value > 0) lastValue = c.value;
    }
  }
  return refine(placed, noInjury);
}

/** A sentence that ends with a question mark after a word (maybe inside quotes; not ".?", a quote mark lost to a bad encoding). */
const QUESTION = /\p{L}\?["'”’)]*\s*$/u;

/** "injured.Authorities": a sentence end that lost its space (two lower-case letters, a full stop, a capital). */
const GLUED = /[a-z]{2}\.(?=[A-Z])/g;

/** Offsets in the text after each full stop that glues two sentences of `sentence` (starting at `offset`); null when none. */
function gluedCuts(sentence: string, offset: number): number[] | null {
  let cuts: number[] | null = null;
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(sentence); m !== null; m = GLUED.exec(sentence)) (cuts ??= []).push(offset + m.index + 3);
  return cuts;
}

/** The glued part of sentence `s` (cut at `cuts`) that holds the offset `at`. */
function partOf(text: string, s: Span, cuts: readonly number[], at: number): string {
  let from = s.start;
  for (const cut of cuts) {
    if (at < cut) return text.slice(from, cut);
    from = cut;
  }
  return text.slice(from, s.end);
}

/**
 * Splits tokens that glue two sentences together ("two others wounded.Officials say"), so that
 * their words can be read; offsets stay those of the text.
 */
export function unglue(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.text.length > 4 && t.text.includes('.'))) return tokens;
  // (a token whose lower case changed length cannot be cut at the same places)
  const out: Token[] = [];
  for (const t of tokens) {
    if (t.lower.length !== t.text.length) {
      out.push(t);
      continue;
    }
    let from = 0;
    GLUED.lastIndex = 0;
    for (let m = GLUED.exec(t.text); m !== null; m = GLUED.exec(t.text)) {
      const dot = m.index + 2;
      out.push(piece(t, from, dot), piece(t, dot, dot + 1));
      from = dot + 1;
    }
    out.push(from === 0 ? t : piece(t, from, t.text.length));
  }
  return out;
}

function piece(t: Token, from: number, to: number): Token {
  const text = t.text.slice(from, to);
  return { start: t.start + from, end: t.start + to, text, lower: t.lower.slice(from, to) };
}

function evidenceFor(text: string, s: Sentence, span: Span) {
  const sentence = evidenceOf(text, s);
  return span.start === s.start && span.end === s.end ? [sentence] : [sentence, evidenceOf(text, span)];
}

function isIgnored(ignored: readonly Span[], span: Span): boolean {
  for (const i of ignored) if (i.start <= span.start && span.end <= i.end) return true;
  return false;
}
