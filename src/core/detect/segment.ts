// Text segmentation: paragraphs, sentences and quotations (straight and curly, continued across paragraphs).
import type { OffsetRange } from '../model/offsetRange';
import { VERB_FORMS } from './lexicon';
import { isSpaceCode, trimRange } from './trim';


export interface Quote {
  /** Offset of the opening mark (or of the paragraph start for a continued quote without one). */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when the quote is left open. */
  close: number;
  /** The quoted text without its marks. */
  inner: OffsetRange;
  closed: boolean;
  /** The quote goes on in the next paragraph (it is left open and that paragraph reopens it). */
  continues: boolean;
}

export interface Segmentation {
  paragraphs: OffsetRange[];
  sentences: OffsetRange[];
  /** Quotes in text order; a continued quote is one entry per paragraph, linked by `continues`. */
  quotes: Quote[];
}

/** A sentence longer than this is cut into pieces so that every later step stays linear in the input. */
export const MAX_SENTENCE = 2000;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'st', 'jr',
  'sr', 'inc', 'corp', 'ltd', 'co', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mt', 'ft', 'fig', 'approx', 'dept', 'univ', 'rev', 'hon', 'pres', 'maj', 'brig', 'supt',
  'insp', 'det', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'ph.d', 'messrs', 'mme', 'mlle', 'sgt',
]);

const PARAGRAPH_BREAK_RE = /\n[ \t\r]*\n|\n/g;
const LINE_END_WRAPS_RE = /[\p{L}\p{N},;\-–]$/u;
const LOWER_START_RE = /^[ \t]*\p{Ll}/u;

/** A single line break is a paragraph break unless it clearly wraps a sentence (next line goes on in lower case). */
export function findParagraphs(text: string): OffsetRange[] {
  const paragraphs: OffsetRange[] = [];
  let start = 0;
  PARAGRAPH_BREAK_RE.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK_RE.exec(text); m !== null; m = PARAGRAPH_BREAK_RE.exec(text)) {
    if (m[0].length === 1) {
      const lineBefore = text.slice(Math.max(start, m.index - 2), m.index).replace(/\r$/, '');
      const lineAfter = text.slice(m.index + 1, m.index + 4);
      if (LINE_END_WRAPS_RE.test(lineBefore) && LOWER_START_RE.test(lineAfter)) continue;
    }
    pushTrimmed(text, paragraphs, start, m.index);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, paragraphs, start, text.length);
  return paragraphs;
}

function pushTrimmed(text: string, out: OffsetRange[], start: number, end: number): void {
  const r = trimRange(text, start, end);
  if (r.end > r.start) out.push(r);
}

const OPENERS = '“‘«„';
const QUOTE_MARK_RE = /``|''|["“”«»]/g;
const CLOSERS = '”’»';

/** Quotes of one paragraph: curly marks pair up; a straight mark opens before a word and closes after one. */
/** A quotation mark found in the text: its offset and its characters. */
interface Mark {
  index: number;
  mark: string;
}

function quotesIn(text: string, p: OffsetRange, continuing: boolean, marks: readonly Mark[]): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let openLen = 0;
  if (continuing) {
    // A continued quote normally reopens with a mark; without one, the paragraph starts inside the quote.
    if (!opensWithQuote(text, p)) {
      open = p.start;
      openLen = 0;
    }
  }
  for (const { index: i, mark: ch } of marks) {
    // Typewriter marks of some archives: ``…'' and ''…'' are a double quotation like "…".
    const straight = ch === '"' || ch === "''";
    const before = i > p.start ? text.charAt(i - 1) : ' ';
    const opening = straight ? open < 0 && (isSpaceCode(before.charCodeAt(0)) || '([—–-/:,'.includes(before) || i === p.start) : ch === '``' || OPENERS.includes(ch);
    if (open < 0 && opening) {
      open = i;
      openLen = ch.length;
    } else if (open >= 0 && (straight || CLOSERS.includes(ch))) {
      quotes.push({ open, close: i + ch.length, inner: { start: open + openLen, end: i }, closed: true, continues: false });
      open = -1;
    }
  }
  if (open >= 0) quotes.push({ open, close: p.end, inner: { start: open + openLen, end: p.end }, closed: false, continues: false });
  return quotes;
}

function opensWithQuote(text: string, p: OffsetRange): boolean {
  const first = text.charAt(p.start);
  return first === '“' || first === '"' || first === '«' || text.startsWith('``', p.start) || text.startsWith("''", p.start);
}

