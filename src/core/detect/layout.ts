// Attributions that the layout of a page makes without a cue: a headline "Name: claim", a pull quote followed by
// its speaker ("“…” — Name"), and a quoted paragraph closed by a line naming its speaker ("… Charles Bolden, NASA
// Administrator").
import type { OffsetRange } from '../model/offsetRange';
import type { ContentSpan } from './content';
import { VERB_FORMS } from './lexicon';
import { chainContent, chainOf, type QuoteIndex } from './quotes';
import { trimRange } from './trim';
import type { ClaimKind } from './types';

/** An attribution found by its layout: it has no cue. */
export interface LayoutDraft {
  content: ContentSpan;
  source: OffsetRange;
  cue: null;
  cueHead: null;
  kind: ClaimKind;
}

/** Words that label a line but name no speaker: "Image: …", "Update: …", "Q: …", "Editor's note: …". */
const LABELS = new Set([
  'image', 'images', 'photo', 'photos', 'picture', 'video', 'audio', 'source', 'sources', 'update', 'updated',
  'correction', 'note', "editor's", 'editor’s', 'related', 'watch', 'listen', 'read', 'see', 'q', 'a', 'question',
  'answer', 'credit', 'credits', 'caption', 'map', 'chart', 'graphic', 'file', 'warning', 'breaking', 'live',
  'analysis', 'opinion', 'comment', 'review', 'exclusive', 'factbox', 'timeline', 'explainer', 'contact', 'email',
  'tel', 'phone', 'web', 'website', 'url', 'twitter', 'facebook', 'by', 'from', 'to', 'subject', 'date', 'time',
  'location', 'where', 'when', 'what', 'who', 'why', 'how', 'note', 'notes', 'disclaimer', 'disclosure', 'and',
  'the', 'on', 'in', 'at', 'for', 'with', 'about', 'after', 'before', 'over', 'under', 'part', 'chapter', 'day',
  'categories', 'category', 'tags', 'ed.', 'ed', 'p.s.', 'ps', 'nb', 'n.b.', 'fig.', 'figure', 'table', 'appendix',
]);

/** The openings of feature titles after a name and a colon: "Frank Messina: An Interview with …". */
const FEATURE_TITLE_RE = /^(?:an?\s+)?(?:interview|conversation|profile|portrait|q&a|obituary|life|biography)\b/i;

/** A name of one to four capitalized words before a colon that opens a paragraph: "Tapper: Leak …", "Reports: …". */
const HEADLINE_RE = /((?:[A-Z][\p{L}.'’-]*)(?:\s+[A-Z][\p{L}.'’-]*){0,3}):\s+\S/uy;
/** Longest name before a headline's colon, in characters. */
const HEADLINE_NAME_REACH = 60;

