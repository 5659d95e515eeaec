// Turns each cue of a sentence into an attribution by the shape it appears in: forward, inverted, "according to"…
import { contentAfter, contentBefore, type ContentSpan } from './content';
import type { Cue } from './cues';
import type { Range } from './segment';
import type { SentenceView } from './sentence';
import { isQuotationMark } from './sentence';
import { leadingSubject, sourceAfter, sourceBefore, type SourceSpan } from './source';
import type { Token } from './tokens';
import { TIME_WORDS } from './lexicon';

/** An attribution before its spans get text and hedges. */
export interface Draft {
  content: ContentSpan;
  source: Range | null;
  cue: Range;
  /** Token index of the cue's reporting word, for hedges carried by the verb ("believe", "claimed"). */
  cueHead: Range;
}

const SUBORDINATORS = new Set(['although', 'though', 'while', 'as', 'because', 'since', 'if', 'when', 'after', 'before', 'unless', 'whereas', 'once']);
const CONNECTIVES = new Set(['but', 'and', 'yet', 'so', 'still', 'however', 'meanwhile', 'now']);
const INVERTING_GROUPS = new Set(['speech', 'assertion', 'accusation']);
/** Words a frame may end with before the full stop: "the ministry said in a statement on Tuesday." */
const FRAME_TAIL_REACH = 8;
const ADJUNCT_STARTERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'late', 'early', 'via', 'through', 'to']);

function cueRange(view: SentenceView, cue: Cue): Range {
  return { start: view.tokens[cue.first].start, end: view.tokens[cue.last].end };
}

function tokenRange(t: Token): Range {
  return { start: t.start, end: t.end };
}

function isClosingQuote(view: SentenceView, t: Token | undefined): boolean {
  return t !== undefined && isQuotationMark(t.text) && view.quotes.byClose.has(t.end);
}

/** Only connectives, commas and quote marks come before token `k`: the cue phrase opens its sentence. */
function opensSentence(view: SentenceView, k: number): boolean {
  for (let j = 0; j < k; j++) {
    const t = view.tokens[j];
    if (!(CONNECTIVES.has(t.lower) || t.text === ',' || isQuotationMark(t.text))) return false;
  }
  return true;
}

