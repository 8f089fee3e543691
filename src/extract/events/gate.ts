/**
 * Prefilters for the cue expressions: the word beginnings (2–5 letters, or a one-letter word) a match must start
 * with, read from the expression itself. A cue whose beginnings are all absent from a text is
 * not run on it, which keeps extraction fast on articles that mention few event words.
 */

import type { Span } from '../../model/index.js';

type Node = { kind: 'lit'; ch: string } | { kind: 'group'; alts: Node[][] } | { kind: 'zero' } | { kind: 'stop' } | { kind: 'opt'; node: Node };

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
      node = e === 'b' ? { kind: 'zero' } : /[a-z]/i.test(e) ? { kind: 'stop' } : { kind: 'lit', ch: e };
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
    } else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(pos.i))!;
      pos.i += m[0].length;
      if (m[1] === '0') node = { kind: 'opt', node };
    }
    alts[alts.length - 1]!.push(node);
  }
  return alts;
}

const LIMIT = 400;

/** Expands the possible word beginnings of `seq` after `prefix`; false when one cannot be known. */
function expand(seq: Node[], i: number, prefix: string, out: Set<string>): boolean {
  if (out.size > LIMIT) return false;
  if (prefix.length >= 5 || i >= seq.length) return finish(prefix, out);
  const node = seq[i]!;
  switch (node.kind) {
    case 'zero':
      return expand(seq, i + 1, prefix, out);
    case 'stop':
      return finish(prefix, out);
    case 'lit':
      return /[a-z]/.test(node.ch) ? expand(seq, i + 1, prefix + node.ch, out) : finish(prefix, out, node.ch === ' ');
    case 'opt':
      return expand(seq, i + 1, prefix, out) && expand([node.node, ...seq.slice(i + 1)], 0, prefix, out);
    case 'group':
      return node.alts.every((alt) => expand([...alt, ...seq.slice(i + 1)], 0, prefix, out));
  }
}

/** Keeps `prefix` as a beginning: two letters or more, or a whole one-letter word ("a "). */
function finish(prefix: string, out: Set<string>, wordEnds = false): boolean {
  if (prefix.length < (wordEnds ? 1 : 2)) return false;
  out.add(prefix);
  return true;
}

/**
 * The word beginnings a match of `re` must start with, or null when they cannot be read from it.
 * @example gateOf(/\b(?:riot(?:s|ed)?|unrest)/) // ['riot', 'unre']
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

const WORD = /[a-z]+/g;

/** The 2- to 5-letter beginnings of every word of `text`. */
export function wordBeginnings(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const w = m[0];
    if (w.length >= 2) out.add(w.slice(0, 2));
    if (w.length >= 3) out.add(w.slice(0, 3));
    if (w.length >= 4) out.add(w.slice(0, 4));
    if (w.length >= 5) out.add(w.slice(0, 5));
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
  /** The gates' word beginnings as a trie over a–z: node·26 + letter → child node (0: none; 0 is the root). */
  private readonly next: Int32Array;
  /** Per trie node, the patterns whose gate has that beginning. */
  private readonly patternsAt: (number[] | null)[] = [null];
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
    this.next = new Int32Array(26 * (1 + beginnings.reduce((n, b) => n + b.begins.length, 0)));
    for (const { begins, k } of beginnings) {
      let node = 0;
      for (let j = 0; j < begins.length; j++) {
        const slot = node * 26 + begins.charCodeAt(j) - 97;
        if (this.next[slot] === 0) {
          this.next[slot] = this.patternsAt.length;
          this.patternsAt.push(null);
        }
        node = this.next[slot]!;
      }
      (this.patternsAt[node] ??= []).push(k);
    }
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
        // beginning on the way, then skip to its end
        let j = p + 1;
        for (let node = next[a - 97]!; node !== 0; j++) {
          const ks = patternsAt[node];
          if (ks !== null) {
            for (let x = 0; x < ks.length; x++) {
              const h = hits[ks[x]!]!;
              const n = h.length;
              if (n === 0 || h[n - 1] !== p || h[n - 2] !== i) h.push(i, p);
            }
          }
          const c = text.charCodeAt(j) | 0x20;
          if (c < 97 || c > 122) break;
          node = next[node * 26 + c - 97]!;
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