export function findQuotes(text: string, paragraphs: OffsetRange[]): Quote[] {
  const quotes: Quote[] = [];
  let continuing = false;
  // One forward scan finds every mark (far faster than a loop over every character); each paragraph takes its own.
  QUOTE_MARK_RE.lastIndex = 0;
  let m = QUOTE_MARK_RE.exec(text);
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    const marks: Mark[] = [];
    for (; m !== null && m.index < p.end; m = QUOTE_MARK_RE.exec(text)) if (m.index >= p.start) marks.push({ index: m.index, mark: m[0] });
    const found = quotesIn(text, p, continuing, marks);
    const last = found[found.length - 1];
    const next = paragraphs[k + 1];
    continuing = false;
    if (last && !last.closed && next && opensWithQuote(text, next)) {
      last.continues = true;
      continuing = true;
    }
    // One by one: spreading a paragraph's quotes as arguments overflows the stack past about 100,000 of them.
    for (const quote of found) quotes.push(quote);
  }
  return quotes;
}

// A semicolon ends an attribution's reach as surely as a full stop ("Kyiv said X; Russian media reported Y").
const SENTENCE_END_RE = /[.!?…]["”’')\]]{0,3}(?=\s)|;(?=\s)|\n/g;
const SENTENCE_START_RE = /^\s*(?:``|''|["“‘(\[])?[\p{Lu}\p{N}]/u;

/**
 * A liveblog's time label opening a paragraph: "10:45 p.m.:", "Update 9:15 a.m. ET:", "8:02 PM —", "3:15pm". It is
 * no part of any sentence, so no source or content starts with it.
 */
const TIME_LABEL_RE = /^(?:(?:update|updated)[ \t]*:?[ \t]*)?\d{1,2}:\d{2}[ \t]*(?:[ap]\.?m\.?|[AP]M)?(?:[ \t]+(?:ET|EDT|EST|CT|CDT|CST|MT|MDT|PT|PDT|PST|GMT|UTC|BST))?(?:[ \t]*[:—–-][ \t]*|[ \t]+(?=\p{Lu}))/iu;

/** Longest time label: "Updated 11:59 p.m. EDT — ". */
const TIME_LABEL_REACH = 32;

/**
 * A dateline with its outlet in parentheses and no dash, as CNN writes it: "Hempstead, New York (CNN) Hillary Clinton
 * accused…", "WASHINGTON (CNN) The FBI…". Place words are capitalized (no article: "The Korean Central News Agency
 * (KCNA) Director…" is a subject), the outlet is one to three words, a capital follows.
 */
const PAREN_DATELINE_RE = /^(?!(?:The|A|An)\b)\p{Lu}[\p{L}.'’-]*(?:,?[ \t]+\p{Lu}[\p{L}.'’-]*){0,4}[ \t]+\(\p{Lu}[\p{L}.&'’-]*(?:[ \t]+\p{Lu}[\p{L}.&'’-]*){0,2}\)[ \t]+(?=\p{Lu})/u;
/** Longest dateline with its outlet in parentheses: "Fort Lauderdale, Florida (CNN Business) ". */
const PAREN_DATELINE_REACH = 70;

/** Where a paragraph's words begin after a dateline such as "Hempstead, New York (CNN)"; `from` when there is none. */
function afterParenthesisDateline(text: string, from: number, end: number): number {
  const head = text.slice(from, Math.min(end, from + PAREN_DATELINE_REACH));
  if (!head.includes('(')) return from;
  const m = PAREN_DATELINE_RE.exec(head);
  if (!m || from + m[0].length >= end) return from;
  // "Korean Central News Agency (KCNA) Director Kim said": a name spelled out before its initials is no dateline.
  const open = m[0].indexOf('(');
  const initials = m[0].slice(0, open).split(/[\s,]+/).filter(Boolean).map((w) => w[0]).join('');
  const outlet = m[0].slice(open + 1, m[0].indexOf(')')).replace(/[^\p{Lu}]/gu, '');
  return initials === outlet ? from : from + m[0].length;
}

/** Where a paragraph's words begin after its time label ("10:45 p.m.: Trump wins…"); `p.start` when it has none. */
export function afterTimeLabel(text: string, p: OffsetRange): number {
  const first = text.charCodeAt(p.start);
  // Most paragraphs open with neither a digit nor "U(pdate)": one test rules them out.
  if (!((first >= 48 && first <= 57) || first === 85 || first === 117)) return p.start;
  const label = TIME_LABEL_RE.exec(text.slice(p.start, Math.min(p.end, p.start + TIME_LABEL_REACH)));
  return label && p.start + label[0].length < p.end ? p.start + label[0].length : p.start;
}

/** Sentences of one paragraph, split after terminal punctuation followed by a capital, abbreviations excepted. */
function sentencesIn(text: string, p: OffsetRange, out: OffsetRange[]): void {
  const slice = text.slice(p.start, p.end);
  let start = afterParenthesisDateline(text, afterTimeLabel(text, p), p.end) - p.start;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(slice); m !== null; m = SENTENCE_END_RE.exec(slice)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && m[0] !== ';') {
      if (!SENTENCE_START_RE.test(slice.slice(end, end + 4))) continue;
      if (m[0] === '.' && endsWithAbbreviation(slice, m.index)) continue;
      if (m[0].length > 1 && (m[0][0] === '?' || m[0][0] === '!') && framesQuotation(slice, end)) continue;
    }
    pushSentence(text, out, p.start + start, p.start + end);
    start = end;
  }
  pushSentence(text, out, p.start + start, p.end);
}

