/**
 * Prefilters for the cue expressions: the word beginnings (2–5 letters) a match must start
 * with, read from the expression itself. A cue whose beginnings are all absent from a text is
 * not run on it, which keeps extraction fast on articles that mention few event words.
 */

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
      return /[a-z]/.test(node.ch) ? expand(seq, i + 1, prefix + node.ch, out) : finish(prefix, out);
    case 'opt':
      return expand(seq, i + 1, prefix, out) && expand([node.node, ...seq.slice(i + 1)], 0, prefix, out);
    case 'group':
      return node.alts.every((alt) => expand([...alt, ...seq.slice(i + 1)], 0, prefix, out));
  }
}

function finish(prefix: string, out: Set<string>): boolean {
  if (prefix.length < 2) return false;
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
