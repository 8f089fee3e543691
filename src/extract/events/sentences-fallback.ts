import type { Sentence } from '../../analyse/analysis.js';

const BOUNDARY = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])|\n\s*\n?/g;

/**
 * The sentences to read: the analysis's own, or — while the analysis still hands over the whole
 * text as one sentence — a plain split at sentence punctuation and line breaks.
 */
export function sentencesOf(text: string, sentences: Sentence[]): Sentence[] {
  if (sentences.length !== 1 || text.length < 300) return sentences;
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m[0][0] === '\n' ? m.index : m.index + 1 + (/["”’)]/.test(m[0][1] ?? '') ? 1 : 0);
    if (end > start && text.slice(start, end).trim()) out.push({ start, end, index: out.length, paragraph });
    if (m[0].includes('\n')) paragraph++;
    start = m.index + m[0].length;
  }
  if (start < text.length && text.slice(start).trim()) out.push({ start, end: text.length, index: out.length, paragraph });
  return out;
}
