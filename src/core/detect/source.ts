// Finds the source of a cue: the noun phrase before it (with appositions, parentheticals, relative "who"), or after it.
import {
  ATTRIBUTION_NOUNS, AUDIENCE_NOUNS, AUXILIARIES, BE_FORMS, CLAUSE_OPENERS, COORDINATORS, DETERMINERS, EVIDENCE_NOUNS, MODALS, PREPOSITIONS, SOURCE_CUE_ADVERBS,
  MEDIUM_PREPOSITIONS, POSSESSIVE_PRONOUNS, TIME_WORDS, VERB_FORMS, channelEnd, hasPossessor, isAdverb, startsTimeExpression,
} from './lexicon';
import type { SentenceView } from './sentence';
import { isQuotationMark } from './sentence';
import { isCapitalized, type Token } from './tokens';
import { IRREGULAR_PASTS, startsSumming } from './content';

/** A source as token indices (inclusive) and the character range it covers. */
export interface SourceSpan {
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Longest source we accept before a cue; a longer subject is more likely a clause than a noun phrase. */
const MAX_SOURCE_TOKENS = 14;

const HAVE_FORMS = new Set(['has', 'have', 'had']);
const LEADING_CONNECTIVES = new Set(['and', 'but', 'or', 'so', 'then', 'yet', 'also', 'meanwhile', 'however', 'still', 'now', 'thus', 'instead', 'even']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose']);
/** Words that start an apposition naming a role: "Kim, a spokesman for…", "Lee, spokeswoman for…". */
const ROLE_WORDS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'professor', 'director', 'head', 'chief', 'minister',
  'president', 'chairman', 'chairwoman', 'chair', 'leader', 'secretary', 'senior', 'former', 'deputy', 'researcher',
  'expert', 'official', 'member', 'author', 'editor', 'ceo', 'founder', 'lawyer', 'attorney', 'adviser', 'advisor',
  'governor', 'mayor', 'senator', 'general', 'commander', 'economist', 'scientist', 'fellow', 'manager', 'coach',
  'assistant', 'associate', 'curator', 'instructor', 'lecturer', 'representative', 'ambassador', 'prime', 'vice',
  'prosecutor', 'counsel', 'strategist', 'pollster', 'aide', 'commissioner', 'sheriff', 'judge', 'executive', 'treasurer',
  'nominee', 'chancellor', 'superintendent', 'historian', 'consultant',
]);

/** Abbreviated titles whose dot does not end a name: "Dr. Ahn", "Gen. Kim". */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'st', 'jr', 'sr', 'maj', 'adm', 'rev', 'hon', 'cmdr', 'brig', 'pres', 'insp', 'det', 'supt', 'atty']);

function isBoundaryPunctuation(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  // "MOSCOW - Putin said": a hyphen with spaces on both sides is a dash, which ends a dateline.
  if (t.text === '-' && tokens[k - 1] && tokens[k - 1].end < t.start && tokens[k + 1] && tokens[k + 1].start > t.end) return true;
  if (t.word || ["'", '’', '&', '-', '/'].includes(t.text)) return false;
  if (t.text !== '.') return true;
  const before = tokens[k - 1];
  return !(before && (TITLE_ABBREVIATIONS.has(before.lower) || /^\p{Lu}$/u.test(before.text)));
}

/** Comparatives that make "than" part of a quantity ("more than 48,000 ballots") rather than a clause opener. */
const COMPARATIVES = new Set(['more', 'less', 'fewer', 'over', 'under']);
/** Shares after "more/fewer than": "half", "a third", "two-thirds", "a majority". */
const SHARES = new Set(['half', 'third', 'quarter', 'fifth', 'majority', 'dozen', 'two-thirds', 'three-quarters', 'one-third', 'one-quarter']);

function isParticiple(t: Token): boolean {
  return !isCapitalized(t) && (/ed$/.test(t.lower) || VERB_FORMS.get(t.lower)?.form === 'past');
}

/** Whether token `k` is a word that cannot sit inside a subject noun phrase scanned leftwards from a cue. */
/** Words before which a participle modifies a noun: "a written statement", "his prepared remarks". */
const ADJECTIVE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my']);

/** Clause openers that are prepositions of time after a participle: "conducted after the debate". */
const TEMPORAL_PREPOSITIONS = new Set(['after', 'before', 'since']);

function endsSubjectScan(tokens: Token[], k: number, lastOfSource: number): boolean {
  const t = tokens[k];
  // "other sites such as Gawker.com": "as" after "such" lists examples inside the noun phrase.
  if (t.lower === 'as' && tokens[k - 1]?.lower === 'such') return false;
  // "A hand recount of more than 48,000 ballots": a comparative before a quantity stays inside the noun phrase.
  // "Fewer than half of Republicans", "More than a third of voters": a share is a quantity too.
  if (t.lower === 'than' && COMPARATIVES.has(tokens[k - 1]?.lower ?? '') && k < lastOfSource && (/^\d/.test(tokens[k + 1].text) || SHARES.has(tokens[k + 1].lower) || (tokens[k + 1].lower === 'a' && SHARES.has(tokens[k + 2]?.lower ?? '')))) return false;
  // "Polls conducted after the debate show": after a participle "after"/"before" is its preposition, no clause opener.
  if (CLAUSE_OPENERS.has(t.lower) && !(TEMPORAL_PREPOSITIONS.has(t.lower) && k > 0 && isParticiple(tokens[k - 1]) && k < lastOfSource)) return true;
  if (RELATIVE_PRONOUNS.has(t.text)) return !(k < lastOfSource && startsVerbPhrase(tokens[k + 1]));
  // "Figures to be published today show…": a passive infinitive modifies the noun before it.
  if (t.lower === 'be' && tokens[k - 1]?.lower === 'to' && k < lastOfSource && isParticiple(tokens[k + 1])) return false;
  // "Republicans who have criticized his comments say": the verbs of a restrictive relative clause stay in the subject.
  if (inRestrictiveRelative(tokens, k)) return false;
  if (BE_FORMS.has(t.lower) || HAVE_FORMS.has(t.lower)) return true;
  if (tokens[k - 1]?.lower === 'be' && tokens[k - 2]?.lower === 'to' && isParticiple(t)) return false;
  const entry = VERB_FORMS.get(t.lower);
  // "internal emails disclosed to a committee": a participle with its preposition modifies the noun before it.
  // "A leaked letter seen by Sky News says": with its agent too, after a plain noun.
  const reducedRelative = k < lastOfSource && entry?.form === 'past' && PREPOSITIONS.has(tokens[k + 1].lower) && (tokens[k + 1].lower !== 'by' || modifiesNounBefore(tokens, k));
  // "The governor in a written statement said": a participle after an article or possessive is an adjective.
  const modifier = k < lastOfSource && ADJECTIVE_DETERMINERS.has(tokens[k - 1]?.lower ?? '');
  if (entry && !isCapitalized(t) && (entry.form === 'past' || entry.form === 'ing') && !reducedRelative && !modifier) return true;
  if (t.lower === 'by' && k > 0 && VERB_FORMS.get(tokens[k - 1].lower)?.form === 'past' && !modifiesNounBefore(tokens, k - 1)) return true;
  if ((t.lower === 'and' || t.lower === 'or') && k > 0 && /ed$/.test(tokens[k - 1].lower) && !isCapitalized(tokens[k - 1])) return true;
  // "The senator was furious and his aides said", "Trump won Ohio and Clinton aides said": "and" joins two clauses.
  if (t.lower === 'and' && joinsClauses(tokens, k)) return true;
  return false;
}

/** How far back from an "and" a finite verb shows that it joins two clauses. */
const CLAUSE_REACH = 20;

/**
 * Whether the "and" at `k` follows a clause of its own: a finite verb stands between it and the start of the clause,
 * no preposition between them, and no relative pronoun before that verb makes it part of a subject ("People who lost
 * jobs and their families say").
 */
function joinsClauses(tokens: Token[], k: number): boolean {
  let finite = false;
  for (let j = k - 1; j >= 0 && k - j <= CLAUSE_REACH; j--) {
    const t = tokens[j];
    if (isBoundaryPunctuation(tokens, j) || (CLAUSE_OPENERS.has(t.lower) && t.lower !== 'that')) break;
    if (RELATIVE_PRONOUNS.has(t.lower) || t.lower === 'that') return false;
    // "offering tiles to schools and universities that want": before the verb is found, a preposition may be what
    // the "and" joins two objects of.
    if (!finite && PREPOSITIONS.has(t.lower)) return false;
    if (isCapitalized(t)) continue;
    const lower = t.lower;
    if (BE_FORMS.has(lower) || HAVE_FORMS.has(lower) || MODALS.has(lower) || IRREGULAR_PASTS.has(lower) || lower.endsWith("n't") || lower.endsWith('n’t') || VERB_FORMS.get(lower)?.form === 'past') finite = true;
  }
  return finite;
}

