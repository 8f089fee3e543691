import { createHash } from 'node:crypto';
import type { InputDocument, Message, Span } from '../model/index.js';
import type { PreparedDocument } from '../analyse/analysis.js';
import { readHeader } from './prepare-header.js';
import { repeatedParagraphs } from './prepare-repeats.js';

/**
 * Longest text extracted, in UTF-16 code units (about 1 MB of ASCII; long news articles are ~100 KB);
 * longer texts are refused: they are dumps of many articles, and a partial result would look complete.
 */
export const MAX_TEXT_LENGTH = 1_000_000;

/** Share of control characters or U+FFFD above which a text is taken for binary garbage. */
const BINARY_SHARE = 0.01;

/**
 * Makes a document ready for analysis, with its text exactly as given (every offset points into it).
 *
 * 1. check the content: empty (E_EMPTY_TEXT), binary garbage (E_INPUT_BINARY), too large
 *    (E_INPUT_TOO_LARGE, refused: nothing is extracted);
 * 2. split paragraphs at line breaks;
 * 3. read the header: a capitalised title line, a teaser ending "[…]", a byline with the date
 *    ("by Correspondent - January 8, 2022, 8:21 am" → publishedAt "2022-01-08T08:21"); input fields win;
 * 4. mark as ignored the header lines and any paragraph repeated elsewhere (a scraped teaser).
 *
 * @example prepareDocument({ text: 'TITLE\n\nby X - January 8, 2022, 8:21 am\n\nBody.' }).info.publishedAt // '2022-01-08T08:21'
 */
export function prepareDocument(input: InputDocument): PreparedDocument {
  const text = typeof input.text === 'string' ? input.text : '';
  const id = input.id ?? `doc-${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
  const messages = checkContent(text);
  const fail = messages.length > 0;
  const paragraphs = fail ? [] : splitParagraphs(text);
  const header = fail ? { title: null, publishedAt: null, ignored: [] } : readHeader(text, paragraphs);
  const publishedAt = input.publishedAt ?? header.publishedAt;
  const ignored = fail ? [] : mergeSpans([...header.ignored, ...repeatedParagraphs(text, paragraphs)]);
  return {
    id,
    text,
    info: {
      title: input.title ?? header.title,
      publishedAt,
      language: input.language ?? null,
      outlet: input.outlet ?? null,
      url: input.url ?? null,
      duplicateOf: null,
    },
    reference: publishedAt,
    paragraphs,
    ignored,
    messages,
  };
}

/** The problems that stop a text from being extracted at all. */
export function checkContent(text: string): Message[] {
  if (text.length > MAX_TEXT_LENGTH) {
    return [{
      code: 'E_INPUT_TOO_LARGE',
      message: `expected a text of at most ${MAX_TEXT_LENGTH} characters, found ${text.length}: not extracted; split the document into articles`,
    }];
  }
  if (text.trim() === '') {
    return [{ code: 'E_EMPTY_TEXT', message: 'expected article text, found an empty text: nothing to extract; check the input field "text"' }];
  }
  let bad = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || c === 127) {
      bad++;
      if (first < 0) first = i;
    }
  }
  if (bad > 0 && (bad / text.length > BINARY_SHARE || text.includes('\u0000'))) {
    return [{
      code: 'E_INPUT_BINARY',
      message: `expected text, found ${bad} control or replacement characters (binary data?): not extracted; pass the text of the article, not a binary file`,
      start: first,
      end: first + 1,
    }];
  }
  return [];
}

/** Paragraph spans: runs of text between line breaks, trimmed, empty lines skipped. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m !== null; m = line.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
