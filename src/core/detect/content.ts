// Finds the content of a cue: a that-clause, object or quotation after it, or the clause or quotation before it.
import {
  BE_FORMS, CLAUSE_OPENERS, CONTENT_STOPPERS, COORDINATORS, DETERMINERS, MODALS, NOUN_HOMOGRAPHS, PARTICIPLE_GROUPS, PREPOSITIONS, PRONOUNS, TIME_WORDS,
  VERB_FORMS, hasPossessor, isAdverb, startsTimeExpression,
} from './lexicon';
import { chainContent, chainOf } from './quotes';
import type { OffsetRange } from '../model/offsetRange';
import type { SentenceView } from './sentence';
import { isQuotationMark, tokenIndexAt } from './sentence';
import { isCapitalized, type Token } from './tokens';
import { trimRange } from './trim';

export interface ContentSpan extends OffsetRange {
  /** The content is a quotation (its text without the marks). */
  quoted: boolean;
  /** The content was introduced by "that", a colon or a quotation: clearly a clause, not just an object. */
  clausal: boolean;
}

/** Longest stretch of tokens taken as one content; longer clauses are cut here to keep work linear. */
const MAX_CONTENT_TOKENS = 160;
/** How far after a cue a "that" may come behind an adjunct ("said in a statement on Tuesday that"). */
const THAT_REACH = 10;
/** Up to this many words after "that" without a verb are a noun phrase ("that figure"), not a clause. */
const SHORT_OBJECT = 3;
const WH_WORDS = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);
const CONTENT_TRAILING = ',.;:';

/**
 * A range as a content. Written out rather than spread: on Node 20 a spread that adds properties (`{ ...r, quoted:
 * true }`) takes a slow path of about 2.5 µs, a hundred times the cost of a plain object, once per claim or more.
 */
export function contentSpan(r: OffsetRange, quoted: boolean, clausal: boolean): ContentSpan {
  return { start: r.start, end: r.end, quoted, clausal };
}

function isOpeningQuote(view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  return t !== undefined && isQuotationMark(t.text) && view.quotes.byOpen.has(t.start);
}

/** A reporting word used as a noun inside a noun phrase: "on a conference call", "in a research note". */
function isNounInPhrase(tokens: Token[], j: number): boolean {
  if (!NOUN_HOMOGRAPHS.has(tokens[j].lower)) return false;
  const prev = tokens[j - 1];
  const beforePrev = tokens[j - 2];
  return prev !== undefined && (DETERMINERS.has(prev.lower) || (prev.word && !VERB_FORMS.has(prev.lower) && beforePrev !== undefined && DETERMINERS.has(beforePrev.lower)));
}

/** "at the hearing", "during Tuesday's briefing": an -ing form behind a determiner or possessor is a noun. */
function isGerundNoun(tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1];
  return VERB_FORMS.get(tokens[j].lower)?.form === 'ing' && prev !== undefined && (DETERMINERS.has(prev.lower) || hasPossessor(prev));
}

/** Words that open a time adjunct before a date or number ("on Tuesday", "in 2019"); "about 3,000" is content. */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'since', 'until', 'after', 'before', 'during', 'late', 'early']);

/** Longest "citing …" aside between a cue and its that-clause: "reported on Tuesday, citing two people familiar with the matter, that". */
const CITING_ASIDE_REACH = 14;

/** Index of the comma closing a ", citing X," aside that opens at the comma `k`, or -1. */
export function citingAsideEnd(tokens: Token[], k: number): number {
  // "…, citing two officials, that…"; "According to Yonhap, quoting KCNA, …": a chained source between commas.
  if (tokens[k + 1]?.lower !== 'citing' && tokens[k + 1]?.lower !== 'quoting') return -1;
  for (let j = k + 2; j < tokens.length && j - k <= CITING_ASIDE_REACH; j++) {
    if (tokens[j].text === ',') return j;
    if (!tokens[j].word && tokens[j].text !== "'" && tokens[j].text !== '’') return -1;
  }
  return -1;
}

/** Skips an adjunct between cue and content: "in a statement … that", "on Tuesday", "late Monday", ", citing X,". */
function skipAdjunct(tokens: Token[], k: number, quoted: boolean[]): number {
  // "would like to bring people … that make": an infinitive is the content, its "that" a relative pronoun.
  if (isInfinitiveAt(tokens, k)) return k;
  // "said Monday night in Ohio that…": a bare time may come before the adjunct that leads to "that".
  let from = k;
  while (from < tokens.length && from - k < 3 && startsTimeExpression(tokens, from) && TIME_WORDS.has(tokens[from].lower)) from++;
  const opener = tokens[from];
  if (opener && (ADJUNCT_OPENERS.has(opener.lower) || opener.text === ',')) {
    const that = thatBehindAdjunct(tokens, from, quoted, quoted[k - 1]);
    if (that >= 0) return that;
  }
  return skipTime(tokens, k);
}

/** Prepositions that open an adjunct of place or manner between a cue and "that": "told reporters aboard the plane that". */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set([...PREPOSITIONS, 'aboard', 'onboard', 'alongside', 'outside']);