/** Whether token `k` opens the verb group of a relative clause after "who" with no comma before it ("voters who have…"). */
function inRestrictiveRelative(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && (HAVE_FORMS.has(tokens[j].lower) || BE_FORMS.has(tokens[j].lower) || tokens[j].lower === 'not')) j--;
  return j > 0 && tokens[j].lower === 'who' && tokens[j - 1].word && (HAVE_FORMS.has(tokens[k].lower) || BE_FORMS.has(tokens[k].lower) || isParticiple(tokens[k]) || VERB_FORMS.has(tokens[k].lower));
}

/** Nouns a participle with its agent modifies inside a subject: "a letter seen by", "documents seen by", "an email seen by". */
const SEEN_DOCUMENTS = new Set(['letter', 'letters', 'document', 'documents', 'email', 'emails', 'memo', 'memos', 'report', 'reports', 'draft', 'copy', 'note', 'notes', 'message', 'messages', 'file', 'files', 'records', 'data', 'figures', 'survey', 'study', 'analysis', 'assessment', 'review', 'statement', 'transcript', 'recording', 'video', 'footage', 'photos', 'images', 'plan', 'proposal', 'poll', 'polls']);

/** Whether the participle at `k` modifies the document named right before it ("letter seen by"), rather than ending a passive. */
function modifiesNounBefore(tokens: Token[], k: number): boolean {
  return SEEN_DOCUMENTS.has(tokens[k - 1]?.lower ?? '');
}

/** "who resigned", "which published", "who lost": a relative clause inside the subject, not an object relative ("which Seoul denied"). */
function startsVerbPhrase(t: Token | undefined): boolean {
  if (!t) return false;
  return VERB_FORMS.has(t.lower) || BE_FORMS.has(t.lower) || HAVE_FORMS.has(t.lower) || /ed$/.test(t.lower) || MODALS.has(t.lower) || IRREGULAR_PASTS.has(t.lower);
}

/** Index of the "(" matching the ")" at `close`, or -1. */
function matchingParen(tokens: Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && k > close - MAX_SOURCE_TOKENS; k--) if (tokens[k].text === '(') return k;
  return -1;
}

function span(tokens: Token[], first: number, last: number): SourceSpan {
  return { first, last, start: tokens[first].start, end: tokens[last].end };
}

/** Pronouns that are only ever subjects: inside a scanned phrase they start the source ("In those days I"). */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they']);
/** Words after which a determiner stays inside the same noun phrase ("all of the", "both the", "than the"). */
const PHRASE_INNER = new Set(['of', 'and', 'or', 'than', 'like', 'all', 'both', 'half', 'such', 'as', 'nor']);

/** A determiner after this word starts a new noun phrase: "As a result some folks", "Rathbun the property". */
function startsNewPhraseAfter(before: Token): boolean {
  if (!before.word || PREPOSITIONS.has(before.lower) || DETERMINERS.has(before.lower) || PHRASE_INNER.has(before.lower)) return false;
  const lower = before.lower;
  const lastCode = lower.charCodeAt(lower.length - 1);
  const possessive = lastCode === 39 || lastCode === 0x2019 || (lastCode === 115 && (lower.charCodeAt(lower.length - 2) === 39 || lower.charCodeAt(lower.length - 2) === 0x2019));
  const firstCode = before.text.charCodeAt(0);
  return !possessive && !(firstCode >= 48 && firstCode <= 57);
}

/**
 * Drops connectives, sentence openers and a leading adverbial from a source's start: "On Tuesday the ministry",
 * "In those days I", "As a result some folks", "With tears in her eyes she", "In a paper Bos and colleagues".
 */
/** Words of TIME_WORDS that also glue ordinary phrases: "on the day", but "with the paper". */
const TIME_GLUE = new Set(['the', 'on', 'this', 'last', 'late', 'early']);

function trimLeading(tokens: Token[], first: number, last: number): number {
  let f = first;
  while (f < last && LEADING_CONNECTIVES.has(tokens[f].lower)) f++;
  const opener = f < last && PREPOSITIONS.has(tokens[f].lower);
  if (opener) {
    let g = f + 1;
    let time = false;
    const isTime = (k: number): boolean => TIME_WORDS.has(tokens[k].lower) || /^\d/.test(tokens[k].text);
    // A glue word stays in the time only before another word of time: "on the day", not "On Tuesday the ministry".
    for (; g < last && isTime(g) && (!TIME_GLUE.has(tokens[g].lower) || isTime(g + 1)); g++) time = time || !TIME_GLUE.has(tokens[g].lower);
    // "On the day officials", but not "with the paper": an opener is a time only with a word of time in it.
    if (time) f = g;
  }
  // "…, a claim Democratic officials dismissed as spin", "…, a charge election officials deny": after a summing noun
  // set off by a comma, any noun phrase opens the subject of the relative clause (not "a claim that…", "a claim
  // denied by…").
  const setOff = tokens[f - 1]?.text === ',' || (isQuotationMark(tokens[f - 1]?.text ?? '') && tokens[f - 2]?.text === ',');
  const relativeSubject = tokens[f + 2];
  if (f + 2 <= last && setOff && startsSumming(tokens, f) && relativeSubject.word && !RELATIVE_PRONOUNS.has(relativeSubject.lower) && relativeSubject.lower !== 'that' && !VERB_FORMS.has(relativeSubject.lower) && !/ed$/.test(relativeSubject.lower)) return f + 2;
  // "Supporters who attended the rally": a restrictive relative clause stays whole, its object is no new subject.
  let relative = f + 1;
  while (relative < last && !RELATIVE_PRONOUNS.has(tokens[relative].lower)) relative++;
  for (let k = relative < last ? relative : last; k > f; k--) {
    const t = tokens[k];
    const before = tokens[k - 1];
    // "Trump supporters I spoke with said", "The officials he met said": a pronoun with its verb after a noun opens a
    // relative clause without "who", which stays in the subject like one with it.
    const contactRelative = !opener && k < last && before.word && !PREPOSITIONS.has(before.lower) && !LEADING_CONNECTIVES.has(before.lower) && !SUBJECT_PRONOUNS.has(before.lower);
    if (SUBJECT_PRONOUNS.has(t.lower) && before.lower !== 'the' && !contactRelative) return k;
    if (DETERMINERS.has(t.lower) && startsNewPhraseAfter(before) && !(t.lower === 'such' && tokens[k + 1]?.lower === 'as')) return k;
    // Behind an opening phrase, a name after a lower-case word starts the subject: "In a paper Bos and colleagues".
    if (opener && isCapitalized(t) && before.word && !isCapitalized(before) && startsNewPhraseAfter(before)) return k;
  }
  if (opener) for (let k = last - 1; k > f; k--) if (tokens[k].lower === 'the' || tokens[k].lower === 'a') return k;
  return f;
}

/** Time adverbials that may end a subject before its cue: "Comey in June", "Obama on Tuesday", "officials last week". */
const TIME_ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'by', 'earlier', 'late', 'early']);

/** The last token of a source without a time adjunct at its end ("Obama on Tuesday" → "Obama"). */
function withoutTimeAdjunct(tokens: Token[], first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) {
    const lower = tokens[k].lower;
    // Most words are neither a time nor a preposition before one: two set lookups rule them out.
    if (!TIME_WORDS.has(lower) && !TIME_ADJUNCT_PREPOSITIONS.has(lower)) continue;
    if (isTimeWordInName(tokens, k, last)) continue;
    // "People who have spoken with Mr. Trump in recent days say": a restrictive relative clause keeps its time.
    if (tokens.slice(first, k).some((t) => t.lower === 'who')) return last;
    if (!startsTimeExpression(tokens, k) && !(TIME_ADJUNCT_PREPOSITIONS.has(lower) && (startsTimeExpression(tokens, k + 1) || /^\d{4}$/.test(tokens[k + 1]?.text ?? '')))) continue;
    // "Figures to be published today": the time belongs to the participle before it, not to the subject.
    if (tokens[k - 2]?.lower === 'be' && isParticiple(tokens[k - 1])) continue;
    // "A new poll released Wednesday shows": the participle the time belongs to goes with it.
    if (k - 2 >= first && isParticiple(tokens[k - 1])) return k - 2;
    // "Posts on the board from Friday": the preposition that opens the time goes with it.
    if (k - 2 >= first && PREPOSITIONS.has(tokens[k - 1].lower)) return k - 2;
    return k - 1;
  }
  return last;
}

/** Longest quoted title an aside may hold: "“State of the Union”", "“Fox & Friends”". */
const MAX_ASIDE_TITLE_TOKENS = 8;

