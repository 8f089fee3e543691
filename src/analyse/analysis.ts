import type { DateValue, DocumentInfo, Evidence, Location, Message, Span } from '../model/index.js';

/**
 * A document made ready for analysis: its text exactly as given (every offset points into it),
 * metadata from the input or read from the text's header, and the parts not to extract from.
 */
export interface PreparedDocument {
  id: string;
  text: string;
  info: DocumentInfo;
  /** Publication time (`info.publishedAt`), the reference for every relative date; null when unknown. */
  reference: string | null;
  /** Paragraph spans, in order (header lines included). */
  paragraphs: Span[];
  /** Spans not to extract from: header lines, a paragraph repeated elsewhere in the text. */
  ignored: Span[];
  messages: Message[];
}

/** A sentence of the document: its span, the paragraph it belongs to, its position. */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

/** A date or time expression resolved against the reference time. */
export interface DateMention extends Evidence {
  value: DateValue;
  /** The rule that produced it (for provenance and tests). */
  rule: string;
}

/** A place mention resolved to a location. */
export interface PlaceMention extends Evidence {
  location: Location;
  /** How it was found: dateline, "in X", adjective ("Kazakh"), "X-based", … */
  rule: string;
}

/** Everything the analyse stage knows about a document, handed to the extractors. */
export interface Analysis {
  doc: PreparedDocument;
  sentences: Sentence[];
  dates: DateMention[];
  places: PlaceMention[];
}
