import type { Span } from '../../model/index.js';

// "Related:", "Read more", "In other news", "Copyright 2016 WSMV" — the article is over
const STOP = /^(?:related\b|read more|more from|also read|see also|in other news|recommended|trending|you may also like|most popular|latest (?:news|stories)|more stories|more news|top stories|watch:|video:|follow us|sign up|share this|click here|next story|previous story|comments?\b)/i;
// "Copyright 2016 WSMV", "© 2017 …" — a footer: short and among the last lines (else a photo credit)
const FOOTER = /^(?:copyright|©|\(c\))/i;
const FOOTER_MAX = 150;
// a paragraph that ends like a sentence
const ENDS_SENTENCE = /^[.!?"”'’)\]…]$/;
const SAYS = /,\s+(?:\w+\s+){0,3}(?:said|say|says|told|reported)\b/;
// "UPDATE (3/9): Police say the man has died" — a late addition to the story, not a headline
const UPDATE = /^update\b/i;
const DATELINE = /^[A-Z][A-Z.' ]{2,}(?:, [A-Z][A-Za-z.]+)?(?: \([A-Za-z0-9 ]+\))? (?:--|—|–) \S/;
const CAPTION = /^Caption (?!Close)/;
// "1:27 1 dead after crash, police say": a video list entry of another story, led by its length (not "10:30 p.m.")
const VIDEO_ENTRY = /^\d{1,2}:\d\d (?![ap]\.?m\b)/i;
/** Headline-like paragraphs (no closing punctuation) of fewer words than this are link lists, not article text. */
const HEADLINE_WORDS = 25;

/**
 * Where the article proper ends: the first paragraph after some text of the story that opens a list
 * of other stories, or the page footer ("Related:", "In other news", "Copyright …"). Figures after
 * it belong to other stories.
 */
export function articleEnd(text: string, paragraphs: readonly Span[]): number {
  // "Share This:" above the story (after the headline only) opens no list of other stories
  let started = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (i === 0) {
      started = endsSentence(text, p);
      continue;
    }
    const head = text.slice(p.start, Math.min(p.end, p.start + 40));
    if ((started && STOP.test(head) && !(INLINE_LINK.test(head) && storyGoesOn(text, paragraphs, i + 1)) && !((EARLIER_VERSION.test(head) || READ_MORE.test(head)) && followsSentence(text, paragraphs[i + 1]))) || (FOOTER.test(head) && p.end - p.start < FOOTER_MAX && i >= paragraphs.length - 3)) return p.start;
    // (after the first paragraph, a short one ending in a quote mark is still a headline: "… ‘tough guy’")
    started ||= isStoryParagraph(text, p);
  }
  return text.length;
}

// links that also stand inside a story: "READ MORE: …", "CLICK HERE to watch", "See also", a station's
// "Related Coverage <headline>" above its story, "Related Articles <headline>" (a box of headlines set inside
// the story, the last glued to its next paragraph)
const INLINE_LINK = /^(?:read more|click here|see also|watch:|video:|related coverage|related articles )/i;

// "Previous story:" alone on its line labels the earlier version of this story, told below it (not a link to another);
// "READ MORE: …" followed by a sentence, however short, is a link set inside the story
const EARLIER_VERSION = /^previous story\s*:?\s*$/i;
const READ_MORE = /^read more\b/i;

/** True when the paragraph is there and ends like a sentence: "MILLBROOK, MO -- One person was hurt …". */
function followsSentence(text: string, p: Span | undefined): boolean {
  return p !== undefined && endsSentence(text, p);
}

/**
 * "READ MORE: … | The boy was taken to …": a link inside the story, followed by a long paragraph of it
 * (past a few more headlines of a video carousel above the story: "Watch: … | Happy holidays! | The boy …").
 */
function storyGoesOn(text: string, paragraphs: readonly Span[], from: number): boolean {
  for (let i = from; i < paragraphs.length && i < from + CAROUSEL_HEADLINES; i++) {
    if (isStoryParagraph(text, paragraphs[i]!)) return true;
    // a carousel headline may end like a sentence: "Happy National Donut Day!"
    if (!isHeadlineLike(text, paragraphs[i]!) && !isCarouselHeadline(text, paragraphs[i]!)) return false;
  }
  return false;
}
const CAROUSEL_HEADLINES = 10;
const STORY_WORDS = 20;

/** A paragraph of the story: long (20 words or more) and ending like a sentence, unlike a headline or a link. */
function isStoryParagraph(text: string, p: Span): boolean {
  return endsSentence(text, p) && !fewerWords(text, p, STORY_WORDS);
}

/** A short paragraph that ends like a headline may ("Happy National Donut Day!", "Who won the debate?"), not like a sentence of the story. */
function isCarouselHeadline(text: string, p: Span): boolean {
  const last = text[p.end - 1];
  return (last === '!' || last === '?') && fewerWords(text, p, HEADLINE_WORDS);
}

/** True when the paragraph has fewer than `n` words (counted by spaces, up to `n`). */
function fewerWords(text: string, p: Span, n: number): boolean {
  let words = 1;
  for (let i = p.start; i < p.end && words < n; i++) if (text.charCodeAt(i) === 32) words++;
  return words < n;
}

function endsSentence(text: string, p: Span): boolean {
  return p.end > p.start && ENDS_SENTENCE.test(text[p.end - 1]!);
}

/** A related story's photo caption ("Caption Man hurt after falling from scaffold A man fell …") or a video list entry ("1:27 1 dead after crash"). */
export function isListEntry(text: string, paragraph: Span): boolean {
  return CAPTION.test(text.slice(paragraph.start, paragraph.start + 14)) || VIDEO_ENTRY.test(text.slice(paragraph.start, paragraph.start + 10));
}

/** True for a short paragraph without closing punctuation (a headline, a link, a caption), a related story's photo caption or a video list entry. */
export function isHeadlineLike(text: string, paragraph: Span): boolean {
  if (isListEntry(text, paragraph)) return true;
  if (paragraph.end <= paragraph.start || endsSentence(text, paragraph)) return false;
  // "A 17-year-old was injured in a shooting, police said" — a sentence that lost its full stop
  if (SAYS.test(text.slice(paragraph.start, paragraph.end))) return false;
  if (UPDATE.test(text.slice(paragraph.start, paragraph.start + 7))) return false;
  // "CHICAGO -- Five people were shot on the South Side Wednesday night": a dateline opens the story's first sentence
  if (DATELINE.test(text.slice(paragraph.start, paragraph.start + 60))) return false;
  return fewerWords(text, paragraph, HEADLINE_WORDS);
}
