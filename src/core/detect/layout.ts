// Attributions that the layout of a page makes without a cue: a headline "Name: claim", a pull quote followed by
// its speaker ("“…” — Name"), and a quoted paragraph closed by a line naming its speaker ("… Charles Bolden, NASA
// Administrator").
import type { OffsetRange } from '../model/offsetRange';
import { contentSpan, type ContentSpan } from './content';
import { VERB_FORMS } from './lexicon';
import { chainContent, chainOf, type QuoteIndex } from './quotes';
import { afterTimeLabel } from './segment';
import { trimRange } from './trim';
import type { ClaimKind } from './types';

/** An attribution found by its layout: it has no cue, or a frame in the sentence after its quotation. */
export interface LayoutDraft {
  content: ContentSpan;
  source: OffsetRange;
  cue: OffsetRange | null;
  cueHead: OffsetRange | null;
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
  // Kickers of liveblogs and opinion pages: "ICYMI: …", "DEVELOPING: …", "Commentary: …", "Fact Check: …".
  'icymi', 'developing', 'latest', 'alert', 'recap', 'flashback', 'reminder', 'context', 'background', 'highlights',
  'commentary', 'editorial', 'op-ed', 'perspective', 'viewpoint', 'column', 'fact', 'check', 'transcript', 'happening',
]);

/** Nouns that name what a quotation was: "That was the message from Clinton", "Those were the words of…". */
const MESSAGE_NOUNS = 'message|word|words|verdict|warning|promise|argument|response|answer|reaction|view|assessment|pitch|plea|vow|pledge|prediction|reply|retort';

/** The openings of feature titles after a name and a colon: "Frank Messina: An Interview with …". */
const FEATURE_TITLE_RE = /^(?:an?\s+)?(?:interview|conversation|profile|portrait|q&a|obituary|life|biography)\b/i;

/** A name of one to four capitalized words before a colon that opens a paragraph: "Tapper: Leak …", "Reports: …". */
const HEADLINE_RE = /((?:[A-Z][\p{L}.'’-]*)(?:\s+[A-Z][\p{L}.'’-]*){0,3})((?:\s+on\s+[^:\n]{1,40})?):\s+\S/uy;
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

const QUOTE_OPENERS = '"“\'‘';
const QUOTE_CLOSERS = '"”\'’';