/** The token index of the opening mark of a short quotation whose closing mark is token `k`, or -1. */
function quotedTitleOpening(view: SentenceView, k: number): number {
  const { tokens } = view;
  const close = tokens[k];
  if (!close || !isQuotationMark(close.text)) return -1;
  const index = view.quotes.byClose.get(close.end);
  if (index === undefined) return -1;
  const open = view.quotes.quotes[index].open;
  for (let j = k - 1; j >= 0 && k - j <= MAX_ASIDE_TITLE_TOKENS; j--) if (tokens[j].start === open) return j;
  return -1;
}

/** Words of a time adjunct that are not themselves a time: "on", "last", "this", "early". */
const TIME_ADJUNCT_GLUE = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later', 'the']);

/** The first token of a time adjunct ending at `end` right after a comma ("…, on Thursday"), or -1. */
function timeAfterComma(tokens: Token[], end: number, floor: number): number {
  let k = end;
  let time = false;
  while (k > floor && end - k < 4 && (TIME_WORDS.has(tokens[k].lower) || TIME_ADJUNCT_GLUE.has(tokens[k].lower)) && !isTimeWordInName(tokens, k, end)) {
    time = time || (TIME_WORDS.has(tokens[k].lower) && !TIME_ADJUNCT_GLUE.has(tokens[k].lower));
    k--;
  }
  return time && tokens[k]?.text === ',' && k + 1 <= end ? k + 1 : -1;
}

/** Days and months: after a name they are a time ("Obama Tuesday"), other time words are part of it ("USA Today"). */
const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/**
 * Whether the capitalised time word at `k` belongs to a name: "The Dallas Morning News", "The Sunday Times" (a capitalised
 * word of the source follows it) or "USA Today" (after a capitalised word, and no day or month).
 */
function isTimeWordInName(tokens: Token[], k: number, last: number): boolean {
  const t = tokens[k];
  if (!t.word || !isCapitalized(t)) return false;
  if (k + 1 <= last && tokens[k + 1].word && isCapitalized(tokens[k + 1])) return true;
  return k > 0 && tokens[k - 1].word && isCapitalized(tokens[k - 1]) && !CALENDAR_WORDS.has(t.lower);
}

/** The last token of a source without an adjunct naming its channel at its end ("Trump on Twitter" → "Trump"). */
function withoutMediumAdjunct(tokens: Token[], first: number, last: number): number {
  for (let k = first + 1; k < last; k++) {
    if (!MEDIUM_PREPOSITIONS.has(tokens[k].lower)) continue;
    if (channelEnd(tokens, k + 1, last) >= 0) return k - 1;
  }
  return last;
}

/** Longest quoted title inside a noun phrase: "the “History” section", "the “Mets Poet” banner". */
const MAX_TITLE_TOKENS = 5;

/** Index of the determiner before a short quotation closing at token `close`, or -1. */
function quotedTitleStart(tokens: Token[], close: number, floor: number): number {
  for (let j = close - 1; j > floor && close - j <= MAX_TITLE_TOKENS; j--) {
    if (!isQuotationMark(tokens[j].text)) continue;
    return j - 1 >= floor && DETERMINERS.has(tokens[j - 1].lower) && j < close - 1 ? j - 1 : -1;
  }
  return -1;
}

/** A noun phrase ending at token `last`, scanned leftwards to a clause boundary. */
function nounPhraseEndingAt(tokens: Token[], last: number, floor: number): SourceSpan | null {
  let k = last;
  let first = last + 1;
  while (k >= floor && last - k < MAX_SOURCE_TOKENS) {
    const t = tokens[k];
    if (t.text === ')') {
      const open = matchingParen(tokens, k, floor);
      if (open < 0) break;
      first = open;
      k = open - 1;
      continue;
    }
    // "The “History” section of the site explains": a short quoted title after a determiner is part of the phrase.
    const title = k < last && isQuotationMark(t.text) ? quotedTitleStart(tokens, k, floor) : -1;
    if (title >= 0) {
      first = title;
      k = title - 1;
      continue;
    }
    if (isBoundaryPunctuation(tokens, k) || endsSubjectScan(tokens, k, last)) break;
    first = k;
    k--;
  }
  if (first > last) return null;
  if (last - first + 1 >= MAX_SOURCE_TOKENS) return nameRunEndingAt(tokens, last, floor);
  const trimmed = trimLeading(tokens, first, last);
  // "… and suggested": a phrase ending in a conjunction is no subject; the verb shares one from earlier in the sentence.
  if (COORDINATORS.has(tokens[last].lower) || (trimmed === last && LEADING_CONNECTIVES.has(tokens[last].lower))) return null;
  return span(tokens, trimmed, withoutMediumAdjunct(tokens, trimmed, withoutTimeAdjunct(tokens, trimmed, last)));
}

/**
 * Index of the last token of a relative clause about the source that ends at `last` ("said one official, who asked
 * not to be named."), or `last` when none follows. The clause runs to the next punctuation mark.
 */
export function afterRelativeClause(view: SentenceView, last: number): number {
  const { tokens } = view;
  let k = tokens[last + 1]?.text === ',' ? last + 2 : last + 1;
  if (!RELATIVE_PRONOUNS.has(tokens[k]?.lower ?? '')) return last;
  while (k + 1 < tokens.length && (tokens[k + 1].word || tokens[k + 1].text === "'" || tokens[k + 1].text === '’')) k++;
  return k;
}

/** Fallback for long subjects: the capitalized name, with titles and determiners, right before the cue. */
function nameRunEndingAt(tokens: Token[], last: number, floor: number): SourceSpan | null {
  let first = last + 1;
  for (let k = last; k >= floor && last - k < 8; k--) {
    const t = tokens[k];
    if (isCapitalized(t) || DETERMINERS.has(t.lower) || ROLE_WORDS.has(t.lower) || t.lower === 'of') first = k;
    else break;
  }
  return first <= last ? span(tokens, first, last) : null;
}

/** A comma-delimited relative or participial clause: "who first flagged the images", "speaking on condition…". */
/** Irregular past participles that open an aside after a source: "brought by", "written by", "held by". */
const PARTICIPLE_ASIDES = new Set(['brought', 'written', 'made', 'held', 'given', 'taken', 'sent', 'built', 'led', 'run', 'seen', 'known', 'paid', 'sold', 'won', 'drawn', 'chosen', 'spoken', 'kept', 'found', 'told', 'shown', 'thought', 'begun']);

function startsModifier(t: Token | undefined): boolean {
  // "The lawsuit, brought by the state, argues": an irregular participle too.
  return t !== undefined && !isCapitalized(t) && (RELATIVE_PRONOUNS.has(t.lower) || /(?:ed|ing)$/.test(t.lower) || PARTICIPLE_ASIDES.has(t.lower));
}

/** Longest apposition between commas: "a senior scientist at NASA's Goddard Space Flight Center and lead author…". */
const MAX_APPOSITION_TOKENS = 30;

/** Punctuation that cannot sit inside an apposition between commas ("Smith, who …, said"). */
const APPOSITION_BREAKERS = new Set(['"', '“', '”', ';', ':', '—', '–', '!', '?']);

/** Longest name or age apposition: "a spokesman, Jan Bakker,", "Denise Carver, 67,". */
const MAX_NAME_APPOSITION = 6;

function isNameOrAge(tokens: Token[], first: number, last: number): boolean {
  if (first > last || last - first >= MAX_NAME_APPOSITION) return false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (!(isCapitalized(t) || /^\d+$/.test(t.text) || (t.text === '.' && k > first) || isNameParticle(t, k > first))) return false;
  }
  return true;
}

/** Lowercase particles inside names: "Haider al-Abadi", "Abdel Fattah el-Sisi", "Ursula von der Leyen", "Osama bin Laden". */
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'dos', 'das']);

/** Whether `t` is a name particle: on its own inside a name, or joined to a capitalized part ("al-Abadi"). */
function isNameParticle(t: Token, inside: boolean): boolean {
  const joined = /^(\p{Ll}+)[-‑](\p{Lu})/u.exec(t.text);
  return joined ? NAME_PARTICLES.has(joined[1]) : inside && NAME_PARTICLES.has(t.lower);
}

/** Members of a party, which open an apposition before their state: "Democrat of Massachusetts". */
const PARTY_MEMBERS = new Set(['democrat', 'republican', 'independent', 'libertarian']);