/** Nouns of a question put to the source, which a refusal's object names: "a question about whether…", "an email asking…". */
const ASKED_NOUNS = new Set(['question', 'questions', 'inquiry', 'inquiries', 'request', 'requests', 'query', 'queries']);

/**
 * The "that" ending an adjunct opening at token `k` ("in a statement on Tuesday that", ", citing X, that", "on CNN's
 * “State of the Union” that"), or -1 when a verb or other punctuation comes first.
 */
function thatBehindAdjunct(tokens: Token[], k: number, quoted: boolean[], cueQuoted: boolean | undefined): number {
  let reach = THAT_REACH;
  for (let j = k; j < tokens.length && j - k <= reach; j++) {
    const t = tokens[j];
    const aside = t.text === ',' ? citingAsideEnd(tokens, j) : -1;
    if (aside > 0) {
      reach += aside - j;
      j = aside;
      continue;
    }
    if (j === k) continue;
    // "did not respond to a follow-up question about whether…": what is asked is the object, not an adjunct.
    if (ASKED_NOUNS.has(t.lower)) return -1;
    // A cue inside a quotation ("We can't say from this study that…") takes a "that" inside the same quotation.
    // "refused to say during the final debate whether…": a whether-clause behind the adjunct too.
    if ((t.lower === 'that' || t.lower === 'whether') && quoted[j] === cueQuoted) return j;
    // A programme's quoted title may stand in the adjunct, and its capitalized words are a name, not verbs: "said
    // on CNN's “State of the Union” that".
    // "told a crowd in Golden, Colo., that": the dot of a state's abbreviation.
    const abbreviation = t.text === '.' && isCapitalized(tokens[j - 1]) && tokens[j - 1].end === t.start;
    if ((!t.word && t.text !== ',' && !isQuotationMark(t.text) && !abbreviation) || (VERB_FORMS.has(t.lower) && !isCapitalized(t) && !isNounInPhrase(tokens, j) && !isGerundNoun(tokens, j))) break;
  }
  return -1;
}

/** The first token after a time adjunct at `k` ("on Tuesday", "late Monday"), or `k`. */
function skipTime(tokens: Token[], k: number): number {
  let j = k;
  if (TIME_PREPOSITIONS.has(tokens[j]?.lower ?? '')) {
    let g = j + 1;
    while (g < tokens.length && (startsTimeExpression(tokens, g) || /^\d/.test(tokens[g].text))) g++;
    if (g > j + 1) j = g;
  } else {
    while (j < tokens.length && TIME_WORDS.has(tokens[j].lower) && j - k < 3 && tokens[j].lower !== 'this' && tokens[j].lower !== 'the' && tokens[j].lower !== 'may') j++;
  }
  return j;
}

/** Whether the tokens from `k` look like another attribution frame: ", said the minister", ", he said", ", officials say". */
function startsFrame(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  // "said Trump, who has called for a ban, was dangerous": a relative clause goes on with the noun before it.
  if (!t || RELATIVE_WORDS.has(t.lower)) return false;
  const verb = (x: Token | undefined): boolean => x !== undefined && !isCapitalized(x) && VERB_FORMS.has(x.lower) && VERB_FORMS.get(x.lower)?.form !== 'ing';
  if (verb(t)) return true;
  for (let j = k; j < tokens.length && j - k < 4; j++) {
    if (!tokens[j].word) return false;
    // "said if he loses, he will not concede": a frame reports what was said, never in the future.
    if (isFutureAuxiliary(tokens[j])) return false;
    // "…, the plan would fail": a verb form right after a determiner is a noun, no frame's verb.
    if (verb(tokens[j]) && !(j > k && DETERMINERS.has(tokens[j - 1].lower))) return j > k && (PRONOUNS.has(t.lower) || isCapitalized(t) || DETERMINERS.has(t.lower));
  }
  return false;
}

/** "will", "won't", "shall", "he'll": a verb group in the future tells no frame after its content. */
export function isFutureAuxiliary(t: Token): boolean {
  return t.lower === 'will' || t.lower === 'shall' || /^(?:won|shan)['’]t$/.test(t.lower) || /['’]ll$/.test(t.lower);
}

/** Longest subject and verb group between "which" and its cue: "which the Trump campaign has repeatedly denied". */
const ANSWERING_RELATIVE_REACH = 7;

/**
 * ", which he denies", ", which the campaign has disputed": a "which" clause whose subject answers what came before
 * with a cue verb taking no object of its own (nothing but an adverb after it before the sentence ends).
 */
function startsAnsweringRelative(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'which') return false;
  for (let j = k + 2; j < tokens.length && j - k <= ANSWERING_RELATIVE_REACH; j++) {
    const t = tokens[j];
    if (!t.word) return false;
    if (isCapitalized(t) || !VERB_FORMS.has(t.lower)) continue;
    // "…, which officials confirmed, has shaken…": a clause set off inside a subject stays; only one ending the sentence ends the content.
    return endsSentenceAfter(tokens, j);
  }
  return false;
}

