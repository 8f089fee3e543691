import type { Span } from '../model/index.js';

/** A web address written in the text: a scheme or "www." up to the next space, quote or bracket. */
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"'()\[\]]+/gi;

/**
 * The web addresses written in a text, as spans: their words ("…/kazakhstan-says-164-people-
 * killed-in-protests/") are a link's name for the story, not the story's own words, so readers
 * of cues skip them. A trailing full stop or comma ends the sentence, not the address.
 * @example webAddresses('Report by AP, https://example.org/riots-in-x/. Police said…') // [{ start: 14, end: 45 }]
 */
export function webAddresses(text: string): Span[] {
  if (!text.includes('://') && !/www\./i.test(text)) return [];
  const out: Span[] = [];
  for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) {
    const end = m.index + m[0].replace(/[.,;:!?]+$/, '').length;
    out.push({ start: m.index, end });
  }
  ADDRESS.lastIndex = 0;
  return out;
}