function looksLikeApposition(tokens: Token[], first: number, last: number): boolean {
  const t = tokens[first];
  if (first > last) return false;
  // "…at home, the traces can effectively serve as a map, said X": a clause with its own verb is no apposition.
  for (let k = first; k <= last && !RELATIVE_PRONOUNS.has(tokens[k].lower); k++) {
    if (MODALS.has(tokens[k].lower) || BE_FORMS.has(tokens[k].lower) || HAVE_FORMS.has(tokens[k].lower)) return false;
  }
  if (t.lower === 'a' || t.lower === 'an' || t.lower === 'the' || ROLE_WORDS.has(t.lower) || isNameOrAge(tokens, first, last)) return true;
  // "His running mate, Gov. Mike Pence of Indiana, said": a name with its state.
  if (isCapitalized(t) && last - first >= 2 && tokens[last - 1].lower === 'of' && isNameOrAge(tokens, first, last - 2) && isCapitalized(tokens[last])) return true;
  // "Senator Elizabeth Warren, Democrat of Massachusetts, said": The New York Times's party and state after a name.
  if (PARTY_MEMBERS.has(t.lower) && (tokens[first + 1]?.lower === 'of' || tokens[first + 1]?.lower === 'from')) return true;
  // "A majority of voters, 56 percent, say": a share set off by commas.
  if (/^\d/.test(t.text) && last - first <= 2) return true;
  // "USI associate professor of art history", "NASA Administrator": an employer's name before the role.
  for (let k = first; k <= last && k - first < 4 && isCapitalized(tokens[k]); k++) if (ROLE_WORDS.has(tokens[k + 1]?.lower ?? '')) return true;
  return t.lower.endsWith("'s") || t.lower.endsWith('’s');
}

/** "welcomed by analyst Hong Min, who…": the antecedent of a relative pronoun starts after a passive's "by". */
function afterPassiveAgent(tokens: Token[], s: SourceSpan): SourceSpan {
  for (let k = s.last - 1; k > s.first; k--) {
    if (tokens[k].lower === 'by' && /ed$/.test(tokens[k - 1].lower)) return span(tokens, k + 1, s.last);
  }
  return s;
}

/**
 * A source scanned back over the verb of a clause it ends, cut to what follows the verb — the verb's object: "The
 * report cites | unnamed officials who say…", "Democrats released | polls showing…". `isVerb` tells the verb from
 * the word before it; after a determiner the word is a noun ("the reports"), and a name is never the verb. A preposition
 * after the verb goes too ("pointed to | a poll showing…").
 */
export function afterVerbWithin(tokens: readonly Token[], s: SourceSpan, isVerb: (word: Token, before: Token) => boolean): SourceSpan {
  for (let k = s.last - 1; k > s.first; k--) {
    const before = tokens[k - 1];
    // "Democrats pointed to | a poll showing…": a preposition right after the verb is no part of its object.
    if (!isCapitalized(tokens[k]) && !DETERMINERS.has(before.lower) && isVerb(tokens[k], before)) return withoutLeadingPreposition(tokens, { first: k + 1, last: s.last, start: tokens[k + 1].start, end: s.end });
  }
  return s;
}

/** Adverb particles of phrasal verbs, left before a preposition when the verb is cut off: "(pushing) back against". */
const PARTICLES = new Set(['back', 'out', 'up', 'down', 'off', 'away', 'along']);

/** A span without the preposition it starts with, or a particle and a preposition: "from Politico" → "Politico", "back against Senate Democrats" → "Senate Democrats". */
function withoutLeadingPreposition(tokens: readonly Token[], s: SourceSpan): SourceSpan {
  const skip = PARTICLES.has(tokens[s.first].lower) && s.first + 1 < s.last && PREPOSITIONS.has(tokens[s.first + 1].lower) ? 2 : PREPOSITIONS.has(tokens[s.first].lower) ? 1 : 0;
  return skip > 0 && s.first + skip <= s.last ? { first: s.first + skip, last: s.last, start: tokens[s.first + skip].start, end: s.end } : s;
}

/**
 * "had collected sworn statements from 37 voters who believe": an antecedent scanned back into the verb phrase
 * that holds it (a lower-case word in -ed/-ing first) is the noun phrase after its last preposition, or after the verb.
 */
export function withoutLeadingVerb(tokens: Token[], s: SourceSpan): SourceSpan {
  const head = tokens[s.first];
  if (s.first === s.last) return s;
  // "He traveled to Florida to meet with Devocht, who…": a subject pronoun opens a clause, never a noun phrase; the
  // antecedent is the object of its last preposition.
  const pronoun = SUBJECT_PRONOUNS.has(head.lower);
  if (!pronoun && (isCapitalized(head) || !/(?:ed|ing)$/.test(head.lower))) return s;
  for (let k = s.last - 1; k > s.first; k--) {
    if (PREPOSITIONS.has(tokens[k].lower) && tokens[k].lower !== 'of') return span(tokens, k + 1, s.last);
  }
  return pronoun ? s : span(tokens, s.first + 1, s.last);
}

/**
 * "Professor Cres Eastman, Director of the study, and Chairman of the Centre, says": two role appositions joined
 * by "and" after the head, the second one ending at the comma `end` and starting after the comma `comma`.
 */
function secondApposition(tokens: Token[], comma: number, end: number): SourceSpan | null {
  if (tokens[comma + 1]?.lower !== 'and' || !looksLikeApposition(tokens, comma + 2, end - 1)) return null;
  for (let k = comma - 1; k >= 0 && comma - k <= MAX_APPOSITION_TOKENS; k--) {
    if (APPOSITION_BREAKERS.has(tokens[k].text)) return null;
    if (tokens[k].text !== ',') continue;
    if (!looksLikeApposition(tokens, k + 1, comma - 1)) return null;
    const head = nounPhraseEndingAt(tokens, k - 1, 0);
    return head ? span(tokens, head.first, end - 1) : null;
  }
  return null;
}

/** "schools and universities that want to share…": "that" right after a noun, before the cue, is a relative pronoun. */
function isRelativeThat(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (tokens[k].lower !== 'that' || !before?.word || isCapitalized(tokens[k])) return false;
  return !VERB_FORMS.has(before.lower) && !CLAUSE_OPENERS.has(before.lower) && !NOT_ANTECEDENTS.has(before.lower) && !/(?:ed|ly)$/.test(before.lower);
}

/** Determiners of a noun phrase that names a kind rather than someone: "a camp that wants…". */
const INDEFINITES = new Set(['a', 'an', 'any', 'some', 'anyone', 'someone', 'people']);

/** Words before "that" that make it a conjunction or a demonstrative, not a relative pronoun. */
const NOT_ANTECEDENTS = new Set(['so', 'now', 'such', 'given', 'is', 'was', 'are', 'were', 'be', 'been', 'and', 'but', 'or', 'like', 'all', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'about', 'than', 'not']);

/** The source before the cue whose first token is `cueFirst`, or null. Tokens before `floor` are out of reach. */
/**
 * The owner ending at the possessive token `k` of an owned cue ("Trump's claim"): what `sourceBefore` finds, unless that
 * runs back over the verb whose object the owned noun is ("Fact-checkers have debunked Trump's claim", "The findings
 * contradict Trump's assertion"), where the owner is the possessive phrase alone.
 */
export function ownerOfPossessive(view: SentenceView, k: number, floor: number): SourceSpan | null {
  const { tokens } = view;
  const phrase = possessivePhrase(tokens, k, floor);
  const wide = sourceBefore(view, k + 1, floor);
  if (wide && wide.first >= phrase.first) return wide;
  return !wide || verbBetween(tokens, wide.first, phrase.first) ? phrase : wide;
}

/** Most lowercase words between a determiner and the possessive it opens: "the state's former top lawyer's". */
const POSSESSIVE_MODIFIER_REACH = 3;

/** "Trump's", "the former president's", "Sen. Ted Cruz's", "the Church of Scientology's": a possessive noun phrase. */
function possessivePhrase(tokens: Token[], k: number, floor: number): SourceSpan {
  let j = k;
  while (j > floor) {
    const prev = tokens[j - 1];
    if (prev.word && (isCapitalized(prev) || DETERMINERS.has(prev.lower))) j--;
    else if (prev.text === '.' && TITLE_ABBREVIATIONS.has(tokens[j - 2]?.lower ?? '')) j -= 2;
    else if (prev.lower === 'of' && j - 2 >= floor && isCapitalized(tokens[j - 2])) j--;
    else {
      // "the former president's": lowercase modifiers only after a determiner and before a common noun ("The findings
      // contradict Trump's" has a verb before the name).
      if (isCapitalized(tokens[j])) break;
      let d = j - 1;
      while (d > floor && j - d <= POSSESSIVE_MODIFIER_REACH && tokens[d].word && !isCapitalized(tokens[d]) && !DETERMINERS.has(tokens[d].lower) && !VERB_FORMS.has(tokens[d].lower) && !/ed$/.test(tokens[d].lower)) d--;
      if (d >= floor && d < j - 1 && DETERMINERS.has(tokens[d].lower)) j = d;
      break;
    }
  }
  return span(tokens, j, k);
}

/** Whether a verb stands among the tokens from `first` up to `before`: a pronoun or plural noun followed by a word, or a verb form. */
function verbBetween(tokens: Token[], first: number, before: number): boolean {
  for (let k = first; k < before; k++) {
    const t = tokens[k];
    if (!t.word || isCapitalized(t)) continue;
    if (VERB_FORMS.has(t.lower) || AUXILIARIES.has(t.lower) || /ed$/.test(t.lower)) return true;
    const prev = tokens[k - 1];
    // "He echoed", "The findings contradict", "The data undercut": a word after a subject is its verb.
    if (k > first && prev.word && (SUBJECT_PRONOUNS.has(prev.lower) || (!isCapitalized(prev) && /[^s]s$/.test(prev.lower)) || prev.lower === 'data') && !DETERMINERS.has(t.lower) && t.lower !== 'of') return true;
  }
  return false;
}