/** Whether nothing but adverbs stand between token `k` and the end of its sentence: "which he denies.", "…has denied vigorously." */
export function endsSentenceAfter(tokens: readonly Token[], k: number): boolean {
  let after = k + 1;
  while (tokens[after]?.word && isAdverb(tokens[after].lower, false)) after++;
  return tokens[after] === undefined || /^[.!?;]$/.test(tokens[after].text);
}

/** Relative pronouns, which open a clause about the noun before them, never a frame. */
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which']);

/** ", adding that…", ", pointing to…": a participle of a speech or assertion verb starts a frame of its own. */
function startsReportingParticiple(t: Token | undefined): boolean {
  const entry = t ? VERB_FORMS.get(t.lower) : undefined;
  return entry !== undefined && entry.form === 'ing' && PARTICIPLE_GROUPS.has(entry.verb.group);
}

/**
 * "that sales rose": two or three words after "that" ending in neither an adverb nor a time ("disputed that figure
 * outright", "that claim last week") are a clause whose verb the lexicon does not know, not a demonstrative object.
 */
function isShortClause(tokens: Token[], that: number, rest: number): boolean {
  let end = rest;
  while (end > that && tokens[end]?.word !== true) end--;
  const last = tokens[end];
  if (end - that < 2) return false;
  return !isAdverb(last.lower, isCapitalized(last)) && !TIME_WORDS.has(last.lower) && !startsTimeExpression(tokens, end - 1);
}

/** Short adverbs that may stand between a cue and "that": "said only that", "said again that". */
const FOCUS_ADVERBS = new Set(['only', 'also', 'again', 'just', 'merely', 'simply', 'further', 'too']);

/** Pronouns that can only be subjects: "believe they matter" is a clause whatever its verb. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** "believe it matters", "think we can": a subject pronoun, or "it" before a word other than "to", opens a clause. */
function opensWithSubjectPronoun(tokens: Token[], k: number, last: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  // "it's a combination of…", "they're right": a pronoun with a contracted verb is a clause on its own.
  if (CONTRACTED_SUBJECT_RE.test(t.lower)) return true;
  if (k >= last || !next?.word) return false;
  return SUBJECT_PRONOUNS.has(t.lower) || (t.lower === 'it' && next.lower !== 'to' && !PREPOSITIONS.has(next.lower));
}

const CONTRACTED_SUBJECT_RE = /^(?:it|he|she|they|we|i|you|that|there|what|who|this)['’](?:s|re|ve|ll|d|m)$/;

/** Common irregular past tenses: "stated Montalvo left", "said the economy grew". */
export const IRREGULAR_PASTS = new Set([
  'left', 'went', 'came', 'took', 'made', 'gave', 'got', 'knew', 'saw', 'became', 'began', 'kept', 'held', 'brought',
  'bought', 'ran', 'won', 'lost', 'met', 'paid', 'sent', 'spent', 'built', 'led', 'grew', 'fell', 'rose', 'sold', 'stood',
  'broke', 'chose', 'drove', 'flew', 'forgot', 'hid', 'meant', 'sat', 'spoke', 'stole', 'struck', 'swore', 'threw',
  'understood', 'wore', 'withdrew', 'overtook', 'undertook', 'caught', 'fought', 'sought', 'taught', 'dealt', 'slid',
]);
const FINITE_MARKERS = new Set([...MODALS, ...BE_FORMS, ...IRREGULAR_PASTS, 'has', 'have', 'had', 'did', 'does', 'do']);
/** How far into a content a finite verb shows it is a clause ("believe these developments may shift…"). */
const FINITE_REACH = 12;

/** A finite verb among the first words after the content's first: a bare clause rather than an object. */
function hasFiniteVerb(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k <= last && k - from < FINITE_REACH; k++) {
    const t = tokens[k];
    if (t.text === ',' || CLAUSE_OPENERS.has(t.lower)) return false;
    const lower = t.lower;
    if (FINITE_MARKERS.has(lower) || lower.endsWith("n't") || lower.endsWith('n’t') || (lower.endsWith('ed') && !isCapitalized(t) && !DETERMINERS.has(tokens[k - 1].lower))) return true;
  }
  return false;
}

const DASHES = new Set(['-', '—', '–']);
const SUBORDINATE_OPENERS = new Set(['although', 'though', 'while', 'whereas', 'but', 'because', 'unless']);

/** Index of the last token of a content starting at `from`: up to the sentence end or a clause boundary. */
/** Longest subject of an absolute construction: "with the i reporting", "with one official saying". */
const ABSOLUTE_SUBJECT_REACH = 4;

/** ", with the i reporting no one will be refused": an absolute construction adds a claim of its own. */
function startsAbsolute(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'with') return false;
  for (let j = k + 2; j < tokens.length && j - k <= ABSOLUTE_SUBJECT_REACH; j++) {
    if (!tokens[j].word) return false;
    if (startsReportingParticiple(tokens[j])) return true;
  }
  return false;
}

/** A short subject and a reporting participle after "and": "… and Clinton defending her record". */
function startsAbsoluteSubject(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j - k < 4; j++) {
    if (!tokens[j].word) return false;
    if (j > k && startsReportingParticiple(tokens[j])) return true;
    // "… and was asking the governor's office": a verb shares the subject before; a subject is a name or opens with a determiner.
    if (!isCapitalized(tokens[j]) && !(j === k && DETERMINERS.has(tokens[j].lower))) return false;
  }
  return false;
}

