import type { Evidence } from './api.js';
import { h } from './dom.js';

/** A span to highlight and the key of the field it is evidence for (`e1`, `f3`). */
export interface Mark extends Evidence {
  key: string;
}

/**
 * Renders `text` with every evidence span wrapped in a `<mark>`, built from text nodes only (the
 * article is untrusted and never parsed as HTML). Overlapping spans are cut at every boundary;
 * each piece lists the keys covering it in `data-keys`. Offsets are UTF-16 code units, as
 * `String.prototype.slice` counts them.
 */
export function renderArticle(text: string, marks: readonly Mark[]): HTMLElement {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const article = h('div', { class: 'article-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i]!, points[i + 1]!];
    const piece = text.slice(start, end);
    const keys = valid.filter((m) => m.start <= start && end <= m.end).map((m) => m.key);
    if (keys.length === 0) article.appendChild(document.createTextNode(piece));
    else article.appendChild(h('mark', { dataset: { keys: [...new Set(keys)].join(' '), start: String(start) } }, [piece]));
  }
  return article;
}

/** Marks the pieces of field `key` active (and no other), scrolls the first into view; returns them. */
export function activate(article: HTMLElement, key: string | null): HTMLElement[] {
  const active: HTMLElement[] = [];
  for (const mark of article.querySelectorAll<HTMLElement>('mark')) {
    const on = key !== null && (mark.dataset.keys ?? '').split(' ').includes(key);
    mark.classList.toggle('active', on);
    if (on) active.push(mark);
  }
  active[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return active;
}