export function sourceBefore(view: SentenceView, cueFirst: number, floor: number): SourceSpan | null {
  const { tokens } = view;
  let end = cueFirst - 1;
  while (end >= floor && isAdverb(tokens[end].lower, isCapitalized(tokens[end]))) end--;
  // "who was not authorized to speak publicly said": the adverb belongs to the infinitive before it.
  if (end < cueFirst - 1 && end > floor && tokens[end - 1].lower === 'to' && tokens[end].word && !isCapitalized(tokens[end])) end = cueFirst - 1;
  if (end < floor) return null;
  // "The board, which has never taken sides, on Thursday urged": a time between an aside's closing comma and the cue.
  const time = timeAfterComma(tokens, end, floor);
  if (time >= 0) end = time - 1;
  // "Conway, appearing on CNN's “State of the Union,” said": the aside's closing comma sits inside a quoted title.
  const titleAround = end - 1 >= floor && tokens[end - 1].text === ',' ? quotedTitleOpening(view, end) : -1;
  if (titleAround >= 0) end--;
  const t = tokens[end];
  // "WHO say": an acronym in capitals is a name, not the relative pronoun.
  if (RELATIVE_PRONOUNS.has(t.text) || isRelativeThat(tokens, end)) {
    const antecedentEnd = tokens[end - 1]?.text === ',' ? end - 2 : end - 1;
    const antecedent = antecedentEnd >= floor ? nounPhraseEndingAt(tokens, antecedentEnd, floor) : null;
    // Inside a quotation "a camp that wants to go faster" is talk about a kind of people, not a source.
    if (antecedent && view.quoted[end] && t.lower === 'that' && INDEFINITES.has(tokens[antecedent.first].lower)) return null;
    // "The report cites unnamed officials who say…": the antecedent is the reporting verb's object.
    // "The story came from Politico, which reported…": an irregular past counts as a verb too, and the preposition
    // after it is no part of the antecedent.
    return antecedent ? withoutLeadingPreposition(tokens, afterVerbWithin(tokens, withoutLeadingVerb(tokens, afterPassiveAgent(tokens, antecedent)), (word) => VERB_FORMS.has(word.lower) || IRREGULAR_PASTS.has(word.lower))) : null;
  }
  if (t.text === ',') {
    // "Kim Min-seok, a spokesman for the ministry, said": the head and its apposition form the source.
    let comma = -1;
    let segmentEnd = end;
    for (let k = end - 1; k >= 0 && end - k <= MAX_APPOSITION_TOKENS; k--) {
      if (tokens[k].text === ',') {
        // "Trump, in a speech in Gettysburg, Pa., said", "Trump, who spoke in Tampa, Fla., on Monday, said": a state
        // after its town and a time closing an aside are set off by commas too, but they open no apposition.
        if (isTransparentSegment(view, k, segmentEnd) || isPlaceInApposition(view, k, segmentEnd, end)) { segmentEnd = k; continue; }
        comma = k;
        break;
      }
      // "appearing on CNN's “State of the Union,”": a short quoted title inside the aside.
      const title = quotedTitleOpening(view, k);
      if (title >= 0) { k = title; continue; }
      if (k === titleAround) continue;
      if (APPOSITION_BREAKERS.has(tokens[k].text)) break;
    }
    // "Obama, on Tuesday, said", "The campaign and Democrats, meanwhile, said": only an aside stands between them.
    if (comma < 0) return segmentEnd < end ? nounPhraseEndingAt(tokens, segmentEnd - 1, 0) : null;
    const second = secondApposition(tokens, comma, end);
    if (second) return second;
    // "Sen. Tim Kaine, D-Va., Clinton's running mate, said": a party tag between the name and its apposition.
    const tag = partyTagBefore(view, comma);
    const name = nounPhraseEndingAt(tokens, tag >= 0 ? tag - 1 : comma - 1, 0);
    if (!name) return null;
    // "The Crown prosecutor, Mark Tedeschi, QC, told", "The group's president, Dr. Ann Lee, 62, said": a role set off
    // before the name belongs to the source as well.
    const head = withRoleBefore(tokens, name, 0);
    // "Smith, who has led the agency since 2019, said" / "The report, released on Monday, found": the head alone.
    // "Carlos Mendez, at the service's regional office, said": a prepositional aside is no part of the source either,
    // but an affiliation is: "Mu Li, of the University of NSW's school of public health, said".
    const affiliation = AFFILIATION_PREPOSITIONS.has(tokens[comma + 1].lower);
    // "The memo, first reported by The New York Times, shows": an adverb may open the participle.
    const modifier = startsModifier(tokens[comma + 1]) || (SOURCE_CUE_ADVERBS.has(tokens[comma + 1].lower) && startsModifier(tokens[comma + 2]));
    if (modifier || (PREPOSITIONS.has(tokens[comma + 1].lower) && !isCapitalized(tokens[comma + 1]) && !affiliation)) return head;
    if (affiliation) return span(tokens, head.first, end - 1);
    // "Oduya, then a senior auditor at …, told": an adverb of time may open the apposition.
    const appositionStart = SOURCE_CUE_ADVERBS.has(tokens[comma + 1].lower) ? comma + 2 : comma + 1;
    if (!looksLikeApposition(tokens, appositionStart, end - 1)) return null;
    // "Troy Hartley, an independent researcher who first reported the breach, said": the apposition ends at "who".
    for (let k = comma + 2; k < end; k++) if (RELATIVE_PRONOUNS.has(tokens[k].lower)) return span(tokens, head.first, k - 1);
    return span(tokens, head.first, end - 1);
  }
  if (isQuotationMark(t.text)) return null;
  // "Several Republicans — including Sen. John McCain of Arizona — said": the subject stands before the dashed aside.
  if (ASIDE_DASHES.has(t.text)) {
    for (let k = end - 1; k > floor && end - k <= MAX_APPOSITION_TOKENS; k--) {
      if (ASIDE_DASHES.has(tokens[k].text)) return k - 1 >= floor ? nounPhraseEndingAt(tokens, k - 1, floor) : null;
    }
    return null;
  }
  const subject = nounPhraseEndingAt(tokens, end, floor);
  // "detected remotely on … suggests": a participle is the tail of a longer subject, not a source; so is a gerund
  // ("Imagine having detailed…", "Looking back"), and a phrase still opened by a preposition ("in Scientology jargon refers").
  if (subject && /ed$/.test(tokens[subject.first].lower) && !isCapitalized(tokens[subject.first])) return null;
  // "…, with one poster writing “…”": the subject of an absolute construction follows its "with".
  if (subject && tokens[subject.first].lower === 'with' && subject.first < subject.last && !/ing$/.test(tokens[subject.last].lower)) {
    return span(tokens, subject.first + 1, subject.last);
  }
  // "Officials at the meeting said": after a determiner an -ing word is a noun.
  // "Internal polling suggests": a body of evidence in -ing is a noun too.
  const gerund = subject !== null && /ing$/.test(tokens[subject.last].lower) && !(subject.last > subject.first && DETERMINERS.has(tokens[subject.last - 1].lower)) && !EVIDENCE_NOUNS.has(tokens[subject.last].lower);
  if (subject && (gerund || PREPOSITIONS.has(tokens[subject.first].lower))) return null;
  return subject ? withRoleBefore(tokens, subject, floor) : null;
}

/**
 * "Lydia Buchtmann for Food Standards Australia New Zealand, says they…": a stray comma between a subject that
 * opens the sentence and its cue (tried only when the frame is no inversion).
 */
export function strayCommaSubject(view: SentenceView, cueFirst: number, floor: number): SourceSpan | null {
  const comma = cueFirst - 1;
  if (view.tokens[comma]?.text !== ',' || comma - 1 < floor) return null;
  // "Trump, asked about the tape, said…": a past participle with its preposition is a passive aside, not the verb.
  if (isParticiple(view.tokens[cueFirst]) && PREPOSITIONS.has(view.tokens[cueFirst + 1]?.lower ?? '')) return null;
  const subject = nounPhraseEndingAt(view.tokens, comma - 1, floor);
  if (!subject || subject.first !== opening(view)) return null;
  // "USA Today breaks with tradition, urges readers…": a headline's first verb after the name shares its subject.
  const { tokens } = view;
  for (let k = subject.first + 1; k <= subject.last; k++) {
    const t = tokens[k];
    const verbLike = !isCapitalized(t) && (/[^su]s$/.test(t.lower) || /ed$/.test(t.lower) || IRREGULAR_PASTS.has(t.lower));
    if (verbLike && isCapitalized(tokens[k - 1]) && k < subject.last) return span(tokens, subject.first, k - 1);
  }
  return subject;
}