/** Words before a colon that introduce an example belonging to the content rather than a claim of its own. */
const EXAMPLE_INTRODUCERS = new Set(['including', 'follows', 'namely', 'include', 'includes']);

function clauseEnd(view: SentenceView, from: number, stopAtComma: boolean): number {
  const { tokens, quoted } = view;
  // A cue inside a quotation ("They tell us the robots will be safer") reports only up to the closing mark.
  const insideQuote = quoted[from];
  let inDashes = false;
  let last = from;
  for (let k = from; k < tokens.length && k - from < MAX_CONTENT_TOKENS; k++) {
    const t = tokens[k];
    if (insideQuote && !quoted[k]) break;
    // "…until “every vote has been counted,” but…": a quotation closing on a comma ends the clause before a stopper.
    if (k > from && isQuotationMark(t.text) && tokens[k - 1].text === ',' && (CONTENT_STOPPERS.has(tokens[k + 1]?.lower ?? '') || startsReportingParticiple(tokens[k + 1]) || startsSumming(tokens, k + 1))) break;
    // "it's not theirs - although luminescence is common…": a dash before a subordinator ends the claim, and so does
    // one before the speaker's next act ("— and then criticized…").
    if (k > from && DASHES.has(t.text) && !quoted[k] && (SUBORDINATE_OPENERS.has(tokens[k + 1]?.lower ?? '') || startsSharedVerb(tokens, k + 1))) break;
    if (t.text === '—' || t.text === '–') inDashes = !inDashes;
    if ((insideQuote || !quoted[k]) && k > from && !inDashes) {
      if (t.text === ';') break;
      // "with Trump saying NAFTA was a disaster and Clinton defending her record": a second absolute clause.
      if (t.lower === 'and' && startsAbsoluteSubject(tokens, k + 1)) break;
      // "…, according to the event website" ends the content with or without its comma.
      if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') break;
      // "told Sky News any process “must be well thought out”: “Moves to…”": the quotation after the colon is a claim of its own.
      // "cited examples of complicated questions, including: “Were you…”" goes on into the example.
      if (t.text === ':' && isOpeningQuote(view, k + 1) && !EXAMPLE_INTRODUCERS.has(tokens[k - 1].lower)) break;
      if (t.text === ',') {
        const next = tokens[k + 1];
        if (stopAtComma) break;
        if (next && CONTENT_STOPPERS.has(next.lower) && !(next.lower === 'as' && ['well', 'much', 'many', 'long', 'soon', 'part'].includes(tokens[k + 2]?.lower ?? ''))) break;
        if (startsFrame(tokens, k + 1) || startsReportingParticiple(tokens[k + 1]) || startsAbsolute(tokens, k + 1)) break;
        // "…committed fraud, which he denies": a relative clause in which another source answers the claim is no part of it.
        if (startsAnsweringRelative(tokens, k + 1)) break;
        // "…were “in trouble,” a claim Democratic officials dismissed as spin": the narrator sums up what was said.
        if (startsSumming(tokens, k + 1) && !quoted[k + 1]) break;
        // "…, drawing boos from the crowd", "…, then added a caveat", "…, something he has said for months": the
        // narrator goes on about the saying, not about what was said.
        if (REACTION_PARTICIPLES.has(next?.lower ?? '') || startsSharedVerb(tokens, k + 1) || (next?.lower === 'something' && !quoted[k + 1])) break;
      }
    }
    last = k;
  }
  return last;
}

/** Nouns with which the narrator sums up a statement in an apposition after it: "…, a claim officials dismissed". */
export const SUMMING_NOUNS = new Set(['claim', 'charge', 'assertion', 'allegation', 'accusation', 'statement', 'remark', 'comment', 'call', 'promise', 'pledge', 'prediction', 'boast', 'reference', 'line', 'message', 'sentiment', 'view', 'position']);

