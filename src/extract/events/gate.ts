/**
 * Prefilters for the cue expressions: the beginnings a match must start with, read from the
 * expression itself — up to five letters of each word, across the literal space after a short
 * word ("to pr", "was rep", "a #" for "a 7-year-old": `#` stands for any digit), eight characters
 * at most — or a one-letter word. A cue whose beginnings are all absent from a text is not run on
 * it, which keeps extraction fast on articles that mention few event words.
 */

import type { Span } from '../../model/index.js';

type Node =
  | { kind: 'lit'; ch: string }
  | { kind: 'digit' }
  | { kind: 'group'; alts: Node[][] }
  | { kind: 'zero' }
  | { kind: 'stop' }
  | { kind: 'opt'; node: Node }
  | { kind: 'more'; node: Node };

function parse(src: string, pos: { i: number }): Node[][] {
  const alts: Node[][] = [[]];
  while (pos.i < src.length) {
    const c = src[pos.i]!;
    let node: Node;
    if (c === ')') break;
    if (c === '|') {
      alts.push([]);
      pos.i++;
      continue;
    }
    if (c === '(') {
      const look = /^\(\?(?:<[!=]|[!=])/.exec(src.slice(pos.i));
      pos.i += look ? look[0].length : src.startsWith('(?:', pos.i) ? 3 : 1;
      const inner = parse(src, pos);
      pos.i++;
      node = look ? { kind: 'zero' } : { kind: 'group', alts: inner };
    } else if (c === '\\') {
      const e = src[pos.i + 1]!;
      pos.i += 2;
      node = e === 'b' ? { kind: 'zero' } : e === 'd' ? { kind: 'digit' } : /[a-z]/i.test(e) ? { kind: 'stop' } : { kind: 'lit', ch: e };
    } else if (c === '[') {
      const end = src.indexOf(']', pos.i + 1);
      pos.i = end + 1;
      node = { kind: 'stop' };
    } else {
      pos.i++;
      node = c === '.' || c === '^' || c === '$' ? { kind: 'stop' } : { kind: 'lit', ch: c.toLowerCase() };
    }
    const q = src[pos.i];
    if (q === '?' || q === '*') {
      pos.i++;
      if (src[pos.i] === '?') pos.i++;
      node = { kind: 'opt', node };
    } else if (q === '+') {
      pos.i++;
      if (src[pos.i] === '?') pos.i++;
      node = { kind: 'more', node };
    } else if (q === '{') {
      const m = /^\{(\d+)(,\d*)?\}\??/.exec(src.slice(pos.i))!;
      pos.i += m[0].length;
      // {0,…} may be absent; {1,…} and {n,} may repeat: what follows is unknown after one
      if (m[1] === '0') node = { kind: 'opt', node };
      else if (m[2] !== undefined || m[1] !== '1') node = { kind: 'more', node };
    }
    alts[alts.length - 1]!.push(node);
  }
  return alts;
}

const LIMIT = 400;
/** Letters of one word a beginning holds at most. */
const WORD_LETTERS = 5;
/** Characters a beginning holds at most (letters, the spaces between words, digits). */
const MAX_LENGTH = 8;

/** Expands the possible beginnings of `seq` after `prefix` into `out`; false when one cannot be known. */
function expand(seq: Node[], i: number, prefix: string, out: Set<string>): boolean {
  if (out.size > LIMIT) return false;
  if (i >= seq.length || prefix.length >= MAX_LENGTH || prefix.length - prefix.lastIndexOf(' ') - 1 >= WORD_LETTERS) return finish(prefix, out);
  const node = seq[i]!;
  switch (node.kind) {
    case 'zero':
      return expand(seq, i + 1, prefix, out);
    case 'stop':
      return finish(prefix, out);
    case 'digit':
      // the scan starts at letters: a beginning cannot start with a digit
      return prefix.length > 0 && expand(seq, i + 1, prefix + '#', out);
    case 'lit':
      if (/[a-z]/.test(node.ch)) return expand(seq, i + 1, prefix + node.ch, out);
      // a literal space goes on into the next word; "a " is the one-letter word a
      return node.ch === ' ' && prefix.length > 0 ? expand(seq, i + 1, prefix + ' ', out) : finish(prefix, out);
    case 'opt':
      return expand(seq, i + 1, prefix, out) && expand([node.node, ...seq.slice(i + 1)], 0, prefix, out);
    case 'more':
      // once, then the beginning ends: a second repetition may follow
      return expand([node.node], 0, prefix, out);
    case 'group':
      return node.alts.every((alt) => expand([...alt, ...seq.slice(i + 1)], 0, prefix, out));
  }
}

/** Keeps `prefix` as a beginning: two characters or more ("a " is the whole word a). */
function finish(prefix: string, out: Set<string>): boolean {
  if (prefix.length < 2) return false;
  out.add(prefix);
  return true;
}

/**
 * The beginnings a match of `re` must start with, or null when they cannot be read from it.
 * @example gateOf(/\b(?:riot(?:s|ed)?|unrest)/) // ['riot', 'riots', 'riote', 'unres']
 * @example gateOf(/\bwas (?:repelled|pushed)/) // ['was repe', 'was push']
 */
export function gateOf(re: RegExp): string[] | null {
  const alts = parse(re.source, { i: 0 });
  const out = new Set<string>();
  return alts.every((alt) => expand(alt, 0, '', out)) ? [...out] : null;
}
/**
 * For a pattern whose matches may begin with an optional word and its space, after `\b`
 * ("\b(?:\w+ )?peace-?keep…"): the beginnings of what follows that word, which every match holds
 * at the start of a word; null for any other pattern, or when they cannot be read.
 * @example innerGateOf(/\b(?:\w+ )?peace-?keep/) // ['peace']
 */
export function innerGateOf(re: RegExp): string[] | null {
  const alts = parse(re.source, { i: 0 });
  if (alts.length !== 1) return null;
  const [bound, word, ...rest] = alts[0]!;
  const endsWithSpace = (alt: Node[]) => {
    const last = alt[alt.length - 1];
    return last?.kind === 'lit' && last.ch === ' ';
  };
  if (!re.source.startsWith('\\b') || bound?.kind !== 'zero' || word?.kind !== 'opt' || word.node.kind !== 'group' || !word.node.alts.every(endsWithSpace)) return null;
  const out = new Set<string>();
  return expand(rest, 0, '', out) ? [...out] : null;
}

/** Trie symbols: a–z, then the space and any digit. */
const SYMBOLS = 28;
const SPACE = 26;
const DIGIT = 27;

/**
 * Every beginning the scan can read at the words of `text`, written as {@link gateOf} writes
 * them (lower case, `#` for a digit, on across spaces and digits): a cue whose gate shares none
 * with its own example would never run on it.
 */
export function wordBeginnings(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase().replace(/[0-9]/g, '#');
  const letter = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
  for (let p = 0; p < lower.length; p++) {
    if (!letter(lower[p]) || letter(lower[p - 1])) continue;
    for (let j = p + 1; j < lower.length && j - p < MAX_LENGTH; j++) {
      const c = lower[j]!;
      if (!letter(c) && c !== ' ' && c !== '#') break;
      out.add(lower.slice(p, j + 1));
    }
  }
  return out;
}

/**
 * True when every match of `re` begins a word: each top-level alternative starts with `\b`,
 * after any lookbehinds. Such a pattern can be tried at its gate's positions only.
 */
export function startsWords(re: RegExp): boolean {
  const src = re.source;
  const alts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = src.indexOf(']', i + 1);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alts.push(src.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(src.slice(from));
  return alts.every((alt) => alt.replace(/^(?:\(\?<[!=](?:[^()\\]|\\.)*\))+/, '').startsWith('\\b'));
}

/**
 * A list of case-insensitive patterns run over the spans of a text (its sentences) where their
 * gates fire: one pass over the words of the text finds where each pattern's word beginnings
 * occur ({@link scan}); a pattern whose matches all begin a word is then tried sticky at those
 * positions only, any other over each span its gate fired in, and one without a gate over every
 * span ({@link matches}). The matches are those of a global `exec` over each span's text.
 */
export class GatedPatterns {
  private readonly global: RegExp[];
  private readonly sticky: (RegExp | null)[];
  private readonly gated: boolean[];
  /**
   * The gates' beginnings as a trie over a–z, the space and the digits (symbols 0–25, 26, 27):
   * node·28 + symbol → child node (0: none; 0 is the root).
   */
  private readonly next: Uint16Array;
  /** Per trie node, the patterns whose gate has that beginning. */
  private readonly patternsAt: (number[] | null)[];
  /** Per pattern, from the last scan: the (span index, position) pairs where its gate fired, in text order. */
  private readonly hits: number[][];

  constructor(patterns: readonly RegExp[]) {
    this.global = patterns.map((re) => new RegExp(re.source, 'gi'));
    const starts = patterns.map((re) => gateOf(re));
    // a pattern whose matches may start with any word is gated by the word after it, span by span
    const gates = patterns.map((re, k) => starts[k] ?? innerGateOf(re));
    this.gated = gates.map((g) => g !== null);
    this.sticky = patterns.map((re, k) => (starts[k] && startsWords(re) ? new RegExp(re.source, 'iy') : null));
    this.hits = patterns.map(() => []);
    const beginnings = gates.flatMap((gate, k) => (gate ?? []).map((begins) => ({ begins, k })));
    // built with a child map per node, then numbered level by level into one small array: the
    // scan reads the first levels for almost every word, and they stay in a few KB
    const children: Map<number, number>[] = [new Map()];
    const patternsOf: (number[] | null)[] = [null];
    for (const { begins, k } of beginnings) {
      let node = 0;
      for (let j = 0; j < begins.length; j++) {
        const ch = begins[j]!;
        const symbol = ch === ' ' ? SPACE : ch === '#' ? DIGIT : ch.charCodeAt(0) - 97;
        let child = children[node]!.get(symbol);
        if (child === undefined) {
          child = children.length;
          children[node]!.set(symbol, child);
          children.push(new Map());
          patternsOf.push(null);
        }
        node = child;
      }
      (patternsOf[node] ??= []).push(k);
    }
    const order = [0];
    for (let x = 0; x < order.length; x++) for (const child of children[order[x]!]!.values()) order.push(child);
    const number = new Array<number>(order.length);
    order.forEach((node, n) => (number[node] = n));
    if (order.length > 0xffff) throw new Error(`gate trie of ${order.length} nodes: more than a Uint16Array holds`);
    this.next = new Uint16Array(SYMBOLS * order.length);
    this.patternsAt = order.map((node) => patternsOf[node]!);
    order.forEach((node, n) => {
      for (const [symbol, child] of children[node]!) this.next[n * SYMBOLS + symbol] = number[child]!;
    });
  }

  /** Finds where each pattern's gate fires in the `spans` of `text`, for the {@link matches} that follow. */
  scan(text: string, spans: readonly Span[]): void {
    const { next, patternsAt, hits } = this;
    for (const h of hits) if (h.length !== 0) h.length = 0;
    // the letters are tested inline (code | 0x20 is the lower case of an ASCII letter; NaN past
    // the end gives 32): the same test as a helper function ran 25 % slower (not always inlined)
    for (let i = 0; i < spans.length; i++) {
      const { start, end } = spans[i]!;
      for (let p = start; p < end - 1; ) {
        const a = text.charCodeAt(p) | 0x20;
        if (a < 97 || a > 122) {
          p++;
          continue;
        }
        // a word starts at p: follow its letters down the trie, taking the patterns of every
        // beginning on the way, on across a space or a digit where the trie goes on ("to pr"),
        // then skip to the end of the word
        let j = p + 1;
        let wordEnd = -1;
        for (let node = next[a - 97]!; node !== 0; j++) {
          const ks = patternsAt[node];
          if (ks !== null) {
            for (let x = 0; x < ks.length; x++) {
              const h = hits[ks[x]!]!;
              const n = h.length;
              if (n === 0 || h[n - 1] !== p || h[n - 2] !== i) h.push(i, p);
            }
          }
          const c = text.charCodeAt(j);
          const l = c | 0x20;
          if (l >= 97 && l <= 122) {
            node = next[node * SYMBOLS + l - 97]!;
            continue;
          }
          if (j >= end || (c !== 32 && (c < 48 || c > 57))) break;
          node = next[node * SYMBOLS + (c === 32 ? SPACE : DIGIT)]!;
          if (node === 0) break;
          if (wordEnd < 0) wordEnd = j;
        }
        if (wordEnd >= 0) {
          p = wordEnd;
          continue;
        }
        for (p = j; p < end; p++) {
          const c = text.charCodeAt(p) | 0x20;
          if (c < 97 || c > 122) break;
        }
      }
    }
  }

  /**
   * Calls `found(i, start, end)` (offsets in `text`) for every match of pattern `k` in the spans
   * of the last {@link scan} that `wanted(i)` accepts, span by span, in order. `slices` caches
   * the spans' texts across calls.
   */
  matches(
    k: number, text: string, spans: readonly Span[], slices: (string | undefined)[],
    wanted: (i: number) => boolean, found: (i: number, start: number, end: number) => void,
  ): void {
    const hits = this.hits[k]!;
    const at = this.sticky[k];
    if (at) {
      // tried at the gate's positions only, in order, each after the end of the match before
      for (let h = 0; h < hits.length; ) {
        const i = hits[h]!;
        if (!wanted(i)) {
          while (h < hits.length && hits[h] === i) h += 2;
          continue;
        }
        const slice = (slices[i] ??= text.slice(spans[i]!.start, spans[i]!.end));
        const offset = spans[i]!.start;
        let from = offset;
        for (; h < hits.length && hits[h] === i; h += 2) {
          const p = hits[h + 1]!;
          if (p < from) continue;
          at.lastIndex = p - offset;
          const m = at.exec(slice);
          if (!m) continue;
          const end = p + m[0].length;
          from = end === p ? p + 1 : end;
          if (end !== p) found(i, p, end);
        }
      }
      return;
    }
    const re = this.global[k]!;
    for (let i = 0, h = 0; i < spans.length; i++) {
      // a gated pattern runs on the spans where its gate fired, one without a gate on all
      if (this.gated[k]) {
        if (h >= hits.length || hits[h] !== i) continue;
        while (h < hits.length && hits[h] === i) h += 2;
      }
      if (!wanted(i)) continue;
      const slice = (slices[i] ??= text.slice(spans[i]!.start, spans[i]!.end));
      const offset = spans[i]!.start;
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        const start = offset + m.index;
        const end = start + m[0].length;
        if (end === start) {
          re.lastIndex++;
          continue;
        }
        found(i, start, end);
      }
    }
  }
}