/** Dashes that set off an aside between a subject and its verb. */
const ASIDE_DASHES = new Set(['—', '–', '--']);

/** US states as news copy writes them after a town: "Gettysburg, Pa.", "Des Moines, Iowa", "Albany, N.Y.". */
const US_STATES = new Set([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming', 'D.C.', 'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.',
  'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.',
  'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.',
  'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
]);

/** Sentence adverbs set off by commas between a subject and its verb: "Democrats, meanwhile, said". */
const ASIDE_ADVERBS = new Set(['meanwhile', 'however', 'though', 'too', 'also', 'instead', 'likewise', 'meantime', 'separately', 'similarly', 'later', 'earlier', 'previously', 'today', 'yesterday', 'now', 'again']);

/** Longest stretch of words a state or a time set off by commas takes: "New Hampshire", "late Monday night". */
const TRANSPARENT_REACH = 4;

/**
 * Whether the words between the comma at `comma` and the token `segmentEnd` are a state after a town ("Gettysburg,
 * Pa.,") or a time ("…, on Monday,"): set off by commas like an apposition, but part of the phrase before them.
 */
function isTransparentSegment(view: SentenceView, comma: number, segmentEnd: number): boolean {
  const { tokens } = view;
  if (segmentEnd - comma - 1 < 1 || segmentEnd - comma - 1 > TRANSPARENT_REACH) return false;
  // "…, meanwhile, said", "…, however, said": a sentence adverb set off by commas.
  if (segmentEnd - comma === 2 && ASIDE_ADVERBS.has(tokens[comma + 1].lower)) return true;
  if (comma > 0 && isCapitalized(tokens[comma - 1]) && US_STATES.has(view.text.slice(tokens[comma].end, tokens[segmentEnd].start).trim())) return true;
  let time = false;
  for (let k = comma + 1; k < segmentEnd; k++) {
    const lower = tokens[k].lower;
    if (TIME_ADJUNCT_PREPOSITIONS.has(lower) && k === comma + 1) continue;
    if (!TIME_WORDS.has(lower) && !/^\d/.test(tokens[k].text)) return false;
    time = time || (TIME_WORDS.has(lower) && !TIME_GLUE.has(lower));
  }
  return time;
}

/**
 * "Cynthia Thompson, curator of exhibits at the University of Arkansas, Fayetteville, said": a place of one to three
 * capitalised words after a capitalised name, set off by commas inside an apposition (another comma opens the
 * apposition before it, within reach of the cue at `end`), is part of that apposition, not an apposition itself.
 */
function isPlaceInApposition(view: SentenceView, comma: number, segmentEnd: number, end: number): boolean {
  const { tokens } = view;
  const words = segmentEnd - comma - 1;
  if (words < 1 || words > 3 || comma < 1 || !isCapitalized(tokens[comma - 1])) return false;
  // "Mark Tedeschi, QC,": letters after a name are no place.
  for (let k = comma + 1; k < segmentEnd; k++) if (!tokens[k].word || !isCapitalized(tokens[k]) || isPostNominal(tokens[k])) return false;
  for (let k = comma - 1; k >= 0 && end - k <= MAX_APPOSITION_TOKENS; k--) {
    if (APPOSITION_BREAKERS.has(tokens[k].text)) return false;
    if (tokens[k].text === ',') return true;
  }
  return false;
}

/** The comma before a party tag or an age that ends at the comma `comma` ("Kaine, D-Va., Clinton's…", "John Smith, 54, a retired…"), or -1. */
function partyTagBefore(view: SentenceView, comma: number): number {
  const { tokens } = view;
  for (let k = comma - 1; k >= 0 && comma - k <= 3; k--) {
    if (tokens[k].text !== ',') continue;
    const tag = view.text.slice(tokens[k].start, tokens[comma].start).trimEnd();
    return PARTY_TAG_RE.test(tag) || AGE_TAG_RE.test(tag) ? k : -1;
  }
  return -1;
}

/** Prepositions of an affiliation set off by commas, which belongs to the source ("Mu Li, of the University…,"). */
const AFFILIATION_PREPOSITIONS = new Set(['of', 'from']);

/** Index of the sentence's first token after leading connectives and quotation marks. */
function opening(view: SentenceView): number {
  let k = 0;
  while (k < view.tokens.length && (isQuotationMark(view.tokens[k].text) || LEADING_CONNECTIVES.has(view.tokens[k].lower))) k++;
  return k;
}

/** "Malaysia's Prime Minister, Najib Razak said": a role set off before a name belongs to the source. */
function withRoleBefore(tokens: Token[], s: SourceSpan, floor: number): SourceSpan {
  const comma = s.first - 1;
  if (comma - 1 < floor || tokens[comma]?.text !== ',' || !ROLE_WORDS.has(tokens[comma - 1].lower)) return s;
  for (let k = s.first; k <= s.last; k++) if (!isCapitalized(tokens[k]) && tokens[k].text !== '.') return s;
  const role = nounPhraseEndingAt(tokens, comma - 1, floor);
  // "After meeting with the president, Ryan told", "Asked whether he would rule out a special prosecutor, Trump
  // said": a role that ends a fronted clause is that clause's object, not the subject's title.
  const before = role ? tokens[role.first - 1] : undefined;
  if (before?.word && !LEADING_CONNECTIVES.has(before.lower)) return s;
  return role ? span(tokens, role.first, s.last) : s;
}

/** Prepositions that start a reason or time after a name, never an affiliation: "Boris Johnson over fears…". */
const ADJUNCT_AFTER_NAME = new Set(['over', 'after', 'before', 'during', 'amid', 'despite', 'because', 'following', 'since']);

/** Adverbs that make a preposition before a number part of a time or quantity: "just over 24 hours ago". */
const APPROXIMATING_ADVERBS = new Set(['just', 'nearly', 'almost', 'roughly', 'well', 'slightly']);

/** Words that end a source found after its cue ("according to officials familiar with…" stops at nothing here). */
const ARTICLES = new Set(['a', 'an', 'the']);

function endsSourceAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const form = VERB_FORMS.get(t.lower)?.form;
  // "according to internal emails later disclosed to a committee": a participle with its preposition modifies the noun.
  // "according to tax documents posted online by The Washington Post": a document's participle with its agent too.
  const manner = tokens[k + 1]?.lower ?? '';
  const agent = manner === 'by' ? k + 1 : (isAdverb(manner, false) || manner === 'online') && tokens[k + 2]?.lower === 'by' ? k + 2 : -1;
  const reducedRelative = form === 'past' && k > 0 && ((PREPOSITIONS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1].lower !== 'by') || (agent > 0 && modifiesNounBefore(tokens, k)));
  // "according to an Internet posting": an -ing form after a determiner or a name is a noun.
  if (form === 'ing' && k > 0 && (DETERMINERS.has(tokens[k - 1].lower) || isCapitalized(tokens[k - 1]))) return false;
  // "according to a person familiar with its plans", "according to the reports of…": a verb's form after a possessive,
  // or its -s form after an article, is a noun.
  if (form !== undefined && k > 0 && (POSSESSIVE_PRONOUNS.has(tokens[k - 1].lower) || (form === 's' && ARTICLES.has(tokens[k - 1].lower)))) return false;
  return isBoundaryPunctuation(tokens, k) || BE_FORMS.has(t.lower) || HAVE_FORMS.has(t.lower) || MODALS.has(t.lower) || (CLAUSE_OPENERS.has(t.lower) && !isCapitalized(t)) || RELATIVE_PRONOUNS.has(t.lower)
    || (form !== undefined && !isCapitalized(t) && form !== 'base' && !reducedRelative);
}

/** A party and state tag after a name: ", D-Calif.", ", R-S.C.", ", I-Vt." (US political news). */
const PARTY_TAG_RE = /^,[ \t]*[DRI]-[A-Z][A-Za-z]*\.?(?:[A-Z]\.)*/;
/** An age set off by commas: ", 54". */
const AGE_TAG_RE = /^,[ \t]*\d{1,3}$/;

/** The last token of a source followed by a party tag, the tag included; `last` when none follows. */
function afterPartyTag(view: SentenceView, last: number): number {
  const { tokens } = view;
  if (tokens[last + 1]?.text !== ',') return last;
  const m = PARTY_TAG_RE.exec(view.text.slice(tokens[last + 1].start, tokens[last + 1].start + 16));
  if (!m) return last;
  const end = tokens[last + 1].start + m[0].length;
  let k = last + 1;
  while (k + 1 < tokens.length && tokens[k + 1].end <= end) k++;
  return k;
}

/**
 * The source after a cue ("according to SOURCE", "said SOURCE"), starting at token `from`, with an "a/an"
 * apposition; with `closingApposition`, also one that runs to the end of the sentence opened by a role word
 * ("role": "according to Kristen Wilkins, assistant professor of…") or also by "the" ("any": "…, said Kim, the minister").
 */