/** "a claim", "an assertion" at token `k`: the narrator's apposition summing up what was said. */
export function startsSumming(tokens: readonly Token[], k: number): boolean {
  return (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') && SUMMING_NOUNS.has(tokens[k + 1]?.lower ?? '');
}

/** Participles with which the narrator tells how a statement was received: "…, drawing boos from the crowd". */
const REACTION_PARTICIPLES = new Set([
  'drawing', 'prompting', 'sparking', 'echoing', 'contradicting', 'triggering', 'angering', 'reversing', 'earning',
  'eliciting', 'provoking', 'reiterating', 'repeating', 'breaking', 'joining', 'setting', 'fueling', 'fuelling',
]);

/** "…, then added a caveat", "…, and then criticized": a second verb of the same subject after "then". */
function startsSharedVerb(tokens: Token[], k: number): boolean {
  const j = tokens[k]?.lower === 'and' ? k + 1 : k;
  return tokens[j]?.lower === 'then' && isPastVerb(tokens[j + 1]);
}

function rangeOf(view: SentenceView, first: number, last: number, quoted: boolean, clausal: boolean): ContentSpan | null {
  const { tokens, text } = view;
  let r = trimRange(text, tokens[first].start, tokens[last].end, CONTENT_TRAILING);
  // A partial quote closing the sentence (“…dead on arrival.”) keeps its words but not the punctuation and mark.
  const mark = text.charAt(r.end - 1);
  if ((mark === '”' || mark === '"') && CONTENT_TRAILING.includes(text.charAt(r.end - 2))) r = trimRange(text, r.start, r.end - 1, CONTENT_TRAILING);
  return r.end > r.start ? { start: r.start, end: r.end, quoted, clausal } : null;
}

/** The quotation opening at token `k` is the whole content: nothing but punctuation follows it in its clause. */
function quoteEndsClause(view: SentenceView, k: number): boolean {
  const index = view.quotes.byOpen.get(view.tokens[k].start);
  if (index === undefined) return false;
  const { last } = chainOf(view.quotes, index);
  const close = view.quotes.quotes[last].close;
  const after = view.tokens.find((t) => t.start >= close);
  return !after || !after.word;
}

/** The quotation opening at token `k`, whole, including its continuation in later paragraphs. */
function quoteContent(view: SentenceView, k: number): ContentSpan | null {
  const index = view.quotes.byOpen.get(view.tokens[k].start);
  if (index === undefined) return null;
  const r = chainContent(view.text, view.quotes, index);
  return r.end > r.start ? contentSpan(r, true, true) : null;
}

/** Opening and closing single quotation marks; the straight one closes only where no letter follows. */
const SINGLE_OPENERS = new Set(["'", '‘']);
const SINGLE_CLOSERS = new Set(["'", '’']);

/**
 * The words between single quotation marks opening at token `k` and closing in the same sentence, attached to the
 * words they enclose (single marks are not tracked as quotations: an apostrophe could be either).
 */
function singleQuoted(view: SentenceView, k: number): ContentSpan | null {
  const { tokens } = view;
  const open = tokens[k];
  if (!open || !SINGLE_OPENERS.has(open.text) || !tokens[k + 1]?.word || tokens[k + 1].start !== open.end) return null;
  for (let j = k + 2; j < tokens.length; j++) {
    const t = tokens[j];
    if (!SINGLE_CLOSERS.has(t.text) || tokens[j - 1].end !== t.start) continue;
    if (tokens[j + 1]?.word && tokens[j + 1].start === t.end) continue;
    return rangeOf(view, k + 1, j - 1, true, true);
  }
  return null;
}

/** Longest gap between a frame ending in a comma or colon and the quotation that opens the next paragraph. */
const NEXT_PARAGRAPH_GAP = 6;

/** "Rathbun stated,⏎⏎“Daniel was picked up…”": the quotation that opens the next paragraph after a frame's comma or colon. */
function quoteInNextParagraph(view: SentenceView, from: number): ContentSpan | null {
  let at = from;
  while (at < view.text.length && at - from <= NEXT_PARAGRAPH_GAP && /\s/.test(view.text.charAt(at))) at++;
  const index = view.quotes.byOpen.get(at);
  if (index === undefined || !view.text.slice(from, at).includes('\n')) return null;
  const r = chainContent(view.text, view.quotes, index);
  return r.end > r.start ? contentSpan(r, true, true) : null;
}

export interface ContentOptions {
  /** The attribution sits in a fronted subordinate clause ("Although X has confirmed Y, …"): content ends at a comma. */
  stopAtComma: boolean;
  /** The content is a clause whatever its first words ("According to X, in their first match, …"). */
  clause?: boolean;
  /** An object that is no clause ends at a comma ("requested donations via his blog, in order to…"). */
  phraseObject?: boolean;
}

/** The content after the cue ending at token `cueLast`. */
export function contentAfter(view: SentenceView, cueLast: number, options: ContentOptions): ContentSpan | null {
  const { tokens, quoted } = view;
  let k = cueLast + 1;
  // "commented on the creation of the cocktail, “When…”", "remarked to The Brooklyn Paper, “We'll…”"; also set off
  // by commas: "The statement said, in part: “We will…”".
  const quoteBehind = quoteAfterAdjunct(view, tokens[k]?.text === ',' ? k + 1 : k);
  if (quoteBehind >= 0) {
    const q = quoteContent(view, quoteBehind);
    if (q) return q;
  }
  // "Here's what Trump said about the tape:⏎⏎“…”": a topic before a colon that ends the paragraph hands on to the
  // quotation opening the next one.
  const colon = colonAfterAdjunct(view, k);
  if (colon >= 0) {
    const q = quoteInNextParagraph(view, tokens[colon].end);
    if (q) return q;
  }
  k = skipAdjunct(tokens, k, quoted);
  // "has acknowledged and discussed the existence…": a second verb sharing the object is neither cue nor content.
  if (COORDINATORS.has(tokens[k]?.lower ?? '') && isPastVerb(tokens[k + 1])) k += 2;
  // "said only that…", "added simply that…": an adverb before the complementizer belongs to neither cue nor content.
  if (tokens[k + 1]?.lower === 'that' && !quoted[k + 1] && (FOCUS_ADVERBS.has(tokens[k]?.lower ?? '') || isAdverb(tokens[k]?.lower ?? '', false))) k++;
  let clausal = false;
  let comma = false;
  while (tokens[k] && (tokens[k].text === ',' || tokens[k].text === ':')) {
    clausal = clausal || tokens[k].text === ':';
    comma = comma || tokens[k].text === ',';
    k++;
  }
  if (!tokens[k]) return comma || clausal ? quoteInNextParagraph(view, tokens[k - 1].end) : null;
  if (isOpeningQuote(view, k) && quoteEndsClause(view, k)) {
    const q = quoteContent(view, k);
    if (q) return q;
  }
  // "I say, 'Hey John, my name is Frank' and they laugh": single marks after a comma quote the words said.
  if (comma && !clausal) return singleQuoted(view, k);
  // "I told them that.", "She said so on Tuesday.", "I didn't say that at all.": an anaphor is no content; nor is
  // an adverbial clause ("was confident while she boarded her plane").
  // "It's easier said than done": a comparison is no content either.
  if (isAnaphorOnly(view, k) || ((ADVERBIAL_OPENERS.has(tokens[k].lower) || tokens[k].lower === 'than') && !quoted[k])) return null;
  // The end of the clause after "that", reused below when the content starts right there.
  let known = { from: -1, last: -1 };
  if (tokens[k].lower === 'that' && quoted[k] === quoted[cueLast]) {
    const rest = clauseEnd(view, k + 1, options.stopAtComma);
    known = { from: k + 1, last: rest };
    // "disputed that figure": a demonstrative, not a complementizer, when no clause follows.
    if (rest - k > SHORT_OBJECT || hasFiniteVerb(tokens, k + 2, rest) || isShortClause(tokens, k, rest)) { clausal = true; k++; }
    // "added that, under the current laws, …": the content starts after the comma.
    if (clausal && tokens[k]?.text === ',') k++;
  }
  // "dubbed her 'the Iron Lady'", "was branded ‘a traitor’": a label in single marks is their content.
  if (tokens[k] && SINGLE_OPENERS.has(tokens[k].text)) return singleQuoted(view, k);
  if (!tokens[k] || !(tokens[k].word || isOpeningQuote(view, k) || tokens[k].text === '(')) return null;
  // "who asked not to be named": a request about the speaker, not reported content ("vowed not to resign" is one).
  if (tokens[k].lower === 'not' && !isInfinitiveAt(tokens, k + 1)) return null;
  const last = known.from === k ? known.last : clauseEnd(view, k, options.stopAtComma);
  const infinitive = isInfinitiveAt(tokens, k) || (tokens[k].lower === 'not' && isInfinitiveAt(tokens, k + 1));
  if (options.clause || (!infinitive && (WH_WORDS.has(tokens[k].lower) || hasFiniteVerb(tokens, k + 1, last) || opensWithSubjectPronoun(tokens, k, last)))) clausal = true;
  return rangeOf(view, k, clausal || !(infinitive || options.phraseObject) ? last : objectEnd(view, k, last), false, clausal);
}

/** Subordinators that open an adverbial clause, never a content: "was confident while she boarded…" ("as" opens labels: "described as"). */
const ADVERBIAL_OPENERS = new Set(['while', 'because', 'although', 'though', 'whereas', 'unless']);

/** Words that only point back to what was said: "said so", "told them that", "denied it". */
const ANAPHORS = new Set(['so', 'that', 'this', 'it']);
/** Words that may follow an anaphor in its clause without making it a content: "said so again", "that at all". */
const ANAPHOR_TAIL = new Set([
  'at', 'all', 'again', 'too', 'either', 'before', 'publicly', 'repeatedly', 'explicitly', 'directly', 'himself', 'herself', 'themselves',
  // "few will say so in public", "said so on the record", "said it out loud".
  'in', 'public', 'private', 'privately', 'openly', 'plainly', 'clearly', 'aloud', 'out', 'loud', 'on', 'the', 'record',
]);

/** Whether the content at token `k` is only an anaphor, perhaps with an adverb or time: "so on Tuesday", "that at all". */
function isAnaphorOnly(view: SentenceView, k: number): boolean {
  const { tokens, quoted } = view;
  if (!ANAPHORS.has(tokens[k]?.lower ?? '') || quoted[k]) return false;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j];
    // "His lawyer denied that, saying…", "She denied it, and said…": a comma before a participle or a coordinated
    // clause closes the anaphor ("added that, under the current laws, …" goes on to its clause).
    if (!t.word) return t.text === '.' || t.text === '!' || t.text === ';' || (t.text === ',' && (j > k + 1 || closesAnaphor(tokens[j + 1])));
    if (!ANAPHOR_TAIL.has(t.lower) && !TIME_WORDS.has(t.lower) && !startsTimeExpression(tokens, j)) return false;
  }
  return true;
}