/** Lower-case words that may end a speaker's name after a pull quote: "Anonymous blogger". */
const SPEAKER_ROLES = new Set(['blogger', 'writer', 'poster', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'columnist', 'commentator']);
/** Words that may follow the speaker's name after a pull quote: a photo credit ("Shimon Peres image: …"). */
const CREDIT_WORDS = new Set(['image', 'photo', 'video', 'audio', 'via', 'picture']);
/** The speaker after a pull quote: an optional dash, capitalized words, perhaps a lower-case word, and what follows. */
const SPEAKER_RE = /^\s*(?:[-—–]\s*)?([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3})(?:\s+([a-z]+))?/u;
/** What may follow a speaker's name: the end of the paragraph, a comma, a parenthesis or a colon. */
const SPEAKER_END_RE = /^\s*(?:[,(:]|$)/;
/** A date after a quoted title makes it a citation ("“…” — CBC.ca, August 15, 2008"), not a pull quote. */
const DATE_RE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d|\b(?:19|20)\d\d\b/;

/** The last sentence of a paragraph that only names its speaker: "Charles Bolden, NASA Administrator". */
const NAME_LINE_RE = /^([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){1,3})(?:,\s+[^!?]{1,60})?$/u;
/** Longest closing name line, in characters: a name and a role of up to 60. */
const NAME_LINE_REACH = 110;
/** A sentence that ends a statement, before a closing name line (not "Image;" or a list entry). */
const STATEMENT_END_RE = /[.!?]["”’]?$/;
/** Fewest words of a statement closed by a name line: "London, Jack." is a list entry. */
const MIN_STATEMENT_WORDS = 6;

const WORD_RE = /[\p{L}’']+/gu;

/** Whether `text` holds a reporting verb: a line with one is body text, for the cue-based rules. */
function hasVerb(text: string): boolean {
  for (const m of text.matchAll(WORD_RE)) if (VERB_FORMS.has(m[0].toLowerCase()) && m[0] === m[0].toLowerCase()) return true;
  return false;
}

function spanOf(start: number, end: number): OffsetRange {
  return { start, end };
}

function hasColonWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 58) return true;
  return false;
}

/** "Tapper: Leak to campaign 'unethical'": a paragraph opened by a name and a colon, the rest its claim. */
function headlineDraft(text: string, p: OffsetRange): LayoutDraft | null {
  // Most paragraphs have no colon near their start: a bounded search rules them out without copying the paragraph.
  if (!hasColonWithin(text, p.start, Math.min(p.end, p.start + HEADLINE_NAME_REACH))) return null;
  HEADLINE_RE.lastIndex = p.start;
  const m = HEADLINE_RE.exec(text);
  if (!m || m.index + m[0].length > p.end || text.slice(p.start, p.end).includes('\n')) return null;
  const name = m[1];
  const words = name.toLowerCase().split(/\s+/);
  if (words.some((w) => LABELS.has(w)) || hasVerb(name)) return null;
  const content = trimRange(text, p.start + name.length + 1, p.end, '.');
  // "Frank Messina: An Interview with the 'Mets Poet' Wednesday, October 3, 2007" titles a feature; it claims nothing.
  const claim = text.slice(content.start, content.end);
  if (content.end - content.start < 3 || DATE_RE.test(claim) || FEATURE_TITLE_RE.test(claim)) return null;
  return { content: { ...content, quoted: false, clausal: true }, source: spanOf(p.start, p.start + name.length), cue: null, cueHead: null, kind: 'statement' };
}

/** "“So far, it's the Internet: 1, Scientology: 0.” - Matthew Ingram": a quotation opening a paragraph and its speaker after it. */
function pullQuoteDraft(text: string, p: OffsetRange, quotes: QuoteIndex): LayoutDraft | null {
  const index = quotes.byOpen.get(p.start);
  if (index === undefined) return null;
  const quote = quotes.quotes[chainOf(quotes, index).last];
  if (!quote.closed || quote.close >= p.end) return null;
  const rest = text.slice(quote.close, p.end);
  const m = SPEAKER_RE.exec(rest);
  if (!m || hasVerb(m[1]) || DATE_RE.test(rest)) return null;
  const [whole, capitalized, lower] = m;
  const ends = SPEAKER_END_RE.test(rest.slice(whole.length));
  // "… Anonymous blogger," takes its role; "… Shimon Peres image: …" stops before the credit; "… Trump said." is body text.
  let name = '';
  if (lower === undefined) name = ends ? capitalized : '';
  else if (SPEAKER_ROLES.has(lower) && ends) name = whole.slice(whole.indexOf(capitalized));
  else if (CREDIT_WORDS.has(lower)) name = capitalized;
  if (!name) return null;
  const start = quote.close + m.index + m[0].indexOf(capitalized);
  const content = chainContent(text, quotes, index);
  if (content.end <= content.start) return null;
  return { content: { ...content, quoted: true, clausal: true }, source: spanOf(start, start + name.length), cue: null, cueHead: null, kind: 'statement' };
}

/** "… the history of NASA's Space Shuttle Program. Charles Bolden, NASA Administrator": a closing line naming the speaker. */
function nameLineDraft(text: string, p: OffsetRange, sentences: readonly OffsetRange[], first: number, end: number): LayoutDraft | null {
  if (end - first < 2) return null;
  const lastSentence = sentences[end - 1];
  // A name line is short; most last sentences are not.
  if (lastSentence.end - lastSentence.start > NAME_LINE_REACH) return null;
  const line = text.slice(lastSentence.start, lastSentence.end);
  if (!NAME_LINE_RE.test(line) || hasVerb(line)) return null;
  const before = sentences[end - 2];
  if (!STATEMENT_END_RE.test(text.slice(before.start, before.end))) return null;
  const content = trimRange(text, p.start, before.end, '.');
  if (text.slice(content.start, content.end).split(/\s+/).length < MIN_STATEMENT_WORDS) return null;
  if (content.end <= content.start) return null;
  return { content: { ...content, quoted: false, clausal: true }, source: spanOf(lastSentence.start, lastSentence.end), cue: null, cueHead: null, kind: 'statement' };
}

/**
 * Attributions made by the layout of the paragraphs. `sentences` are all sentences of the text in order; quotes
 * come from the same segmentation. Paragraphs that cannot hold one cost a character test.
 */
export function layoutDrafts(text: string, paragraphs: readonly OffsetRange[], sentences: readonly OffsetRange[], quotes: QuoteIndex): LayoutDraft[] {
  const drafts: LayoutDraft[] = [];
  let s = 0;
  for (const p of paragraphs) {
    const first = s;
    while (s < sentences.length && sentences[s].start < p.end) s++;
    const code = text.charCodeAt(p.start);
    let draft: LayoutDraft | null = null;
    if (quotes.byOpen.has(p.start)) draft = pullQuoteDraft(text, p, quotes);
    else if (code >= 65 && code <= 90) draft = headlineDraft(text, p) ?? nameLineDraft(text, p, sentences, first, s);
    if (draft) drafts.push(draft);
  }
  return drafts;
}