export function sourceAfter(view: SentenceView, from: number, closingApposition: 'none' | 'role' | 'any' = 'none'): SourceSpan | null {
  const { tokens } = view;
  let last = from - 1;
  for (let k = from; k < tokens.length && k - from < MAX_SOURCE_TOKENS; k++) {
    const t = tokens[k];
    if (t.text === '(') {
      let close = -1;
      for (let j = k + 1; j < tokens.length && j - k < MAX_SOURCE_TOKENS; j++) if (tokens[j].text === ')') { close = j; break; }
      if (close < 0) break;
      last = close;
      k = close;
      continue;
    }
    // "according to two people who spoke with him": a restrictive relative clause (no comma) stays in, to its end.
    if (k > from && t.lower === 'who' && tokens[k - 1].word) {
      let j = k;
      while (j + 1 < tokens.length && j - k < MAX_SOURCE_TOKENS && !isBoundaryPunctuation(tokens, j + 1)) j++;
      last = j;
      break;
    }
    if (endsSourceAfter(tokens, k) || (k > from && t.lower === 'in' && tokens[k + 1]?.lower === 'a')) break;
    // "According to Rathbun the property…", "said Bolden to the crowd", "the Ministry over 345 pilgrims…": after a
    // name, a determiner, "to" or a number starts the next phrase.
    // "Afghan Ambassador to the United States Hamdullah Mohib": a role's "to" before a name goes on.
    const roleTo = t.lower === 'to' && ROLE_WORDS.has(tokens[k - 1]?.lower ?? '') && (isCapitalized(tokens[k + 1]) || (tokens[k + 1]?.lower === 'the' && isCapitalized(tokens[k + 2])));
    if (k > from && isCapitalized(tokens[k - 1]) && (DETERMINERS.has(t.lower) || (t.lower === 'to' && !roleTo) || /^\d/.test(t.text))) break;
    // "rejected by Prime Minister Boris Johnson over fears…": a reason or time after a name is no part of it.
    if (k > from && isCapitalized(tokens[k - 1]) && ADJUNCT_AFTER_NAME.has(t.lower)) break;
    // "the Ministry over 345 pilgrims…" ends at the name; "a posting made just over 24 hours ago" goes on.
    if (k > from && PREPOSITIONS.has(t.lower) && /^\d/.test(tokens[k + 1]?.text ?? '') && !APPROXIMATING_ADVERBS.has(tokens[k - 1].lower)) break;
    // "according to officials on Tuesday" ends at the time; "people familiar with the matter" goes on.
    if (k > from && PREPOSITIONS.has(t.lower) && startsTimeExpression(tokens, k + 1) && !/ed$/.test(tokens[k - 1].lower)) break;
    last = k;
  }
  if (last < from || PREPOSITIONS.has(tokens[from].lower) || SOURCE_CUE_ADVERBS.has(tokens[from].lower)) return null;
  if (tokens[last + 1]?.text === ',' && /^\d+$/.test(tokens[last + 2]?.text ?? '') && !tokens[last + 3]?.word) last += 2;
  last = afterPartyTag(view, last);
  const apposition = tokens[last + 1]?.text === ',' ? last + 2 : -1;
  const opener = tokens[apposition]?.lower ?? '';
  // "According to the team's coach, Alireza Mehraban, in their first…": a name set off after a role.
  if (apposition > 0 && ROLE_WORDS.has(tokens[last].lower)) {
    let end = apposition;
    while (end + 1 < tokens.length && isCapitalized(tokens[end + 1]) && end - apposition < MAX_NAME_APPOSITION) end++;
    // "in the words of the Crown prosecutor, Mark Tedeschi, QC, …": letters after the name go with it.
    if (tokens[end + 1]?.text === ',' && isPostNominal(tokens[end + 2]) && tokens[end + 3]?.text === ',') end += 2;
    if (isCapitalized(tokens[apposition]) && tokens[end + 1]?.text === ',') return span(tokens, from, end);
  }
  // "…,” said Mook, Clinton's campaign manager.": after an inverted "said" a possessive opens a role too.
  const possessive = /['’]s$/.test(opener) && !PRONOUN_OWNERS.has(opener);
  const closingOpener = closingApposition === 'any' ? opener === 'the' || ROLE_WORDS.has(opener) || possessive : closingApposition === 'role' && ROLE_WORDS.has(opener);
  if (apposition > 0 && (opener === 'a' || opener === 'an' || closingOpener)) {
    let end = apposition;
    let clause = false;
    while (end + 1 < tokens.length && end - apposition < MAX_APPOSITION_TOKENS && !isBoundaryPunctuation(tokens, end + 1)) {
      end++;
      // "According to Rathbun, a detective … was provided with…": a phrase with its own verb is the content's subject.
      if (BE_FORMS.has(tokens[end].lower) || HAVE_FORMS.has(tokens[end].lower) || MODALS.has(tokens[end].lower)) clause = true;
    }
    // "said Richard L. Hasen, a professor at the University of California, Irvine.": a campus or town of one or two
    // capitalised words after a name closing the sentence is part of the apposition.
    if (tokens[end + 1]?.text === ',' && isCapitalized(tokens[end]) && end + 2 < tokens.length) {
      let place = end + 2;
      while (place + 1 < tokens.length && place - end < 3 && tokens[place + 1].word && isCapitalized(tokens[place + 1])) place++;
      if (tokens[place].word && isCapitalized(tokens[place]) && (place + 1 >= tokens.length || ['.', '!', '?'].includes(tokens[place + 1].text))) end = place;
    }
    // "…,” said Jeb Bush, the former Florida governor, who dropped out…" / "…, in an interview": after an inverted
    // "said" a relative clause, a participle or an adjunct may follow the apposition's closing comma.
    const closedByAside = closingApposition === 'any' && tokens[end + 1]?.text === ',' && startsAsideAfterSource(tokens[end + 2]);
    const closes = end + 1 >= tokens.length || ['.', '!', '?'].includes(tokens[end + 1].text) || closedByAside;
    if (!clause && (opener === 'a' || opener === 'an' || closes)) last = end;
  }
  return span(tokens, from, last);
}

/** Letters after a name: "QC", "MP", "KC" (two to four capitals). */
function isPostNominal(t: Token | undefined): boolean {
  return t !== undefined && /^[A-Z]{2,4}$/.test(t.text);
}

/** Contractions that look like possessives but are a pronoun and a verb: "it's", "that's". */
const PRONOUN_OWNERS = new Set(["it's", 'it’s', "that's", 'that’s', "there's", 'there’s', "he's", 'he’s', "she's", 'she’s', "what's", 'what’s']);

/** A word that opens an aside after a source's closing comma: "who dropped out", "speaking on…", "in an interview". */
function startsAsideAfterSource(t: Token | undefined): boolean {
  return t !== undefined && !isCapitalized(t) && (RELATIVE_PRONOUNS.has(t.lower) || /ing$/.test(t.lower) || PREPOSITIONS.has(t.lower));
}

/** The subject at the start of the sentence, for cues that inherit it ("The ministry issued a statement, saying…"). */
export function leadingSubject(view: SentenceView, before: number): SourceSpan | null {
  const { tokens } = view;
  // "Even though I'm not famous, when people come up and say…": behind a fronted subordinate clause the subject
  // is the one of the clause the verb belongs to, after its opener.
  if (tokens[0] && FRONTED_OPENERS.has(tokens[0].lower)) return subjectAfterOpener(tokens, before);
  // "Working with both, rejecting…": a sentence opened by a gerund has no subject up front; nor has one opened by a
  // preposition, unless a short adjunct closed by a comma stands before it ("In June, two senators wrote…").
  if (tokens[0] && /ing$/.test(tokens[0].lower)) return null;
  const adjunctEnd = tokens[0] && PREPOSITIONS.has(tokens[0].lower) ? frontedAdjunctEnd(tokens, before) : 0;
  if (adjunctEnd < 0) return null;
  // "CLEVELAND — Donald Trump accepted the nomination, vowing…": the subject follows the dateline.
  const from = adjunctEnd > 0 ? adjunctEnd : datelineEnd(tokens, before);
  let last = -1;
  for (let k = from; k < before && k - from < MAX_SOURCE_TOKENS; k++) {
    const t = tokens[k];
    // "Mr. Trump attacked the judge, saying…", "Paul D. Ryan": the dot of a title or an initial does not end the name.
    if (t.text === '.' && k > from && !isBoundaryPunctuation(tokens, k) && isCapitalized(tokens[k + 1] ?? t)) continue;
    // "Texas and 26 other states are suing…, arguing": a subject of two coordinated nouns.
    if (t.lower === 'and' && k > from && last === k - 1 && tokens[k + 1] && (isCapitalized(tokens[k + 1]) || DETERMINERS.has(tokens[k + 1].lower) || /^\d/.test(tokens[k + 1].text))) continue;
    // "Two senators", "The ministry", "Several analysts": a determiner or a number before the noun.
    // "26 other states": a number, and up to two words after it.
    const counted = /^\d/.test(t.text) || NUMBER_WORDS.has(t.lower) || (k > 1 && /^\d/.test(tokens[k - 2].text) && tokens[k - 1].word);
    const nounish = isCapitalized(t) || DETERMINERS.has(t.lower) || t.lower === 'of' || counted || (k > 0 && (DETERMINERS.has(tokens[k - 1].lower) || NUMBER_WORDS.has(tokens[k - 1].lower) || /^\d/.test(tokens[k - 1].text)));
    if (!t.word || !nounish) break;
    last = k;
  }
  // "The Trump campaign pushed back…, saying", "Clinton's campaign manager …, calling": a body or role named after
  // its owner ends the compound noun.
  while (last >= from && last + 1 < before && last - from < MAX_SOURCE_TOKENS && isOwnedBodyNoun(tokens, last + 1)) last++;
  return last >= 0 ? span(tokens, from, last) : null;
}

/** Longest adjunct opening a sentence before its subject: "In June,", "On Friday morning,", "After the hearing,". */
const MAX_FRONTED_ADJUNCT_TOKENS = 6;

/** The token after the comma closing a short adjunct that opens the sentence with a preposition, or -1. */
function frontedAdjunctEnd(tokens: Token[], before: number): number {
  for (let k = 1; k < before && k <= MAX_FRONTED_ADJUNCT_TOKENS; k++) {
    if (tokens[k].text === ',') return k + 1 < before ? k + 1 : -1;
    if (!tokens[k].word) return -1;
  }
  return -1;
}

/** Bodies and groups speaking for the one named before them: "Trump campaign", "Clinton aides", "Obama administration". */
const OWNED_BODY_NOUNS = new Set([
  'campaign', 'camp', 'administration', 'team', 'aides', 'allies', 'supporters', 'backers', 'officials', 'staff',
  'staffers', 'surrogates', 'advisers', 'advisors', 'lawyers', 'attorneys', 'spokespeople', 'foundation', 'committee',
  'government', 'office', 'loyalists', 'campaigns', 'transition', 'organization', 'family', 'people', 'folks',
]);

/** Whether token `k` is a lowercase noun closing a compound subject after a name, owner or another such noun. */
function isOwnedBodyNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const noun = OWNED_BODY_NOUNS.has(t.lower) || ROLE_WORDS.has(t.lower) || (t.lower.endsWith('s') && ROLE_WORDS.has(t.lower.slice(0, -1)));
  return t.word && !isCapitalized(t) && noun && (isCapitalized(prev) || hasPossessor(prev) || OWNED_BODY_NOUNS.has(prev.lower) || ROLE_WORDS.has(prev.lower));
}

