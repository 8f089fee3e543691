import type { Span } from '../model/index.js';

/** Pieces shorter than this are not compared (too common to show a repeat). */
const MIN_PIECE = 40;

/** Teasers are looked for among the first paragraphs only (keeps the check linear on long texts). */
const TEASER_PARAGRAPHS = 12;

/**
 * Paragraphs repeated elsewhere in the text, to be ignored so that nothing is counted twice:
 * an exact copy of an earlier paragraph, or a paragraph (a scraped teaser) whose every sentence-sized
 * piece appears in other paragraphs and that is not itself the single source of those pieces.
 * @example a teaser "A. B. […]" followed by paragraphs "A." and "B. C." → the teaser is ignored
 */
export function repeatedParagraphs(text: string, paragraphs: Span[]): Span[] {
  const out: Span[] = [];
  const seen = new Map<string, number>();
  const bodies = paragraphs.map((p) => text.slice(p.start, p.end));
  bodies.forEach((body, i) => {
    if (body.length < MIN_PIECE) return;
    if (seen.has(body)) {
      out.push(paragraphs[i]!);
      return;
    }
    seen.set(body, i);
    if (i >= TEASER_PARAGRAPHS) return;
    const pieces = body.split(/(?<=[.!?])\s+/).map((s) => (s.endsWith(']') ? s.replace(/\s*\[(?:…|\.\.\.)\]$/, '') : s)).filter((s) => s.length >= MIN_PIECE);
    if (pieces.length === 0) return;
    const holders = new Set<number>();
    for (const piece of pieces) {
      const at = bodies.findIndex((other, j) => j !== i && other.length > 0 && other.includes(piece));
      if (at < 0) return;
      holders.add(at);
    }
    // every piece is elsewhere, spread over several paragraphs, or the paragraph ends as a teaser
    if (holders.size > 1 || /\[(?:…|\.\.\.)\]$/.test(body)) out.push(paragraphs[i]!);
  });
  return out;
}
