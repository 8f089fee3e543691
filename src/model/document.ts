/**
 * A document as given to sitrep: one `.jsonl` line, a `.txt` file, an HTML page or a feed item.
 * Every field but `text` is optional.
 */
export interface InputDocument {
  id?: string | null;
  title?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  text: string;
  outlet?: string | null;
  language?: string | null;
}

/** What the result says about the document itself (the `document` field of the result contract). */
export interface DocumentInfo {
  title: string | null;
  /** ISO 8601 local time as given or read from the byline: `2022-01-08T08:21` or `2022-01-08`. */
  publishedAt: string | null;
  language: string | null;
  outlet: string | null;
  url: string | null;
  duplicateOf: string | null;
}
