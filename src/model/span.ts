/**
 * A half-open range `[start, end)` of UTF-16 code units in a document's text, exactly as stored.
 * @example { start: 0, end: 5 } // "Kazak" of "Kazakhstan"
 */
export interface Span {
  start: number;
  end: number;
}

/** A span with its surface text kept beside it as a self-check: `text === doc.text.slice(start, end)`. */
export interface Evidence extends Span {
  text: string;
}

/** Builds the evidence for `span` of `text`, so that the surface text is always the true slice. */
export function evidenceOf(text: string, span: Span): Evidence {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** True when the two half-open spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies wholly within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