/** A headline's claim that is one quotation ("Clinton: 'I'm not going anywhere'") without its marks. */
function unquoted(text: string, r: OffsetRange): OffsetRange {
  if (r.end - r.start < 3 || !QUOTE_OPENERS.includes(text.charAt(r.start)) || !QUOTE_CLOSERS.includes(text.charAt(r.end - 1))) return r;
  const inner = text.slice(r.start + 1, r.end - 1);
  // "'Leak' to campaign 'unethical'" is no single quotation.
  if (/["“”]/.test(inner) || /(?:^|\s)['‘]|['’](?:\s|$)/.test(inner)) return r;
  return trimRange(text, r.start + 1, r.end - 1, '.,');
}

/** "Tapper: Leak to campaign 'unethical'": a paragraph opened by a name and a colon, the rest its claim. */
function headlineDraft(text: string, p: OffsetRange): LayoutDraft | null {
  // Most paragraphs have no colon near their start: a bounded search rules them out without copying the paragraph.
  if (!hasColonWithin(text, p.start, Math.min(p.end, p.start + HEADLINE_NAME_REACH))) return null;
  HEADLINE_RE.lastIndex = p.start;
  const m = HEADLINE_RE.exec(text);
  if (!m || m.index + m[0].length > p.end || text.slice(p.start, p.end).includes('\n')) return null;
  const words = m[1].toLowerCase().split(/\s+/);
  // "Said Trump: “We will win.”": a fronted verb of saying is the cue, the name after it the source.
  const fronted = words.length > 1 && FRONTED_VERBS.has(words[0]) ? words[0].length : 0;
  const name = m[1].slice(fronted).trimStart();
  const nameStart = p.start + m[1].length - name.length;
  if (words.slice(fronted ? 1 : 0).some((w) => LABELS.has(w)) || hasVerb(name)) return null;
  const whole = unquoted(text, trimRange(text, p.start + m[1].length + m[2].length + 1, p.end, '.'));
  const quotation = QUOTE_OPENERS.includes(text.charAt(whole.start - 1));
  // "TRUMP: You're going to regret it. (CROSSTALK)": a stage direction is no part of the claim.
  const content = quotation ? whole : spokenPart(text, whole);
  if (!content) return null;
  // "Trump on Clinton: 'She should be in jail'": a topic after the name only before a quotation.
  if (m[2] && !quotation) return null;
  // "Frank Messina: An Interview with the 'Mets Poet' Wednesday, October 3, 2007" titles a feature; it claims nothing.
  const claim = text.slice(content.start, content.end);
  if (content.end - content.start < 3 || DATE_RE.test(claim) || FEATURE_TITLE_RE.test(claim)) return null;
  const cue = fronted ? spanOf(p.start, p.start + fronted) : null;
  // A moderator's question asks, like "“Who pays?” she asked" (annotation guidelines, kinds: request).
  const kind = asksOnly(claim) ? 'request' : 'statement';
  return { content: contentSpan(content, false, true), source: spanOf(nameStart, nameStart + name.length), cue, cueHead: cue, kind };
}

/** A stage direction closing a transcript turn: "(APPLAUSE)", "(CROSSTALK)", "[inaudible]". */
const STAGE_DIRECTION_RE = /\s*(?:\(\p{Lu}[\p{Lu}\s,'’-]*\)|\[[^\]\n]{1,30}\])[.]?$/u;
/**
 * What a speaker's turn or a headline says, without the stage directions that close it ("TRUMP: You're going to regret
 * it. (CROSSTALK)"), or null when nothing is left.
 */
function spokenPart(text: string, r: OffsetRange): OffsetRange | null {
  let part = text.slice(r.start, r.end);
  for (let cut = STAGE_DIRECTION_RE.exec(part); cut && cut.index > 0; cut = STAGE_DIRECTION_RE.exec(part)) part = part.slice(0, cut.index);
  const spoken = trimRange(text, r.start, r.start + part.length, '.');
  return spoken.end - spoken.start >= 3 ? spoken : null;
}

/** A full stop or exclamation mark ending a sentence inside a turn, unless after a title ("Mr. Trump, will you…?"). */
const STATEMENT_END_IN_TURN_RE = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Lt|Col|Sgt|St|Jr|Sr|Prof|Rev|Hon))[.!]["”’]?\s/u;

/** Whether a turn is made of questions only ("HOLT: Secretary Clinton, why…?"), which ask rather than state. */
function asksOnly(claim: string): boolean {
  return /\?["”’]?$/.test(claim) && !STATEMENT_END_IN_TURN_RE.test(claim);
}

/** Verbs of saying fronted before their source in a paragraph's opening: "Said Trump:", "Added Clinton:". */
const FRONTED_VERBS = new Set(['said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'tweeted', 'replied', 'noted', 'declared', 'explained', 'recalled']);

/** Nouns naming what a speaker said, before a colon: "Trump's response: “…”", "Her answer: “We will see.”". */
const COLON_MESSAGE_RE = new RegExp(
  `((?:[A-Z][\\p{L}.'’-]*\\s+){0,3}[A-Z][\\p{L}.-]*['’]s|His|Her|Their|Its|Our)\\s+(${MESSAGE_NOUNS}|advice|explanation|take|answer|bottom line)((?:\\s+(?:to|for|on)\\s+[^:\\n]{1,40})?):\\s+\\S`,
  'uy',
);

/** "Trump's response: “I'll keep you in suspense.”": the owner of a message noun before a colon says what follows. */
function colonMessageDraft(text: string, p: OffsetRange): LayoutDraft | null {
  if (!hasColonWithin(text, p.start, Math.min(p.end, p.start + HEADLINE_NAME_REACH + 40))) return null;
  COLON_MESSAGE_RE.lastIndex = p.start;
  const m = COLON_MESSAGE_RE.exec(text);
  if (!m || m.index + m[0].length > p.end) return null;
  // The owner without its possessive ending is the source (annotation guidelines, "the ministry's statement").
  const owner = m[1].replace(/['’]s$/, '');
  const cueStart = p.start + m[1].length + m[0].slice(m[1].length).indexOf(m[2]);
  const content = unquoted(text, trimRange(text, cueStart + m[2].length + m[3].length + 1, p.end, '.'));
  if (content.end - content.start < 3) return null;
  const cue = spanOf(cueStart, cueStart + m[2].length);
  return { content: contentSpan(content, false, true), source: spanOf(p.start, p.start + owner.length), cue, cueHead: cue, kind: 'statement' };
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
  return { content: contentSpan(content, true, true), source: spanOf(start, start + name.length), cue: null, cueHead: null, kind: 'statement' };
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
  return { content: contentSpan(content, false, true), source: spanOf(lastSentence.start, lastSentence.end), cue: null, cueHead: null, kind: 'statement' };
}

/** Months as a tweet's date writes them. */
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/**
 * The credit line of a tweet embedded as text: "— Donald J. Trump (@realDonaldTrump) October 16, 2016", closing the
 * tweet's paragraph or standing as a paragraph of its own after it; without its date it is a plain "follow us" line.
 * Group 1 is the name.
 */
const TWEET_CREDIT_RE = new RegExp(`(?:^|\\s)[—–-]{1,2}[ \\t]*([^\\s(@—–-][^(@\\n]{0,60}?)[ \\t]*\\(@\\w{1,15}\\)[ \\t]*(?:${MONTHS})[ \\t]+\\d{1,2},[ \\t]+\\d{4}[ \\t]*$`, 'u');
/** Links closing a tweet's text: "pic.twitter.com/…", "https://t.co/…". */
const TRAILING_LINKS_RE = /(?:\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+))+\s*$/u;
/** Fewest characters of a tweet's text. */
const MIN_TWEET = 8;

/** "Election is being rigged… — Donald J. Trump (@realDonaldTrump) October 16, 2016": a tweet quoted as text. */
function tweetDraft(text: string, p: OffsetRange, previous: OffsetRange | undefined): LayoutDraft | null {
  // Looked for in the paragraph only: searching the text from the paragraph on made a long article without tweets
  // cost its length once per paragraph (a 16 MB file took 31 s instead of 17).
  const paragraph = text.slice(p.start, p.end);
  if (!paragraph.includes('(@')) return null;
  const m = TWEET_CREDIT_RE.exec(paragraph);
  if (!m) return null;
  const creditStart = p.start + m.index + m[0].indexOf(m[0].trimStart());
  const nameStart = p.start + m.index + m[0].indexOf(m[1]);
  const own = trimRange(text, p.start, creditStart);
  const body = own.end - own.start >= MIN_TWEET ? own : previous;
  if (!body) return null;
  const words = text.slice(body.start, body.end).replace(TRAILING_LINKS_RE, '');
  const content = trimRange(text, body.start, body.start + words.length, '.,');
  if (content.end - content.start < MIN_TWEET) return null;
  return { content: contentSpan(content, false, true), source: spanOf(nameStart, nameStart + m[1].length), cue: null, cueHead: null, kind: 'statement' };
}

/**
 * A sentence that attributes the quotation before it: "So said the president.", "That was the message from Clinton
 * on Sunday.", "That's what Trump told supporters.". Groups: 1 the cue of "So said", 2 its source; 3 the source after
 * a message noun; 4 the source of "what … said", 5 its cue.
 */
const BACK_FRAME_RE = new RegExp(
  '^(?:So (said|says|wrote|writes|tweeted|declared|declares) (.{2,80})' +
    `|(?:That|This|Those|These)(?:'s|’s| was| is| were| are) (?:the |his |her |their )?(?:${MESSAGE_NOUNS}) (?:of|from) (.{2,80})` +
    '|(?:That|This)(?:\'s|’s| is| was) (?:what|how) (.{2,80}?) (said|says|told|tells|wrote|writes|put it|tweeted|argued|argues|declared))' +
    '(?=$|[ ,.!;])',
  'u',
);
/** Where a source after a back frame ends: a time or place adjunct, or a clause ("So said the president in 1996."). */
const SOURCE_TAIL_RE = /\s+(?:in|on|at|during|last|this|earlier|later|when|after|before|while|to|as)\s.*$|[,.!;].*$/u;

/** The quotation that a sentence is made of alone: "“We will win this election.”" — its index, or -1. */
function wholeQuote(text: string, sentence: OffsetRange, quotes: QuoteIndex): number {
  const index = quotes.byOpen.get(sentence.start);
  if (index === undefined) return -1;
  const quote = quotes.quotes[chainOf(quotes, index).last];
  return quote.closed && trimRange(text, quote.close, sentence.end, '.').end <= quote.close ? index : -1;
}

/** "“We will win this election.” That was the message from Clinton on Sunday.": a frame in the next sentence. */
function backFrameDraft(text: string, sentence: OffsetRange, previous: OffsetRange, quotes: QuoteIndex): LayoutDraft | null {
  // Back frames open with "So", "That", "This", "Those" or "These": two tests rule out most sentences.
  const first = text.charCodeAt(sentence.start);
  if (first !== 83 && first !== 84) return null;
  if (!(text.startsWith('So ', sentence.start) || text.startsWith('That', sentence.start) || text.startsWith('This', sentence.start) || text.startsWith('Those', sentence.start) || text.startsWith('These', sentence.start))) return null;
  const m = BACK_FRAME_RE.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 200)));
  if (!m) return null;
  const quote = wholeQuote(text, previous, quotes);
  if (quote < 0) return null;
  const name = m[2] ?? m[3] ?? m[4];
  const verb: string | undefined = m[1] ?? m[5];
  const nameAt = sentence.start + m[0].lastIndexOf(name, m[4] !== undefined ? m[0].length - m[5].length - 1 : m[0].length);
  const source = trimRange(text, nameAt, nameAt + name.replace(SOURCE_TAIL_RE, '').length);
  if (source.end <= source.start || !/^(?:\p{Lu}|the |a |an |his |her |their )/u.test(text.slice(source.start, source.end))) return null;
  // The cue is the verb, or the noun with its preposition ("the message from").
  const cueText = verb ?? m[0].slice(m[0].search(new RegExp(`(?:${MESSAGE_NOUNS}) (?:of|from)`, 'u')), nameAt - sentence.start).trimEnd();
  const cueAt = verb ? sentence.start + (m[1] !== undefined ? 3 : m[0].length - verb.length) : nameAt - cueText.length - 1;
  const cue = { start: cueAt, end: cueAt + cueText.length };
  const content = chainContent(text, quotes, quote);
  if (content.end <= content.start) return null;
  return { content: contentSpan(content, true, true), source, cue, cueHead: cue, kind: 'statement' };
}

/**
 * Attributions made by the layout of the paragraphs. `sentences` are all sentences of the text in order; quotes
 * come from the same segmentation. Paragraphs that cannot hold one cost a character test.
 */
export function layoutDrafts(text: string, paragraphs: readonly OffsetRange[], sentences: readonly OffsetRange[], quotes: QuoteIndex): LayoutDraft[] {
  const drafts: LayoutDraft[] = [];
  let s = 0;
  let previous: OffsetRange | undefined;
  for (const paragraph of paragraphs) {
    // "8:02 p.m. Trump: “…”": a liveblog entry's time label is no part of its headline.
    const p = { start: afterTimeLabel(text, paragraph), end: paragraph.end };
    const first = s;
    while (s < sentences.length && sentences[s].start < p.end) s++;
    const code = text.charCodeAt(p.start);
    let draft: LayoutDraft | null = null;
    if (quotes.byOpen.has(p.start)) draft = pullQuoteDraft(text, p, quotes);
    else if (code >= 65 && code <= 90) draft = headlineDraft(text, p) ?? colonMessageDraft(text, p) ?? nameLineDraft(text, p, sentences, first, s);
    draft ??= tweetDraft(text, p, previous);
    if (draft) drafts.push(draft);
    // A back frame follows its quotation in the same paragraph or opens the next one.
    for (let k = Math.max(first, 1); k < s; k++) {
      const back = backFrameDraft(text, sentences[k], sentences[k - 1], quotes);
      if (back) drafts.push(back);
    }
    previous = paragraph;
  }
  return drafts;
}

/** Fewest paragraphs of an article whose voice can be told: fewer are a passage. */
const MIN_ARTICLE_PARAGRAPHS = 6;
/** Fewest paragraphs ending in a question that make a text an interview: one is a rhetorical question. */
const INTERVIEW_QUESTIONS = 2;

/**
 * Whether the text reads as an interview, its answers in plain text: several paragraphs end in a question mark. Outside
 * an interview an unquoted "I" or "we" is the writer's own voice (an opinion piece, a reporter's first person), which
 * attributes nothing; in one it is the interviewee's (annotation guidelines, "Interviews").
 */
export function isInterview(text: string, paragraphs: readonly OffsetRange[]): boolean {
  // "Opinion: …", "Commentary | …": a page marked as opinion is in its writer's voice, rhetorical questions and all.
  if (paragraphs.length > 0 && OPINION_KICKER_RE.test(text.slice(paragraphs[0].start, Math.min(paragraphs[0].end, paragraphs[0].start + 20)))) return false;
  // A passage of a few paragraphs tells too little: it keeps the interview reading, as a passage quoted from one.
  if (paragraphs.length < MIN_ARTICLE_PARAGRAPHS) return true;
  let questions = 0;
  for (const p of paragraphs) {
    const last = text.charCodeAt(p.end - 1);
    // "…?" or "…?”": a closing quotation mark after the question mark makes it a quoted question, no interviewer's.
    if (last === 63 && ++questions >= INTERVIEW_QUESTIONS) return true;
  }
  return false;
}

/** The kicker of an opinion page opening the text: "Opinion: …", "OPINION |", "Commentary", "Op-Ed", "Editorial". */
const OPINION_KICKER_RE = /^(?:opinion|commentary|op-ed|editorial|column|perspective|viewpoint)(?:\s*[:|—–-]|\s*$)/i;

/** Sources in the first person: the writer's voice outside quotations and interviews. */
const FIRST_PERSON_SOURCES = new Set(['i', 'we', 'my', 'our', 'me', 'us']);

/** Whether a source is "I", "we" or a first-person possessive ("In my opinion"). */
export function isFirstPersonSource(text: string, source: OffsetRange | null): boolean {
  return source !== null && source.end - source.start <= 3 && FIRST_PERSON_SOURCES.has(text.slice(source.start, source.end).toLowerCase());
}

/** The contents of speaker turns ("TRUMP: …", headlines "Name: …") among layout drafts, in text order. */
export function speakerTurns(drafts: readonly LayoutDraft[]): OffsetRange[] {
  return drafts.filter((d) => d.cue === null && !d.content.quoted).map((d) => d.content).sort((a, b) => a.start - b.start);
}

/** Whether `offset` lies inside one of `ranges` (sorted by start, not overlapping): a binary search. */
export function withinAny(ranges: readonly OffsetRange[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < ranges[mid].start) hi = mid - 1;
    else if (offset >= ranges[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}