const DATELINE_DASHES = new Set(['—', '–', '-', '--']);
/** Longest dateline before its dash: "ST. PAUL, Minn. (AP) —". */
const MAX_DATELINE_TOKENS = 10;

/**
 * The first token after a wire dateline opening the sentence ("WASHINGTON —", "NEW YORK (Reuters) -", "ST. PAUL,
 * Minn. (AP) —"), or 0: a place in capitals or any place before a wire's name in parentheses, then a dash.
 */
function datelineEnd(tokens: Token[], before: number): number {
  const first = tokens[0];
  if (!first?.word || !isCapitalized(first)) return 0;
  let wire = false;
  for (let k = 0; k < before && k < MAX_DATELINE_TOKENS; k++) {
    const t = tokens[k];
    if (DATELINE_DASHES.has(t.text)) return (wire || (/\p{Lu}{2}/u.test(first.text) && first.text === first.text.toUpperCase())) && k > 0 ? k + 1 : 0;
    if (t.text === '(') wire = true;
    else if (!(t.word ? isCapitalized(t) : t.text === ',' || t.text === ')' || t.text === '.')) return 0;
  }
  return 0;
}

/** Words that open a sentence with a subordinate clause: its subject is no subject of the main verb. */
const FRONTED_OPENERS = new Set(['even', 'though', 'although', 'when', 'if', 'while', 'because', 'since', 'as', 'after', 'before', 'once', 'whenever']);

/**
 * The subject right after the last clause opener or comma before token `before`: determiners and numbers, then a
 * run of capitalized words or one lower-case head ("when people come up…" → "people").
 */
function subjectAfterOpener(tokens: Token[], before: number): SourceSpan | null {
  let j = before - 1;
  while (j >= 0 && tokens[j].text !== ',' && !CLAUSE_OPENERS.has(tokens[j].lower)) j--;
  if (j < 0) return null;
  let k = j + 1;
  while (k < before && (DETERMINERS.has(tokens[k].lower) || /^\d/.test(tokens[k].text))) k++;
  let last = k;
  if (tokens[k] && isCapitalized(tokens[k])) while (last + 1 < before && isCapitalized(tokens[last + 1])) last++;
  return k < before && tokens[k].word ? span(tokens, j + 1, last) : null;
}

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);

/** People and bodies that can be cited, besides roles, audiences, documents and attribution nouns. */
const INFORMANT_NOUNS = new Set([
  'source', 'sources', 'people', 'person', 'witness', 'witnesses', 'expert', 'experts', 'authorities', 'authority',
  'ministry', 'government', 'media', 'newspaper', 'paper', 'outlet', 'outlets', 'agency', 'office', 'department',
  'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'insider', 'insiders', 'executive', 'executives',
  'officer', 'officers', 'lawyer', 'lawyers', 'doctors', 'medics', 'activists', 'monitors', 'observers', 'interview',
  'interviews', 'letter', 'memo', 'email', 'figures', 'data', 'documents', 'intelligence', 'accounts', 'testimony',
]);

/** Whether a word names people or a body that can speak: "person", "officials", "aides", "lawyers", "spokesman". */
export function namesPeopleWord(lower: string): boolean {
  return (INFORMANT_NOUNS.has(lower) && !EVIDENCE_NOUNS.has(lower)) || ROLE_WORDS.has(lower) || ROLE_WORDS.has(lower.replace(/s$/, ''));
}

/**
 * Whether the phrase after "citing" names an informant (people, a body, a document: "citing two officials",
 * "citing data from the statistics office") rather than a reason ("citing higher construction costs").
 */
export function namesInformant(view: SentenceView, s: SourceSpan): boolean {
  const { tokens } = view;
  // "citing her “sense of entitlement”": "her" before a noun or a quotation is its owner, not the one cited.
  const after = tokens[s.last + 1];
  if (s.first === s.last && (tokens[s.first].lower === 'her' || tokens[s.first].lower === 'his') && after && (after.word || isQuotationMark(after.text))) return false;
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k];
    // The head comes before any postmodifier: "people familiar with…", "payments of federal subsidies".
    if (k > s.first && (PREPOSITIONS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower) || t.text === ',')) break;
    if (isCapitalized(t) && k > 0) return true;
    const noun = t.lower.replace(/['’]s$/, '');
    if (INFORMANT_NOUNS.has(noun) || ROLE_WORDS.has(noun) || ROLE_WORDS.has(noun.replace(/s$/, '')) || EVIDENCE_NOUNS.has(noun)
      || ATTRIBUTION_NOUNS.has(noun) || AUDIENCE_NOUNS.has(noun)) return true;
  }
  return false;
}

/** Subordinators that make a report hypothetical: "If he says the race is rigged, …", "Unless the FBI says otherwise". */
const CONDITIONALS = new Set(['if', 'unless']);

/**
 * Whether the source starting at token `first` is the subject of a condition ("If he says…", "Even if Trump says…",
 * "Imagine if Obama had said…"): speech that is supposed, not reported.
 */
export function isConditionalSubject(view: SentenceView, first: number): boolean {
  const before = view.tokens[first - 1];
  return before !== undefined && CONDITIONALS.has(before.lower) && view.quoted[first - 1] === view.quoted[first];
}

/**
 * Events and processes, which establish things but say nothing: "Recount confirms narrow win", "The vote confirmed
 * his lead". Documents and data ("Results show", "The report found") are sources of evidence, not these.
 */
const EVENT_NOUNS = new Set([
  'recount', 'recounts', 'count', 'vote', 'votes', 'voting', 'election', 'elections', 'primary', 'primaries', 'win',
  'victory', 'defeat', 'loss', 'move', 'decision', 'outcome', 'turnout', 'runoff', 'caucus', 'caucuses', 'result',
]);

/** Whether a source is an event or process ("Recount", "the vote"): for a statement it can be no speaker. */
export function namesEvent(view: SentenceView, first: number, last: number): boolean {
  return EVENT_NOUNS.has(view.tokens[last].lower) && (first === last || DETERMINERS.has(view.tokens[first].lower)) && last - first <= 1;
}