/** A name and a verb of saying after a quoted question or exclamation: "“Who pays?” Clinton asked.". */
const QUOTE_FRAME_RE = /\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(\p{Ll}+)(?=[\s,.;]|$)/uy;
/** Cue groups whose verbs frame a quotation after its speaker's name. */
const FRAME_GROUPS = new Set(['speech', 'assertion', 'request']);

/**
 * Whether the words at `end`, after a question or exclamation mark and its closing quotation mark, are the quotation's
 * frame ("“We will win!” Trump said."): they end no sentence there, or the quotation would be left without its speaker.
 */
function framesQuotation(slice: string, end: number): boolean {
  QUOTE_FRAME_RE.lastIndex = end;
  const m = QUOTE_FRAME_RE.exec(slice);
  const entry = m ? VERB_FORMS.get(m[1]) : undefined;
  return entry !== undefined && (entry.form === 'past' || entry.form === 's') && FRAME_GROUPS.has(entry.verb.group);
}

const LETTER_RE = /\p{L}/u;

/** Whether the character at `k` is a letter or a dot (ASCII without a regular expression: this runs at every full stop). */
function isLetterOrDot(slice: string, k: number): boolean {
  const code = slice.charCodeAt(k);
  if (code < 128) return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_RE.test(slice.charAt(k));
}

function endsWithAbbreviation(slice: string, dot: number): boolean {
  let from = dot;
  while (from > Math.max(0, dot - 12) && isLetterOrDot(slice, from - 1)) from--;
  if (from === dot) return false;
  const before = slice.slice(from, dot);
  // A single capital initial ("J. Smith") is an abbreviation; "I." ends a sentence rarely enough.
  if (before.length === 1) return /^\p{Lu}$/u.test(before);
  return ABBREVIATIONS.has(before.toLowerCase()) || (before.includes('.') && /^(\p{L}\.)+\p{L}$/u.test(before));
}

function pushSentence(text: string, out: OffsetRange[], start: number, end: number): void {
  const before = out.length;
  pushTrimmed(text, out, start, end);
  if (out.length === before) return;
  const s = out.pop() as OffsetRange;
  for (let from = s.start; from < s.end; ) {
    const to = pieceEnd(text, from, s.end);
    pushTrimmed(text, out, from, to);
    from = to;
  }
}

/** What `pieceEnd` reads of the text: one code unit at a time (a test can count the reads). */
export interface CodeUnits {
  charCodeAt(index: number): number;
}

/**
 * Where the piece of a long sentence that starts at `from` ends: at the last space within MAX_SENTENCE units, or after
 * MAX_SENTENCE units when there is none. It reads only `text[from, from + MAX_SENTENCE]` — never back before `from`,
 * which made text without spaces quadratic — so cutting a whole sentence reads each unit at most about twice.
 */
export function pieceEnd(text: CodeUnits, from: number, end: number): number {
  const limit = Math.min(end, from + MAX_SENTENCE);
  if (limit === end) return end;
  for (let at = limit; at > from; at--) if (text.charCodeAt(at) === 0x20) return at;
  return limit;
}

export function segment(text: string): Segmentation {
  const paragraphs = findParagraphs(text);
  const sentences: OffsetRange[] = [];
  for (const p of paragraphs) sentencesIn(text, p, sentences);
  return { paragraphs, sentences, quotes: findQuotes(text, paragraphs) };
}