/** Nothing but a short adjunct follows token `last` before the sentence or clause ends: "…, the minister said (on Tuesday)." */
function frameEndsSentence(view: SentenceView, last: number): boolean {
  const { tokens } = view;
  for (let k = last + 1; k < tokens.length; k++) {
    if (k - last > FRAME_TAIL_REACH) return false;
    const t = tokens[k];
    if (!t.word) {
      if (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') return true;
      if (t.text === ',') return !view.quotes.byOpen.has(tokens[k + 1]?.start ?? -1);
      if (t.text === '(' || t.text === ')') continue;
      return false;
    }
    if (t.lower === 'that' || (k === last + 1 && !ADJUNCT_STARTERS.has(t.lower) && !TIME_WORDS.has(t.lower))) return false;
  }
  return true;
}

/** "Although neither Moscow nor Pyongyang has confirmed …, …": the content ends at the clause's comma. */
function inFrontedSubordinate(view: SentenceView, source: SourceSpan | null): boolean {
  if (!source || source.first === 0) return false;
  const before = view.tokens[source.first - 1];
  return SUBORDINATORS.has(before.lower) && opensSentence(view, source.first - 1);
}

function withoutPossessive(view: SentenceView, s: SourceSpan): Range {
  const last = view.tokens[s.last].lower;
  return last.endsWith("'s") || last.endsWith('’s') ? { start: s.start, end: s.end - 2 } : { start: s.start, end: s.end };
}

/** "according to X", "as reported by X": the content is the other side of the sentence from the phrase. */
function prepositionalDraft(view: SentenceView, cue: Cue): Draft | null {
  const source = sourceAfter(view, cue.last + 1);
  if (!source) return null;
  let content: ContentSpan | null;
  if (opensSentence(view, cue.first)) {
    content = contentAfter(view, source.last, { afterTell: false, stopAtComma: false });
  } else {
    content = contentBefore(view, cue.first, 0);
    const rest = view.tokens.slice(source.last + 1).filter((t) => t.word).length;
    if (content && !content.quoted && cue.first < 4 && rest > 2) {
      const tail = contentAfter(view, source.last, { afterTell: false, stopAtComma: false });
      if (tail) content = { ...content, end: tail.end };
    }
  }
  if (!content) return null;
  return { content, source: source, cue: cueRange(view, cue), cueHead: tokenRange(view.tokens[cue.head]) };
}

function verbDraft(view: SentenceView, cue: Cue, floor: number): Draft | null {
  const { tokens } = view;
  const verb = cue.verb;
  if (!verb) return null;
  const prev = tokens[cue.first - 1] as Token | undefined;
  const base = { cue: cueRange(view, cue), cueHead: tokenRange(tokens[cue.head]) };
  // "…,” said Kim." / "…, said the ministry." — the cue comes first, its source follows.
  if (prev && (prev.text === ',' || isClosingQuote(view, prev)) && cue.first === cue.head && INVERTING_GROUPS.has(verb.verb.group)) {
    const source = sourceAfter(view, cue.last + 1, true);
    const content = contentBefore(view, cue.first, 0);
    if (source && content && frameEndsSentence(view, source.last)) return { ...base, content, source };
  }
  const source = sourceBefore(view, cue.first, floor);
  if (source && source.first > 0) {
    const before = tokens[source.first - 1];
    // "…, the minister said." — the content is the clause or quotation before the source.
    if ((before.text === ',' || isClosingQuote(view, before)) && frameEndsSentence(view, cue.last)) {
      const content = contentBefore(view, source.first, 0);
      if (content) return { ...base, content, source: withoutPossessive(view, source) };
    }
  }
  const content = contentAfter(view, cue.last, { afterTell: verb.verb.lemma === 'tell', stopAtComma: inFrontedSubordinate(view, source) });
  if (!content || !source) return null;
  if (verb.verb.need === 'clause' && !content.clausal) return null;
  return { ...base, content, source: withoutPossessive(view, source) };
}

/** Attributions of one sentence, one per cue that has a content. */
export function draftsOf(view: SentenceView, cues: Cue[]): Draft[] {
  const drafts: Draft[] = [];
  const { tokens } = view;
  let floor = 0;
  for (const cue of cues) {
    let draft: Draft | null = null;
    const cueHead = tokenRange(tokens[cue.head]);
    switch (cue.kind) {
      case 'according':
      case 'as-by':
        draft = prepositionalDraft(view, cue);
        break;
      case 'citing': {
        const source = sourceAfter(view, cue.last + 1);
        const content = drafts[drafts.length - 1]?.content ?? contentBefore(view, cue.first, 0);
        if (source && content) draft = { content, source, cue: cueRange(view, cue), cueHead };
        break;
      }
      case 'noun': {
        const possessor = tokens[cue.first - 1];
        const owned = possessor && (possessor.lower.endsWith("'s") || possessor.lower.endsWith('’s'));
        const source = owned ? sourceBefore(view, cue.first, floor) : null;
        const content = contentAfter(view, cue.last, { afterTell: false, stopAtComma: false });
        if (content) draft = { content, source: source ? withoutPossessive(view, source) : null, cue: cueRange(view, cue), cueHead };
        break;
      }
      case 'participle': {
        const content = contentAfter(view, cue.last, { afterTell: false, stopAtComma: false });
        const inherited = drafts[drafts.length - 1]?.source ?? leadingSubject(view, cue.first);
        if (content && (content.clausal || cue.verb?.verb.need === 'object')) {
          draft = { content, source: inherited ? { start: inherited.start, end: inherited.end } : null, cue: cueRange(view, cue), cueHead };
        }
        break;
      }
      case 'verb':
        draft = verbDraft(view, cue, floor);
        break;
    }
    if (draft) drafts.push(draft);
    floor = cue.last + 1;
  }
  return drafts;
}