/** Whether the word after an anaphor's comma opens a participle or a coordinated clause of the sentence, not the content. */
function closesAnaphor(t: Token | undefined): boolean {
  return t !== undefined && !isCapitalized(t) && (/^\p{Ll}+ing$/u.test(t.text) || t.lower === 'and' || t.lower === 'but');
}

/** Subject pronouns that open a new clause after "and": "to be rich and famous and he made lots of choices". */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/**
 * The last token of an object or infinitive content, which ends before a comma ("donations via his blog, in order
 * to…") or a coordinated clause with its own subject ("to be rich and famous and he made…").
 */
function objectEnd(view: SentenceView, first: number, last: number): number {
  const { tokens, quoted } = view;
  for (let k = first + 1; k <= last; k++) {
    if (quoted[k] && quoted[first] === false) continue;
    // "accused the Centre Party, the junior partner in the coalition, of …": an apposition inside the object.
    const apposition = tokens[k].text === ',' ? appositionEnd(tokens, k, last) : -1;
    if (apposition > 0) {
      k = apposition;
      continue;
    }
    if (tokens[k].text === ',' && k > first) {
      // "described Montalvo as an individual, “facing the penitentiary…”": a quotation closing the sentence goes with the object.
      if (isOpeningQuote(view, k + 1) && quoteEndsClause(view, k + 1)) return last;
      // "favors school choice, simplification of the Tax Code, and reform of the drug laws": a list of noun phrases.
      return !isInfinitiveAt(tokens, first) && isListTail(tokens, k, last) ? last : k - 1;
    }
    if (COORDINATORS.has(tokens[k].lower) && CLAUSE_SUBJECTS.has(tokens[k + 1]?.lower ?? '') && k > first) return k - 1;
  }
  return last;
}

