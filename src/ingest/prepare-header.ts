import type { Span } from '../model/index.js';

/** What a raw text's header says: its title, publication time, and the header lines to skip. */
export interface Header {
  title: string | null;
  publishedAt: string | null;
  ignored: Span[];
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Header lines are looked for among the first paragraphs only. */
const HEADER_PARAGRAPHS = 5;

// "by Correspondent - January 8, 2022, 8:21 am", "Published: Jan. 8, 2022 at 8:21 a.m."
const BYLINE =
  /^(?:by\b.{0,80}?[-–—|,·]\s*|(?:published|posted|updated)(?: on)?:?\s*)(?:on\s+)?([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})(?:(?:,|\s+at)?\s+(\d{1,2}):(\d{2})\s*([ap])?\.?m?\.?)?/i;
// "[…]" or "[...]" closing a scraped teaser
const TEASER_END = /\[(?:…|\.\.\.)\]\s*$/;

/**
 * Reads the header of a raw text: a title line (first paragraph, short, no closing full stop, then a
 * teaser or a byline), a teaser ending "[…]", a byline with the publication date and time.
 * @example readHeader('TITLE\n\nby X - January 8, 2022, 8:21 am\n\nBody.', paragraphs).publishedAt // '2022-01-08T08:21'
 */
export function readHeader(text: string, paragraphs: Span[]): Header {
  const header: Header = { title: null, publishedAt: null, ignored: [] };
  const head = paragraphs.slice(0, HEADER_PARAGRAPHS);
  let bylineAt = -1;
  head.forEach((p, i) => {
    if (bylineAt >= 0) return;
    const line = text.slice(p.start, p.end);
    if (line.length > 160) return;
    const m = BYLINE.exec(line);
    const month = m ? MONTHS[m[1]!.toLowerCase().slice(0, m[1]!.toLowerCase().startsWith('sept') ? 4 : 3)] : undefined;
    if (!m || month === undefined) return;
    bylineAt = i;
    header.ignored.push(p);
    header.publishedAt = isoOf(Number(m[3]), month, Number(m[2]), m[4], m[5], m[6]);
  });
  const first = head[0];
  if (first && paragraphs.length > 1 && bylineAt !== 0) {
    const line = text.slice(first.start, first.end);
    const next = head[1] ? text.slice(head[1].start, head[1].end) : '';
    const titleLike = line.length <= 200 && !/[.!?:;,"”]$/.test(line) && /\s/.test(line);
    if (titleLike && (bylineAt > 0 || TEASER_END.test(next) || isShouting(line))) {
      header.title = line;
      header.ignored.push(first);
    }
  }
  for (const p of head.slice(0, Math.max(bylineAt, 0))) {
    if (TEASER_END.test(text.slice(p.start, p.end))) header.ignored.push(p);
  }
  return header;
}

function isShouting(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters === letters.toUpperCase();
}

function isoOf(year: number, month: number, day: number, hour?: string, minute?: string, half?: string): string | null {
  if (day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined) return date;
  let h = Number(hour);
  if (half?.toLowerCase() === 'p' && h < 12) h += 12;
  if (half?.toLowerCase() === 'a' && h === 12) h = 0;
  return h < 24 ? `${date}T${pad(h)}:${minute}` : date;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
