/**
 * The page's only way to build DOM: elements from a tag, properties and children, where every
 * string becomes a text node. Document data never goes through HTML parsing (no innerHTML), so an
 * article containing `<script>` or `onerror=` shows as the characters it is.
 */

type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  title?: string;
  /** Attributes set with setAttribute; event handler attributes (`on…`) are refused. */
  attrs?: Record<string, string>;
  /** An http(s) link target; anything else (javascript:, data:) is dropped. */
  href?: string | null;
  onClick?: (event: MouseEvent) => void;
  dataset?: Record<string, string>;
}

/** Creates an element; strings among `children` become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.title) el.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name) || name.toLowerCase() === 'style') continue;
    el.setAttribute(name, value);
  }
  if (props.href !== undefined) {
    const safe = safeHref(props.href);
    if (safe) el.setAttribute('href', safe);
  }
  for (const [key, value] of Object.entries(props.dataset ?? {})) el.dataset[key] = value;
  if (props.onClick) el.addEventListener('click', props.onClick as EventListener);
  append(el, children);
  return el;
}

/** Appends children, strings as text nodes. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Internal page links (`#/…`) and absolute http(s) URLs; null for anything else. */
export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  if (href.startsWith('#/') || href.startsWith('/api/')) return href;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** An external link that opens in a new tab without giving it this page. */
export function externalLink(href: string | null, label: string): HTMLElement {
  const safe = safeHref(href);
  if (!safe || safe.startsWith('#') || safe.startsWith('/')) return h('span', {}, [label]);
  return h('a', { href: safe, attrs: { target: '_blank', rel: 'noopener noreferrer nofollow' } }, [label]);
}

/** Removes every child of `el`. */
export function clear(el: Element): void {
  el.replaceChildren();
}

/** Thousands separators: 3811 → "3,811". */
export function num(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : n.toLocaleString('en-US');
}
