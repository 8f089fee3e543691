/** Function words that carry no event type. */
const STOP = new Set('the a an of in on at to and or for with by from as is are was were be been has have had it its this that these those their his her they he she which who said says also after said'.split(' '));

/** A light stemmer: "attacked", "attacks", "attacking" → "attack". */
function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const WORD = /[a-z][a-z'-]*/g;

/**
 * The words the event model reads, in order: stemmed, lower case, without function words and numbers.
 * @example modelWords('Warplanes bombed the town') // ['warplan', 'bomb', 'town']
 */
export function modelWords(text: string): string[] {
  const words: string[] = [];
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    if (!STOP.has(m[0])) words.push(stem(m[0]));
  }
  return words;
}

/**
 * The features the event model reads: its words ({@link modelWords}), then each pair of adjacent
 * words joined by a space.
 * @example features('Warplanes bombed the town') // ['warplan', 'bomb', 'town', 'warplan bomb', 'bomb town']
 */
export function features(text: string): string[] {
  const words = modelWords(text);
  const out = words.slice();
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]} ${words[i]}`);
  return out;
}