/** Whether the words from comma `k` to `last` finish a list of noun phrases: "…, B, and C" with no verb of their own. */
function isListTail(tokens: Token[], k: number, last: number): boolean {
  let conjunction = false;
  for (let j = k + 1; j <= last; j++) {
    const t = tokens[j];
    if (!t.word && t.text !== ',' && t.text !== "'" && t.text !== '’' && t.text !== '-' && !(j === last && /^[.!?]$/.test(t.text))) return false;
    if (t.word && (FINITE_MARKERS.has(t.lower) || VERB_FORMS.has(t.lower) || CLAUSE_SUBJECTS.has(t.lower) || /n['’]t$/.test(t.lower) || isInfinitiveAt(tokens, j))) return false;
    if ((t.lower === 'and' || t.lower === 'or') && tokens[j - 1].text === ',') conjunction = true;
  }
  return conjunction;
}

/** Longest apposition inside an object: "the Centre Party, the junior partner in the three-party coalition,". */
const OBJECT_APPOSITION_REACH = 12;

/** Index of the comma closing an apposition that opens with a determiner at comma `k`, or -1. */
function appositionEnd(tokens: Token[], k: number, last: number): number {
  const opener = tokens[k + 1]?.lower ?? '';
  if (opener !== 'the' && opener !== 'a' && opener !== 'an') return -1;
  for (let j = k + 2; j <= last && j - k <= OBJECT_APPOSITION_REACH; j++) {
    if (tokens[j].text === ',') return j;
    if (!tokens[j].word && tokens[j].text !== "'" && tokens[j].text !== '’' && tokens[j].text !== '-') return -1;
  }
  return -1;
}

function isPastVerb(t: Token | undefined): boolean {
  return t !== undefined && t.word && !isCapitalized(t) && (/ed$/.test(t.lower) || VERB_FORMS.get(t.lower)?.form === 'past');
}

/** Longest adjunct between a cue and a quotation after a comma: "commented on the creation of the Santorum cocktail,". */
const ADJUNCT_BEFORE_QUOTE = 12;

/** Token index of a quotation behind a prepositional adjunct and a comma or colon after the cue, or -1. */
function quoteAfterAdjunct(view: SentenceView, k: number): number {
  const { tokens } = view;
  if (!tokens[k] || !PREPOSITIONS.has(tokens[k].lower)) return -1;
  for (let j = k + 1; j < tokens.length && j - k <= ADJUNCT_BEFORE_QUOTE; j++) {
    const t = tokens[j];
    if ((t.text === ',' || t.text === ':') && isOpeningQuote(view, j + 1) && quoteEndsClause(view, j + 1)) return j + 1;
    if (!t.word && t.text !== "'" && t.text !== '’' && t.text !== '.') return -1;
    if (t.lower === 'that' || (VERB_FORMS.has(t.lower) && !isNounInPhrase(tokens, j))) return -1;
  }
  return -1;
}

/** The colon closing a sentence after a prepositional adjunct at token `k` ("said about the tape:"), or -1. */
function colonAfterAdjunct(view: SentenceView, k: number): number {
  const { tokens } = view;
  const last = tokens.length - 1;
  if (!tokens[k] || !PREPOSITIONS.has(tokens[k].lower) || tokens[last].text !== ':' || last - k > ADJUNCT_BEFORE_QUOTE) return -1;
  for (let j = k + 1; j < last; j++) {
    const t = tokens[j];
    if (!t.word && t.text !== "'" && t.text !== '’' && t.text !== '.' && t.text !== ',') return -1;
    if (t.lower === 'that' || (VERB_FORMS.has(t.lower) && !isNounInPhrase(tokens, j))) return -1;
  }
  return last;
}

/** Words after "to" that make it a preposition, not an infinitive marker: "to him", "to the city", "to 2019". */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'you', 'whom', 'this', 'that', 'which', 'what']);

/** Whether tokens `k`, `k+1` are "to" and a word that can be a verb: "to veto", "to stay" (not "to the", "to Moscow"). */
export function isInfinitiveAt(tokens: readonly Token[], k: number): boolean {
  // "aims to “build the world's largest manual”": a quotation may open between "to" and its verb.
  // Single marks too: "vowed to 'drain the swamp'" (a lone apostrophe before a word opens a quotation).
  const mark = tokens[k + 1] !== undefined && (isQuotationMark(tokens[k + 1].text) || tokens[k + 1].text === "'" || tokens[k + 1].text === '‘');
  const verb = mark ? tokens[k + 2] : tokens[k + 1];
  if (tokens[k]?.lower !== 'to' || !verb?.word || isCapitalized(verb) || /^\d/.test(verb.text)) return false;
  return !DETERMINERS.has(verb.lower) && !OBJECT_PRONOUNS.has(verb.lower) && !PREPOSITIONS.has(verb.lower) && !/['’]s$/.test(verb.lower);
}

/** How far into a content a to-infinitive may follow its object: "urged the governments of the region to act". */
const INFINITIVE_REACH = 10;

/**
 * A to-infinitive at the start of the content or after a short object ("to veto the bill", "residents to stay
 * indoors"), or a question after the object ("government officials how the papers got there").
 */
export function hasInfinitive(view: SentenceView, content: OffsetRange): boolean {
  const { tokens } = view;
  let k = tokenIndexAt(view, content.start);
  for (const first = k; k >= 0 && k < tokens.length && tokens[k].end <= content.end && k - first <= INFINITIVE_REACH; k++) {
    if (isInfinitiveAt(tokens, k) || (k > first && WH_WORDS.has(tokens[k].lower))) return true;
    if (!tokens[k].word && tokens[k].text !== "'" && tokens[k].text !== '’') return false;
  }
  return false;
}

const DATELINE_DASHES = new Set(['—', '–', '-']);
/** Longest dateline before its dash: "ROTTERDAM, Netherlands (Reuters) —". */
const MAX_DATELINE = 8;

/** The first token after a dateline ("ROTTERDAM, Netherlands (Wire) — …"), or `first` when there is none. */
function afterDateline(tokens: Token[], first: number, last: number): number {
  for (let k = first; k <= last && k - first <= MAX_DATELINE; k++) {
    const t = tokens[k];
    if (DATELINE_DASHES.has(t.text)) return k > first ? k + 1 : first;
    if (!(isCapitalized(t) || t.text === ',' || t.text === '(' || t.text === ')' || t.text === '.')) return first;
  }
  return first;
}

/** Whether the text just before token `k` (skipping commas) closes a quotation; returns its quote index. */
function quoteEndingBefore(view: SentenceView, k: number): number | undefined {
  let j = k - 1;
  while (j >= 0 && view.tokens[j].text === ',') j--;
  if (j < 0) return undefined;
  const t = view.tokens[j];
  return isQuotationMark(t.text) ? view.quotes.byClose.get(t.end) : undefined;
}

/**
 * The content before a frame starting at token `frameFirst` ("…, the minister said", "…, according to X"):
 * the quotation that closes just before it, or the clause from `floor` to the comma.
 */
/**
 * The clause a parenthetical frame sits in ("we had met like she said at Sandia View Academy"): from the previous
 * comma or the sentence start to the next comma or the sentence end, frame included.
 */
export function clauseAround(view: SentenceView, frameFirst: number, frameLast: number): ContentSpan | null {
  const { tokens } = view;
  let first = frameFirst;
  while (first > 0 && tokens[first - 1].text !== ',' && tokens[first - 1].text !== ';' && !isQuotationMark(tokens[first - 1].text)) first--;
  const last = clauseEnd(view, frameLast + 1, true);
  if (first >= frameFirst || last <= frameLast) return null;
  return rangeOf(view, first, last, false, true);
}

/** The "which" of a ", which…" clause between `first` and `last` (the last one), or `first`. */
function relativeClauseStart(tokens: Token[], first: number, last: number): number {
  for (let k = last; k > first; k--) if (tokens[k].lower === 'which' && tokens[k - 1].text === ',') return k;
  return first;
}

export function contentBefore(view: SentenceView, frameFirst: number, floor: number): ContentSpan | null {
  const quote = quoteEndingBefore(view, frameFirst);
  if (quote !== undefined) {
    const r = chainContent(view.text, view.quotes, quote);
    return r.end > r.start ? contentSpan(r, true, true) : null;
  }
  let last = frameFirst - 1;
  while (last >= floor && view.tokens[last].text === ',') last--;
  if (last < floor) return null;
  let first = afterDateline(view.tokens, floor, last);
  // "…visitors per month, which makes us the 135th most popular site according to Quantcast": a frame with no comma
  // before it reports only the relative clause it closes.
  if (last === frameFirst - 1) first = Math.max(first, relativeClauseStart(view.tokens, first, last));
  while (first < last && (view.tokens[first].text === ',' || isQuotationMark(view.tokens[first].text))) first++;
  return rangeOf(view, first, last, false, true);
}
