// Turns each cue of a sentence into an attribution by the shape it appears in: forward, inverted, "according to"…
import { citingAsideEnd, clauseAround, contentAfter, contentBefore, endsSentenceAfter, hasInfinitive, isFutureAuxiliary, isInfinitiveAt, startsSumming, type ContentSpan } from './content';
import { POSSESSIVE_PRONOUNS, hasPossessor } from './lexicon';
import { ASKED, REASON_PARTICLES, isContractedIt, requestedAction, startsAgent, withheldCommentAt, type Cue } from './cues';
import type { OffsetRange } from '../model/offsetRange';
import type { SentenceView } from './sentence';
import { isQuotationMark, tokenIndexAt } from './sentence';
import { afterRelativeClause, afterVerbWithin, isConditionalSubject, leadingSubject, namesEvent, namesInformant, namesPeopleWord, ownerOfPossessive, sourceAfter, TITLE_ABBREVIATIONS, sourceBefore, strayCommaSubject, withoutLeadingVerb, type SourceSpan } from './source';
import { isCapitalized, type Token } from './tokens';
import { ANONYMITY_WORDS, AUDIENCE_NOUNS, NOUN_HOMOGRAPHS, AUXILIARIES, BE_FORMS, COORDINATORS, CUE_PARTICLES, DETERMINERS, EVIDENCE_NOUNS, PREPOSITIONS, TIME_WORDS, VERB_FORMS, isAdverb, startsTimeExpression } from './lexicon';
import { trimRange } from './trim';
import { beforePredicate, inFrontedPhrase, isAuxiliaryWord, isFiniteWord, lightVerbStart, opensAsSubject, opensOwnClause } from './nominal';
import { ANSWERING_LEMMAS, PERSONAL_EVIDENTIALS, isRefusal, isRefusedByNegatedSubject, kindOf } from './kinds';
import type { ClaimKind } from './types';

/** An attribution before its spans get text and hedges. */
export interface Draft {
  content: ContentSpan;
  source: OffsetRange | null;
  cue: OffsetRange;
  /** Token index of the cue's reporting word, for hedges carried by the verb ("believe", "claimed"). */
  cueHead: OffsetRange;
  kind: ClaimKind;
  /** Where the claim starts when a word before source, cue and content opens it: the impersonal "It" of "It was reported that…". */
  opener?: number;
}

/** A draft before its kind is known: the shapes find the parts, the kind follows from cue and source. */
/** A draft before its kind; `replaces` names an earlier claim of the sentence it takes the place of. */
type Shape = Omit<Draft, 'kind'> & { replaces?: Draft };

const SUBORDINATORS = new Set(['although', 'though', 'while', 'as', 'because', 'since', 'if', 'when', 'after', 'before', 'unless', 'whereas', 'once']);
const CONNECTIVES = new Set(['but', 'and', 'yet', 'so', 'still', 'however', 'meanwhile', 'now']);
/** The parts of a frame that every shape of one cue shares. */
interface Frame {
  cue: OffsetRange;
  cueHead: OffsetRange;
}

/** A shape of `frame`, written out: on Node 20 a spread that adds properties (`{ ...frame, content }`) costs about 2.5 µs. */
function shapeOf(frame: Frame, content: ContentSpan, source: OffsetRange | null): Shape {
  return { content, source, cue: frame.cue, cueHead: frame.cueHead };
}

/** Verbs that invert after their content ("…, said the minister"); stance verbs like "questioned" do not. */
const INVERTING_LEMMAS = new Set([
  'say', 'add', 'tell', 'write', 'ask', 'explain', 'note', 'reply', 'recall', 'insist', 'argue', 'warn', 'stress',
  'declare', 'announce', 'report', 'conclude', 'admit', 'acknowledge', 'quip', 'respond', 'answer', 'claim',
  'concede', 'state', 'observe', 'predict', 'emphasize', 'emphasise', 'tweet', 'post', 'confirm',
  // Verbs of manner of speaking that news copy inverts too: "“That's not true,” interjected Clinton".
  'counter', 'interject', 'retort', 'exclaim', 'shout', 'yell', 'whisper', 'mutter', 'joke', 'continue', 'boast',
  'complain', 'muse', 'wonder', 'demand', 'caution', 'remark', 'comment', 'testify', 'assert', 'maintain', 'contend',
  'lament', 'scream',
]);
/** Words a frame may end with before the full stop: "the ministry said in a statement on Tuesday." */
const FRAME_TAIL_REACH = 8;
const ADJUNCT_STARTERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'late', 'early', 'via', 'through', 'to']);

function cueRange(view: SentenceView, cue: Cue): OffsetRange {
  const first = view.tokens[cue.first];
  // "It's believed that…": the cue is the verb group, so it starts at the contracted "'s", not at "It".
  const start = cue.kind === 'impersonal' && isContractedIt(first) ? first.start + 2 : first.start;
  return { start, end: view.tokens[cue.last].end };
}

function tokenRange(t: Token): OffsetRange {
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

/** How a frame ("the minister said") ends: with its sentence, before a comma and more words, or not at all. */
type FrameEnd =
  | { kind: 'sentence' }
  /** ", he said, was dead" — the frame interrupts its content; `comma` is the token after the frame. */
  | { kind: 'interrupting'; comma: number }
  /** ", he said, “…”" — a quotation split around the frame goes on. */
  | { kind: 'split-quote' }
  /** ", union leaders said, leaving dozens…" — a participle or a new attribution follows. */
  | { kind: 'participle' }
  | null;

/** What follows token `last`, the end of a frame, after at most a short adjunct ("on Tuesday", "in a statement"). */
function frameEnd(view: SentenceView, last: number): FrameEnd {
  const { tokens } = view;
  for (let k = last + 1; k < tokens.length; k++) {
    if (k - last > FRAME_TAIL_REACH) return null;
    const t = tokens[k];
    if (!t.word) {
      if (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') return { kind: 'sentence' };
      if (t.text === ',') {
        const next = tokens[k + 1];
        if (!next) return { kind: 'sentence' };
        if (view.quotes.byOpen.has(next.start)) return { kind: 'split-quote' };
        // After the comma, a participle, a new frame, or a noun phrase in apposition to the content ("…, the highest since 2003").
        // "…, military officials said, as the group fought back": an adverbial clause goes on with the narration, not
        // with the content (a coordinated one may go on with either: "…, he said, but he is not sure he wants it").
        if (/ing$/.test(next.lower) || VERB_FORMS.has(next.lower) || !next.word || DETERMINERS.has(next.lower) || SUBORDINATORS.has(next.lower)) return { kind: 'participle' };
        return { kind: 'interrupting', comma: k };
      }
      if (t.text === '(' || t.text === ')') continue;
      return null;
    }
    if (t.lower === 'that' || (k === last + 1 && !ADJUNCT_STARTERS.has(t.lower) && !startsTimeExpression(tokens, k))) return null;
    // "…and, she wanted to illustrate it, and so…": a verb with its infinitive is no frame after a content.
    if (k === last + 1 && isInfinitiveAt(tokens, k)) return null;
  }
  return { kind: 'sentence' };
}

/**
 * After "“…,” Mulcahy said": a frame behind a quotation ends its claim whatever narration follows ("…said one
 * morning as he coiled a rope"), unless a that-clause, colon or new quotation gives it a content of its own.
 */
function afterQuotedFrame(view: SentenceView, last: number): FrameEnd {
  const end = frameEnd(view, last);
  if (end) return end;
  const next = view.tokens[last + 1];
  if (!next || next.lower === 'that' || next.text === ':' || view.quotes.byOpen.has(next.start)) return null;
  // "Conway, appearing on CNN's “State of the Union,” said the campaign had…": a verb after the would-be source makes
  // it the subject of the content, and the frame no inverted one.
  if (AUXILIARIES.has(next.lower) || isFiniteWord(view.tokens, last + 1)) return null;
  return { kind: 'sentence' };
}

/** The content of an inverted frame: what precedes it, or the whole sentence around an interrupting frame. */
function contentAround(view: SentenceView, frameFirst: number, end: FrameEnd): ContentSpan | null {
  const before = contentBefore(view, frameFirst, 0);
  if (!before || end?.kind !== 'interrupting' || before.quoted) return before;
  const after = contentAfter(view, end.comma, { stopAtComma: false });
  return after ? { ...before, end: after.end } : before;
}

/**
 * "emails disclosed to a committee": an object cannot start with a preposition, a clause can ("in 2019 it grew"),
 * and so can a to-infinitive ("vowed to veto the bill").
 */
function startsWithPreposition(view: SentenceView, content: ContentSpan): boolean {
  if (content.quoted) return false;
  const k = tokenIndexAt(view, content.start);
  if (k >= view.tokens.length) return false;
  const first = view.tokens[k];
  // "told LA Weekly that on October 6 …": after "that" a preposition opens an adjunct of the clause, not a topic.
  if (view.tokens[k - 1]?.lower === 'that' && content.clausal) return false;
  // "think about the scientific part", "told about mathematics": a topic, not a claim — but "about 6 million visitors" is a number.
  if (APPROXIMATORS.has(first.lower) && isQuantity(view.tokens[k + 1])) return false;
  if (TOPIC_PREPOSITIONS.has(first.lower)) return true;
  return !content.clausal && PREPOSITIONS.has(first.lower) && !isInfinitiveAt(view.tokens, k);
}

/** Words of a number after "about": "about 6 million", "about half", "about a third". */
const QUANTITY_WORDS = new Set(['half', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twice', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'billions']);

/** Prepositions that also approximate a number: "about 6 million", "over 700", "around half". */
const APPROXIMATORS = new Set(['about', 'around', 'over', 'under', 'nearly', 'almost', 'roughly']);

function isQuantity(t: Token | undefined): boolean {
  return t !== undefined && (/^\d/.test(t.text) || QUANTITY_WORDS.has(t.lower));
}

/** Whether a frame after its content ("…, the Sams continued") suits the verb: labels never come first, quotation-only verbs need one. */
function fitsFrame(cue: Cue, content: ContentSpan): boolean {
  if (cue.verb?.verb.label) return false;
  return cue.verb?.verb.need !== 'quote' || content.quoted;
}

/** How far into the content the label of "regarded X as Y" may come. */
const LABEL_REACH = 10;

/** One of the label words follows at least one word of the content: "the two-party system for the sham", "wikiHow as the 135th". */
function hasLabel(view: SentenceView, content: ContentSpan, label: readonly string[]): boolean {
  const first = tokenIndexAt(view, content.start);
  for (let k = first + 1; k >= 1 && k < view.tokens.length && view.tokens[k].end <= content.end && k - first <= LABEL_REACH; k++) {
    if (label.includes(view.tokens[k].lower)) return true;
    if (!view.tokens[k].word && view.tokens[k].text !== "'" && view.tokens[k].text !== '’') return false;
  }
  return false;
}

/** Groups whose plain objects are noun phrases ending at a comma, unlike speech that runs on ("said the service cost…, or…"). */
const PHRASE_OBJECT_GROUPS = new Set(['judgement', 'request', 'stance', 'refusal']);

function takesPhraseObject(cue: Cue): boolean {
  return cue.verb !== null && PHRASE_OBJECT_GROUPS.has(cue.verb.verb.group);
}

/** Prepositions that open the topic of speech or thought rather than its content. */
const TOPIC_PREPOSITIONS = new Set(['about', 'of', 'on', 'regarding', 'concerning']);

/**
 * Whether the content has a shape the cue's verb takes: any object; a clause; or, for "plan", "urge", "decline"…,
 * a clause or a to-infinitive, possibly after an object ("asked the council to act"), or an object after a
 * particle ("asked for help").
 */
function fitsNeed(view: SentenceView, cue: Cue, content: ContentSpan): boolean {
  const need = cue.verb?.verb.need ?? 'object';
  const label = cue.verb?.verb.label;
  if (label && !hasLabel(view, content, label)) return false;
  if (need === 'quote') return content.quoted || view.tokens[cue.last + 1]?.text === ':';
  if (need === 'object' || content.clausal) return true;
  // "pointed to polls", "boasted of his wealth", "believes in free trade": a cue's own particle takes an object.
  // "pointed out" keeps needing a clause: "pointed out those features to attendees" shows, it does not say.
  if (cue.last > cue.head && cue.verb && cue.verb.verb.lemma !== 'point' && CUE_PARTICLES.get(cue.verb.verb.lemma)?.has(view.tokens[cue.last].lower) === true) return true;
  // "ordered the release of the prisoners", "invited tenders for the project": a request named by its object.
  if (need === 'infinitive') {
    return cue.last > cue.head || hasInfinitive(view, content) || (cue.verb !== null && requestedAction(view.tokens, cue.head, cue.verb.verb.lemma))
      || (cue.verb?.verb.group === 'refusal' && withheldCommentAt(view.tokens, cue.last + 1))
      // A coordinated "…and was asking X for Y" leaves its subject to the coordination, which may be the content's.
      || (cue.verb?.verb.lemma === 'ask' && !COORDINATORS.has(view.tokens[cue.first - 1]?.lower ?? '') && asksForAfterObject(view, cue.last + 1));
  }
  return false;
}

/** "Although neither Moscow nor Pyongyang has confirmed …, …": the content ends at the clause's comma. */
function inFrontedSubordinate(view: SentenceView, source: SourceSpan | null): boolean {
  if (!source || source.first === 0) return false;
  const before = view.tokens[source.first - 1];
  return SUBORDINATORS.has(before.lower) && opensSentence(view, source.first - 1);
}

function withoutPossessive(view: SentenceView, s: SourceSpan): OffsetRange {
  const last = view.tokens[s.last].lower;
  return last.endsWith("'s") || last.endsWith('’s') ? { start: s.start, end: s.end - 2 } : { start: s.start, end: s.end };
}


/** Complementizers and relatives after which an "according to" phrase attributes the clause that follows. */
const CLAUSE_LINKS = new Set(['that', 'which', 'because', 'while', 'whereas', 'although', 'though', 'since', 'if', 'when']);

/** Longest subject an interrupting phrase may follow: "The Republican tax plan, according to Ryan, is…". */
const INTERRUPTED_SUBJECT_REACH = 8;

/** Whether the words before token `k` are a noun phrase alone, no verb among them: the subject of the clause after it. */
function subjectOnlyBefore(view: SentenceView, k: number): boolean {
  if (k > INTERRUPTED_SUBJECT_REACH) return false;
  for (let j = 0; j < k - 1; j++) if (!view.tokens[j].word || isFiniteWord(view.tokens, j)) return false;
  return true;
}

/** "according to X", "as reported by X": the content is the other side of the sentence from the phrase. */
function prepositionalDraft(view: SentenceView, cue: Cue): Shape | null {
  const source = sourceAfter(view, cue.last + 1, 'role');
  if (!source) return null;
  let content: ContentSpan | null;
  let afterComma = view.tokens[source.last + 1]?.text === ',' ? source.last + 1 : source.last;
  // "According to Yonhap, quoting KCNA, …": the chained source is a claim of its own, not part of the content.
  const chained = afterComma > source.last ? citingAsideEnd(view.tokens, afterComma) : -1;
  if (chained > 0) afterComma = chained;
  if (opensSentence(view, cue.first)) {
    content = contentAfter(view, afterComma, { stopAtComma: false, clause: true });
  } else {
    content = contentBefore(view, cue.first, 0);
    const rest = view.tokens.slice(source.last + 1).filter((t) => t.word).length;
    // "…and, according to X, …", "which, according to AFP, the UN has criticised", "has learned that according to…":
    // a phrase right after a conjunction or complementizer attributes the clause that follows it.
    // "That, according to Ryan, is a mistake": a "that" opening the sentence is its subject, a pronoun, and the phrase
    // interrupts the content as "X, he said, is Y" does.
    const opener = (k: number): boolean => {
      const t = view.tokens[k] as Token | undefined;
      return t !== undefined && (COORDINATORS.has(t.lower) || (CLAUSE_LINKS.has(t.lower) && !(t.lower === 'that' && opensSentence(view, k))));
    };
    const coordinated = opener(cue.first - 1) || (view.tokens[cue.first - 1]?.text === ',' && opener(cue.first - 2));
    if (coordinated && rest > 2) content = contentAfter(view, afterComma, { stopAtComma: false, clause: true });
    else if (content && !content.quoted && ((cue.first < 4 && rest > 2) || (subjectOnlyBefore(view, cue.first) && rest >= 2))) {
      const tail = contentAfter(view, afterComma, { stopAtComma: false, clause: true });
      if (tail) content = { ...content, end: tail.end };
    }
  }
  if (!content) return null;
  return { content, source: source, cue: cueRange(view, cue), cueHead: tokenRange(view.tokens[cue.head]) };
}

/** Verbs whose passive with an agent may take an infinitive, what was asked: "was told by the guards to leave". */
const REQUEST_PASSIVES = new Set(['tell', 'ask', 'urge', 'order', 'instruct', 'advise', 'encourage', 'press', 'direct', 'invite', 'pressure', 'push', 'warn']);

/** Words that end the subject of a passive scanned leftwards: a clause starts after them. */
const PASSIVE_SUBJECT_BOUNDARIES = new Set([',', ';', ':', '—', '–', '(', '"', '“', '”']);

/**
 * "A similar system backed by the British Red Cross", "The plan was rejected by the minister": the agent after
 * "by" is the source; the content is what follows it as a clause, else the noun phrase or subject before the verb.
 */
function passiveDraft(view: SentenceView, cue: Cue, floor: number): Shape | null {
  const { tokens } = view;
  const agent = sourceAfter(view, cue.last + 1);
  if (!agent) return null;
  // "was accused by rivals of lying": the reason's preposition ends the agent.
  const reasons = REASON_PARTICLES.get(cue.verb?.verb.lemma ?? '');
  let last = agent.last;
  for (let k = agent.first + 1; reasons && k <= agent.last; k++) if (reasons.has(tokens[k].lower)) { last = k - 1; break; }
  // "was told by security guards to leave": a request's infinitive ends the agent and is the content.
  const request = cue.verb !== null && REQUEST_PASSIVES.has(cue.verb.verb.lemma);
  for (let k = agent.first + 1; request && k <= last; k++) if (isInfinitiveAt(tokens, k)) { last = k - 1; break; }
  const source = last === agent.last ? agent : { ...agent, last, end: tokens[last].end };
  const base = { cue: cueRange(view, cue), cueHead: tokenRange(tokens[cue.head]) };
  const by = { start: source.start, end: source.end };
  const after = tokens[source.last + 1];
  if (request && after && isInfinitiveAt(tokens, source.last + 1)) {
    const content = contentAfter(view, source.last, { stopAtComma: false });
    return content ? shapeOf(base, content, by) : null;
  }
  if (after && (after.lower === 'that' || after.text === ':')) {
    const content = contentAfter(view, source.last, { stopAtComma: false });
    return content?.clausal ? shapeOf(base, content, by) : null;
  }
  // "has been accused by several women of sexual misconduct": the reason after the agent is the content, as in
  // "was accused of | sexual assault | by several women".
  if (last !== agent.last && cue.first < cue.head) {
    const content = contentAfter(view, last + 1, { stopAtComma: false, phraseObject: true });
    if (content) return shapeOf(base, content, by);
  }
  if (cue.first === cue.head) {
    // A reduced relative: the noun phrase right before the participle.
    const phrase = sourceBefore(view, cue.first, floor);
    return phrase ? shapeOf(base, { start: phrase.start, end: phrase.end, quoted: false, clausal: false }, by) : null;
  }
  let first = cue.first;
  while (first > floor && !PASSIVE_SUBJECT_BOUNDARIES.has(tokens[first - 1].text) && !CLAUSE_STARTERS.has(tokens[first - 1].lower)) first--;
  while (first < cue.first && CONNECTIVES.has(tokens[first].lower)) first++;
  if (first >= cue.first) return null;
  return shapeOf(base, { start: tokens[first].start, end: tokens[cue.first - 1].end, quoted: false, clausal: false }, by);
}

/**
 * "Democrats released polls showing…", "The Census Bureau published figures showing…": the noun phrase before a
 * participle cue ends a clause whose subject and verb are no part of the source — "polls", "figures". A past form
 * right after a word that opens no noun phrase is that verb ("the newly released polls" keep theirs).
 */
const isPastVerbAfterSubject = (word: Token, before: Token): boolean =>
  /ed$/.test(word.lower) && before.word && !/ly$/.test(before.lower) && !isAdverb(before.lower, isCapitalized(before));

/**
 * A claim held by no one in the text (source null): "It was reported that **X**" (the clause), "**The senator is
 * said to be weighing a run**" (the raised subject, the cue and the infinitive, as PARC marks it), "was accused of
 * **hiding losses**", "were urged **to stay indoors**", "was told **that…**" (the complement; a telling or a
 * question needs a clause or an infinitive: "was told a story" is none).
 */
function agentlessDraft(view: SentenceView, cue: Cue, floor: number): Shape | null {
  const { tokens } = view;
  const base = { cue: cueRange(view, cue), cueHead: tokenRange(tokens[cue.head]) };
  // "was asked after the match whether…": the question starts behind the adjunct.
  let after = cue.last;
  if (cue.verb?.verb.lemma === 'ask') while (after < cue.last + 5 && tokens[after + 1] && !ASKED.has(tokens[after + 1].lower) && !isInfinitiveAt(tokens, after + 1)) after++;
  // "Asked whether he would concede, Trump said…": a participial aside ends at its comma.
  const aside = cue.first === cue.head && cue.kind === 'agentless';
  const content = contentAfter(view, after, { stopAtComma: aside, phraseObject: cue.kind === 'agentless' && !/ing$/.test(tokens[after + 1]?.lower ?? '') });
  if (!content) return null;
  // "It was reported that…": the highlighted claim opens at the impersonal "It", outside source and cue.
  if (cue.kind === 'impersonal') return content.clausal ? { content, source: null, cue: base.cue, cueHead: base.cueHead, opener: tokens[isContractedIt(tokens[cue.first]) ? cue.first : cue.first - 1].start } : null;
  if (cue.kind === 'agentless') {
    const lemma = cue.verb?.verb.lemma ?? '';
    const needsClause = lemma === 'ask' || lemma === 'tell' || lemma === 'inform' || lemma === 'assure' || lemma === 'reassure' || lemma === 'remind' || lemma === 'promise' || lemma === 'warn';
    const k = tokenIndexAt(view, content.start);
    const infinitive = isInfinitiveAt(tokens, k) || (tokens[k]?.lower === 'not' && isInfinitiveAt(tokens, k + 1));
    if (needsClause && !content.clausal && !infinitive) return null;
    // "was asked to leave", "was asked whether…": a question or an infinitive, nothing else.
    if (lemma === 'ask' && !infinitive && !ASKED.has(tokens[k]?.lower ?? '')) return null;
    // "A firm that was accused of hiding losses | has collapsed": a relative clause ends before the main verb.
    const own = inRelativeClause(tokens, cue) ? relativeClauseEnd(view, content) : content;
    // A label is a phrase: "had been told that the number of jobs would be cut by half" has a clause, and its "by" no agent.
    const reason = REASON_PARTICLES.get(lemma)?.has(tokens[cue.last]?.lower ?? '') === true;
    const labelled = content.clausal ? null : infinitive || reason ? trailingAgent(view, shapeOf(base, own, null), k, reason) : labelWithAgent(view, shapeOf(base, own, null), k);
    return labelled ?? shapeOf(base, own, null);
  }
  // "The senator is said to…": the subject right before the verb group opens the content; a relative pronoun's
  // antecedent ("a man who is said to…") stands apart, so the content is the infinitive alone.
  const subject = sourceBefore(view, cue.first, floor);
  const adjacent = subject !== null && subject.last === cue.first - 1;
  if (inRelativeClause(tokens, cue)) return shapeOf(base, relativeClauseEnd(view, content), null);
  return shapeOf(base, adjacent ? { ...content, start: subject.start } : content, null);
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);

/**
 * A passive label with its agent after it: "was dubbed “the Iron Lady” by the Soviet press", "was called a liar by
 * Trump", "was described as a fraud by critics": the agent is the source, the label alone the content. Only after a
 * label: "was accused of killing a man by the river" names a place.
 */
function labelWithAgent(view: SentenceView, shape: Shape, first: number): Shape | null {
  const { tokens } = view;
  const label = tokens[first]?.lower === 'as' || LABEL_START.has(tokens[first]?.lower ?? '') || isQuotationMark(tokens[first]?.text ?? '');
  if (!label) return null;
  for (let k = first + 1; k < tokens.length && tokens[k].end <= shape.content.end; k++) {
    if (tokens[k].lower !== 'by' || view.quoted[k] || !startsAgent(tokens, k + 1)) continue;
    const agent = sourceAfter(view, k + 1);
    if (!agent) return null;
    let end = tokens[k - 1].end;
    while (end > shape.content.start && /[\s,;:]/.test(view.text.charAt(end - 1))) end--;
    const source = { start: agent.start, end: agent.end };
    // "was dubbed “the Iron Lady” by…": a quoted label without its marks, as a quotation's content always is.
    const marks = QUOTE_MARK_RE.test(view.text.charAt(shape.content.start)) && QUOTE_MARK_RE.test(view.text.charAt(end - 1)) && end - shape.content.start > 2;
    return { ...shape, source, content: marks ? { ...shape.content, start: shape.content.start + 1, end: end - 1, quoted: true } : { ...shape.content, end } };
  }
  return null;
}
const QUOTE_MARK_RE = /["“”'‘’]/;

/** A head noun that names people or a body: a name ("Trump", "the FBI"), a plural ("several women"), a listener word. */
function namesPeople(head: Token): boolean {
  return isCapitalized(head) || /[^s]s$/.test(head.lower) || /(?:^|[^u])men$/.test(head.lower) || AUDIENCE_NOUNS.has(head.lower) || PEOPLE_WORDS.has(head.lower);
}
/** Plurals of people without "-s": "several women", "congressmen", "the people". */
const PEOPLE_WORDS = new Set(['people', 'children', 'clergy', 'staff']);

/**
 * Heads of a "by" phrase that measure, time or carry an act rather than name who asked it: "urged to cut water use by
 * half", "asked to leave by midnight", "told to vote by mail", "won by a landslide".
 */
const NON_AGENT_HEADS = new Set([
  'half', 'far', 'much', 'phone', 'telephone', 'mail', 'email', 'e-mail', 'letter', 'fax', 'text', 'video', 'hand', 'law',
  'force', 'default', 'proxy', 'midnight', 'noon', 'end', 'deadline', 'landslide', 'margin', 'percent', 'points', 'way',
  'means', 'car', 'bus', 'train', 'plane', 'air', 'sea', 'foot', 'name', 'himself', 'herself', 'themselves', 'itself',
  'majority', 'consensus', 'vote', 'chance', 'mistake', 'accident', 'design', 'choice', 'hour', 'day', 'week', 'month',
  'year', 'weekend', 'morning', 'evening', 'night', 'date', 'time', 'then', 'now', 'tomorrow', 'example', 'contrast',
]);

/**
 * A passive request or judgement with its agent after the infinitive or reason: "He was told to leave by security
 * guards", "was accused of sexual assault by several women" — the agent is the source and the content ends before
 * "by" ("to leave", "sexual assault"). Only a "by" phrase closing the content that names someone: "urged to cut water
 * use by half", "asked to leave by midnight" keep their "by"; after a reason (`personOnly`), where a place is common
 * ("accused of killing a man by the river"), only a name, a plural or a word for people counts.
 */
function trailingAgent(view: SentenceView, shape: Shape, first: number, personOnly: boolean): Shape | null {
  const { tokens } = view;
  for (let k = first + 1; k < tokens.length && tokens[k].end <= shape.content.end; k++) {
    if (tokens[k].lower !== 'by' || view.quoted[k] || !startsAgent(tokens, k + 1)) continue;
    const agent = sourceAfter(view, k + 1);
    if (!agent || agent.end < shape.content.end || NON_AGENT_HEADS.has(tokens[agent.last].lower) || tokens.slice(agent.first, agent.last + 1).some((t) => /\d/.test(t.text))) continue;
    if (personOnly && !namesPeople(tokens[agent.last])) continue;
    const content = trimRange(view.text, shape.content.start, tokens[k - 1].end, ',;:');
    return { ...shape, source: { start: agent.start, end: agent.end }, content: { ...shape.content, end: content.end } };
  }
  return null;
}
/** Words that open a label after a passive naming verb ("was called a liar"). */
const LABEL_START = new Set(['a', 'an', 'the']);

/** Whether the cue's verb group follows a relative pronoun: "a man who is believed to…". */
function inRelativeClause(tokens: Token[], cue: Cue): boolean {
  return RELATIVE_PRONOUNS.has(tokens[cue.first - 1]?.lower ?? '');
}

/** Whether the cue's verb group follows a "who" with no comma before it: "Republicans who have criticized…". */
function inRestrictiveRelativeClause(tokens: Token[], cue: Cue): boolean {
  const who = tokens[cue.first - 1];
  const before = tokens[cue.first - 2];
  return who?.lower === 'who' && before !== undefined && before.word;
}

/** Cue groups whose content in a relative clause is a clause of its own ("Officials who said the plan failed | now say"). */
const CLAUSE_GROUPS = new Set(['speech', 'assertion', 'cognition', 'evidential']);

/**
 * The content of a cue in a restrictive relative clause, ended before the verb of the sentence it stands in: a clause
 * after its own verb group, an object at the first verb ("Officials who accused the company of fraud | were fired",
 * "The women who have accused him of groping | tell a different story").
 */
function restrictiveClauseEnd(view: SentenceView, group: string, content: ContentSpan): ContentSpan {
  if (CLAUSE_GROUPS.has(group)) return beforePredicate(view, content, true);
  const { tokens } = view;
  const first = tokenIndexAt(view, content.start);
  for (let k = first + 1; k < tokens.length && tokens[k].end <= content.end; k++) {
    const t = tokens[k];
    if (!t.word) {
      if (isQuotationMark(t.text)) continue;
      return content;
    }
    const prev = tokens[k - 1];
    const presentVerb = VERB_FORMS.has(t.lower) && !NOUN_HOMOGRAPHS.has(t.lower) && prev.word && !DETERMINERS.has(prev.lower) && !PREPOSITIONS.has(prev.lower) && !isCapitalized(t);
    if (presentVerb || isFiniteWord(tokens, k)) {
      const end = trimRange(view.text, content.start, prev.end, ',;:').end;
      return end > content.start ? { ...content, end } : content;
    }
  }
  return content;
}

/**
 * A raising infinitive inside a relative clause ends with that clause, before the verb of the clause holding it:
 * "A man who is believed to have fled the country | was arrested", "…the country | surrendered on Friday". Only
 * verbs after the infinitive's own verb group count; a comma or other clause punctuation ends the search.
 */
function relativeClauseEnd(view: SentenceView, content: ContentSpan): ContentSpan {
  const { tokens } = view;
  let k = tokenIndexAt(view, content.start);
  // "whether it would act | has not replied" keeps its own verb; "hiding losses | has collapsed" has none.
  if (tokens[k]?.lower !== 'to') return beforePredicate(view, content, opensOwnClause(view, content));
  // "to have been seen", "to be weighing": the infinitive's own verb group.
  k += 2;
  while (k < tokens.length && (isAuxiliaryWord(tokens[k - 1].lower) || tokens[k - 1].lower === 'not') && tokens[k].word && !isCapitalized(tokens[k]) && isFiniteWord(tokens, k)) k++;
  return relativeClauseEndFrom(view, content, k);
}

/** The content cut before the first finite verb from token `from` on (unchanged at clause punctuation or without one). */
function relativeClauseEndFrom(view: SentenceView, content: ContentSpan, from: number): ContentSpan {
  const { tokens } = view;
  for (let k = from; k < tokens.length && tokens[k].end <= content.end; k++) {
    const t = tokens[k];
    if (!t.word) {
      if (isQuotationMark(t.text)) continue;
      return content;
    }
    // "the country ruled by Assad": a participle with its agent is a reduced relative, no verb of the sentence.
    if (isFiniteWord(tokens, k) && !(tokens[k + 1]?.lower === 'by' && !isAuxiliaryWord(t.lower))) {
      let end = tokens[k - 1].end;
      while (end > content.start && /[\s,;:]/.test(view.text.charAt(end - 1))) end--;
      return end > content.start ? { ...content, end } : content;
    }
  }
  return content;
}

/** Words after which a new clause, and so the subject of a passive, begins. */
const CLAUSE_STARTERS = new Set(['that', 'which', 'who', 'because', 'although', 'though', 'while', 'whereas', 'if', 'when', 'since', 'after', 'before', 'and', 'but']);

/** Whether an inverted frame ending this way can have the content before it (a quote may go on after a split). */
function closesContent(end: FrameEnd, content: ContentSpan | null): content is ContentSpan {
  return content !== null && end !== null && (end.kind !== 'split-quote' || content.quoted);
}

/** The source is a body of evidence ("Satellite images from Maxar"), which shows or finds a plain object. */
function namesEvidence(view: SentenceView, source: SourceSpan): boolean {
  for (let k = source.first; k <= source.last; k++) if (EVIDENCE_NOUNS.has(view.tokens[k].lower)) return true;
  return false;
}

/** "…said the strike would last, but insisted that…": a second verb sharing the previous attribution's subject. */
function coordinatedWith(view: SentenceView, cue: Cue, previous: Draft | undefined): OffsetRange | null {
  const conjunction = view.tokens[cue.first - 1];
  if (!previous?.source || !conjunction || !COORDINATORS.has(conjunction.lower)) return null;
  return previous.cue.end <= conjunction.start ? previous.source : null;
}

/** How far after "asked" the words of an anonymity request may come: "asked that her name not be used". */
const ANONYMITY_REACH = 6;

/** "who asked not to be named", "asked that her name not be used": a request about the reporting, not a claim. */
function requestsAnonymity(view: SentenceView, cue: Cue): boolean {
  // "who insisted on anonymity to discuss…", "who demanded anonymity": whatever the verb, anonymity is the whole object.
  const object = view.tokens[cue.last + 1]?.lower === 'on' ? view.tokens[cue.last + 2] : view.tokens[cue.last + 1];
  if (object?.lower === 'anonymity') return true;
  // "who declined to be named", "refused to be identified": the same request, put as a refusal.
  const t = view.tokens;
  if (cue.verb?.verb.group === 'refusal' && t[cue.last + 1]?.lower === 'to' && t[cue.last + 2]?.lower === 'be' && ANONYMITY_WORDS.has(t[cue.last + 3]?.lower ?? '')) return true;
  // "who requested anonymity to discuss…" too.
  if (cue.verb?.verb.lemma !== 'ask' && cue.verb?.verb.lemma !== 'request') return false;
  for (let k = cue.last + 1; k < view.tokens.length && k - cue.last <= ANONYMITY_REACH; k++) {
    if (ANONYMITY_WORDS.has(view.tokens[k].lower)) return true;
  }
  return false;
}

/**
 * "Amid reports that the plant would close, workers protested": a prepositional phrase before the subject, with no
 * comma inside, is an adjunct of the clause after it, not a claim an inverted frame reports ("In 2019, the economy
 * grew, the minister said" has a clause after its comma).
 */
function isFrontedAdjunct(view: SentenceView, content: ContentSpan): boolean {
  if (content.quoted) return false;
  const k = tokenIndexAt(view, content.start);
  const first = view.tokens[k];
  if (!first || !PREPOSITIONS.has(first.lower) || first.lower === 'to') return false;
  for (let j = k + 1; j < view.tokens.length && view.tokens[j].end <= content.end; j++) if (view.tokens[j].text === ',') return false;
  return true;
}

/** Relative pronouns that open a clause set off by commas in which a frame may sit: "the bill, which Republicans say…". */
const OBJECT_RELATIVES = new Set(['which', 'who', 'whom']);

/** Longest time between a parenthetical frame's cue and its comma: "reported last week,", "said on Tuesday,". */
const FRAME_TIME_REACH = 4;

/** Words that open a parenthetical frame: "As the Post reported, …", "like she said". */
const AS_FRAME_OPENERS = new Set(['as', 'like']);
/** Words before "as" that make it no frame opener: "such as", "as well as", "just as", "far as". */
const NOT_FRAME_BEFORE_AS = new Set(['such', 'well', 'far', 'much', 'many', 'same', 'soon', 'long']);
/** Words after the cue that give it a content of its own ("as she said that…" is no parenthetical). */
const CLAUSE_NEXT = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'when', 'where', 'to']);

/** Whether "as far as" stands right before token `k`: "As far as I can tell, …" (a belief of the speaker). */
function opensAsFarAs(tokens: Token[], k: number): boolean {
  return k >= 3 && tokens[k - 1].lower === 'as' && tokens[k - 2].lower === 'far' && tokens[k - 3].lower === 'as';
}

/** Verbs of belief that may close their sentence after the content without a comma: "…very beautiful I think." */
const TRAILING_BELIEF_LEMMAS = new Set(['think', 'guess', 'suppose', 'believe']);
/** Fewest words of content before such a trailing belief. */
const MIN_TRAILING_CONTENT = 3;

/**
 * The statement a summing apposition ending before token `k` ("…, a claim | X dismissed") sums up: the content of
 * the claim that ends at its comma, or else the sentence before the comma.
 */
function summedStatement(view: SentenceView, k: number, previous: Draft | undefined, cue: Cue): ContentSpan | null {
  const { tokens } = view;
  // "…committed fraud, which he denies": a sentential "which" with a cue that takes no object of its own, closing the
  // sentence, stands for the statement before it as the summing noun does.
  const answering = k >= 2 && tokens[k - 1].lower === 'which' && endsSentenceAfter(tokens, cue.last);
  if (!answering && (k < 3 || !startsSumming(tokens, k - 2))) return null;
  let comma = answering ? k - 2 : k - 3;
  if (isQuotationMark(tokens[comma].text) && tokens[comma - 1]?.text === ',') comma--;
  if (tokens[comma]?.text !== ',' || comma === 0) return null;
  const before = tokens[comma - 1];
  if (previous && previous.content.end <= tokens[comma].start && previous.content.end >= before.start - 1) return previous.content;
  return { start: tokens[0].start, end: before.end, quoted: false, clausal: true };
}

function verbDraft(view: SentenceView, cue: Cue, floor: number, previous: Draft | undefined): Shape | null {
  const { tokens } = view;
  const verb = cue.verb;
  if (!verb || requestsAnonymity(view, cue)) return null;
  const prev = tokens[cue.first - 1] as Token | undefined;
  const base = { cue: cueRange(view, cue), cueHead: tokenRange(tokens[cue.head]) };
  // "…,” said Kim." / "…, said the ministry." — the cue comes first, its source follows.
  const source = sourceBefore(view, cue.first, floor);
  // "…was rigged, a claim election officials dismissed as baseless", "…, a charge the campaign denies": the summing
  // noun (or a sentential "which": "…, which he denies") stands for the statement before it, which is what the
  // relative clause's source judges or denies.
  const summed = source && source.last + 1 === cue.first ? summedStatement(view, source.first, previous, cue) : null;
  if (source && summed) return shapeOf(base, summed, withoutPossessive(view, source));
  // A subject set off by an apposition ("Jolene Avery, who lives on Tanner Street, said…") rules out inversion.
  const appositive = prev?.text === ',' && source !== null;
  // "Trump, asked about the tape, said": a verb with its particle is a participle, no inverted frame.
  if (!appositive && prev && (prev.text === ',' || isClosingQuote(view, prev)) && cue.first === cue.head && cue.last === cue.head && INVERTING_LEMMAS.has(verb.verb.lemma)) {
    const source = sourceAfter(view, cue.last + 1, 'any');
    const tail = source ? afterRelativeClause(view, source.last) : -1;
    const end = source ? (isClosingQuote(view, prev) ? afterQuotedFrame(view, tail) : frameEnd(view, tail)) : null;
    const content = source ? contentAround(view, cue.first, end) : null;
    if (source && closesContent(end, content) && fitsFrame(cue, content)) return shapeOf(base, content, source);
  }
  const shared = coordinatedWith(view, cue, previous);
  if (shared) {
    const content = contentAfter(view, cue.last, { stopAtComma: false, phraseObject: takesPhraseObject(cue) });
    return content && fitsNeed(view, cue, content) ? shapeOf(base, content, shared) : null;
  }
  if (!source && COORDINATORS.has(tokens[cue.first - 1]?.lower ?? '')) {
    // "Norvik cut its forecast and warned that…": no attribution before to share a source with; the sentence's subject.
    const subject = leadingSubject(view, cue.first - 1);
    const content = subject ? contentAfter(view, cue.last, { stopAtComma: false, phraseObject: takesPhraseObject(cue) }) : null;
    // "…and encourages galleries to educate…", "…and invited them to record…": an infinitive after an object.
    const fits = content !== null && (content.clausal || (verb.verb.need === 'infinitive' && fitsNeed(view, cue, content)));
    return subject && content && fits ? shapeOf(base, content, { start: subject.start, end: subject.end }) : null;
  }
  // "…, he will not concede." is a clause of its own: a frame after its content is never in the future.
  if (source && source.first > 0 && !tokens.slice(cue.first, cue.head).some(isFutureAuxiliary)) {
    const before = tokens[source.first - 1];
    // "…, the minister said." — the content is the clause or quotation before the source.
    if (before.text === ',' || isClosingQuote(view, before)) {
      const end = isClosingQuote(view, before) ? afterQuotedFrame(view, cue.last) : frameEnd(view, cue.last);
      const content = end ? contentAround(view, source.first, end) : null;
      if (closesContent(end, content) && fitsFrame(cue, content) && !isFrontedAdjunct(view, content)) return shapeOf(base, content, withoutPossessive(view, source));
    }
  }
  // "As the Post reported, …", "like she said, bring light into…", "we had met like she said at Sandia": a frame
  // opened by "as" or "like" reports the clause after its comma, or the clause it stands in.
  const opener = source && source.first > 0 ? tokens[source.first - 1] : undefined;
  if (source && opener && AS_FRAME_OPENERS.has(opener.lower) && !NOT_FRAME_BEFORE_AS.has(tokens[source.first - 2]?.lower ?? '') && cue.first === cue.head) {
    // "As the Post reported last week, …": a time between the cue and its comma.
    let comma = cue.last + 1;
    // "As one official put it bluntly, …": an adverb too.
    while (comma < tokens.length && comma - cue.last <= FRAME_TIME_REACH && (TIME_WORDS.has(tokens[comma].lower) || /^\d/.test(tokens[comma].text) || isAdverb(tokens[comma].lower, isCapitalized(tokens[comma])))) comma++;
    const next = tokens[comma];
    const content = next?.text === ',' ? contentAfter(view, comma, { stopAtComma: false, clause: true })
      : next?.word && !CLAUSE_NEXT.has(next.lower) && opener.lower === 'like' ? clauseAround(view, source.first - 1, cue.last) : null;
    if (content) return shapeOf(base, content, withoutPossessive(view, source));
  }
  // "As far as I can tell, podiobooks.com features…": the hedge frames the rest of the sentence.
  if (source && opensAsFarAs(tokens, source.first) && tokens[cue.last + 1]?.text === ',') {
    const content = contentAfter(view, cue.last + 1, { stopAtComma: false, clause: true });
    if (content) return shapeOf(base, content, { start: source.start, end: source.end });
  }
  // "It's very beautiful I think.": a first-person belief closing its sentence without a comma.
  if (source && source.first === source.last && source.first >= MIN_TRAILING_CONTENT && TRAILING_BELIEF_LEMMAS.has(verb.verb.lemma)
    && FIRST_PERSON.has(tokens[source.first].lower) && cue.first === cue.head && frameEnd(view, cue.last)?.kind === 'sentence') {
    const content = contentBefore(view, source.first, 0);
    if (content) return shapeOf(base, content, { start: source.start, end: source.end });
  }
  const subject = source ?? strayCommaSubject(view, cue.first, floor);
  // "The bill, which Republicans say will cut taxes, passed": a frame inside a relative clause ends with its comma.
  const inRelative = subject !== null && subject.first >= 2 && OBJECT_RELATIVES.has(tokens[subject.first - 1].lower) && tokens[subject.first - 2].text === ',';
  const content = contentAfter(view, mannerEnd(view, cue), { stopAtComma: inRelative || inFrontedSubordinate(view, subject), phraseObject: takesPhraseObject(cue) });
  // A refusal withholds whatever follows: "did not respond to requests for comment", "did not comment on the talks".
  const refuses =
    (cue.last > cue.head || cue.first < cue.head ? isRefusal(view.tokens.slice(cue.first, cue.last + 1), verb.verb.lemma) : false) ||
    (subject !== null && isRefusedByNegatedSubject(view.tokens.slice(subject.first, subject.last + 1), verb.verb.lemma));
  if (!content || !subject || (!refuses && startsWithPreposition(view, content))) return null;
  // "Polls show Clinton leading", "A Quinnipiac poll found Clinton leading by five points": a document or data source
  // shows or finds a plain object or small clause.
  const evidential = verb.verb.group === 'evidential' || verb.verb.lemma === 'find';
  if (!refuses && !fitsNeed(view, cue, content) && !(evidential && (namesEvidence(view, subject) || findsEvidence(view, content)))) return null;
  // "branded Cruz a liar during the debate": a label ends before an adjunct of the sentence.
  const labelled = LABEL_LEMMAS.has(verb.verb.lemma) ? (content.clausal ? atQuotedLabelEnd(view, content) : beforeAdjunct(view, atQuotedLabelEnd(view, content))) : TIMED_OBJECT_GROUPS.has(verb.verb.group) ? beforeClosingTime(view, content) : content;
  // "Republicans who have criticized his comments | say…": a restrictive relative clause ends before the main verb.
  const own = inRestrictiveRelativeClause(tokens, cue) && !labelled.quoted ? restrictiveClauseEnd(view, verb.verb.group, labelled) : labelled;
  return shapeOf(base, inRelativeAside(view, cue) ? beforeMainPredicate(view, own) : own, withoutPossessive(view, subject));
}

/** Kinds of claim after which a "citing" phrase gives the reason, not an informant: acts refused, planned or asked for. */
const REASONED_KINDS: ReadonlySet<ClaimKind> = new Set(['refusal', 'intention', 'request']);

/** Whether token `k` is a finite lexical verb (no auxiliary, modal or copula): "struck", "requires", "blocked". */
function isLexicalFinite(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && !isAuxiliaryWord(t.lower) && !AUXILIARIES.has(t.lower) && isFiniteWord(tokens as Token[], k);
}

/** How far after "asked" its "for" may come behind the addressee: "asked the federal judge for leniency". */
const ASK_FOR_REACH = 5;
/** Spans of time after "for", which ask for nothing: "asked my friend for years", "for a while". */
const DURATIONS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'decades', 'while', 'long', 'ages']);

/**
 * "Defense lawyers asked the judge for leniency", "asked voters for their support": an addressee, then what is asked
 * for (not "asked the question for the second time", a time).
 */
function asksForAfterObject(view: SentenceView, k: number): boolean {
  const { tokens } = view;
  for (let j = k + 1; j < tokens.length && j - k <= ASK_FOR_REACH; j++) {
    const t = tokens[j];
    if (t.lower === 'for') return tokens[j + 1]?.word === true && !startsTimeExpression(tokens, j + 1) && !DURATIONS.has(tokens[j + 1].lower) && !/^\d/.test(tokens[j + 1].text)
      && ![tokens[j + 2]?.lower, tokens[j + 3]?.lower].some((w) => DURATIONS.has(w ?? '') || w === 'time');
    if (!t.word || PREPOSITIONS.has(t.lower) || isFiniteWord(tokens, j)) return false;
  }
  return false;
}

/** Nouns of evidence found: "found no evidence that…", "found signs of tampering". */
const FOUND_EVIDENCE = new Set(['evidence', 'proof', 'sign', 'signs', 'indication', 'indications', 'trace', 'traces']);
/** Quantifiers before them: "no evidence", "little evidence", "new signs". */
const EVIDENCE_QUANTIFIERS = new Set(['no', 'any', 'little', 'some', 'new', 'further', 'clear', 'sufficient', 'enough', 'insufficient', 'credible', 'strong']);

/**
 * Whether a content is evidence the source found, with what it shows ("The bureau found no evidence that Clinton
 * intended to break the law", "found evidence of tampering"): a finding, whoever the finder.
 */
function findsEvidence(view: SentenceView, content: ContentSpan): boolean {
  const { tokens } = view;
  let k = tokenIndexAt(view, content.start);
  while (EVIDENCE_QUANTIFIERS.has(tokens[k]?.lower ?? '')) k++;
  return FOUND_EVIDENCE.has(tokens[k]?.lower ?? '') && (tokens[k + 1]?.lower === 'that' || tokens[k + 1]?.lower === 'of');
}

/** Whether the cue's verb group follows a relative pronoun set off by a comma: "Mr. Bannon, who has not commented…". */
function inRelativeAside(view: SentenceView, cue: Cue): boolean {
  const { tokens } = view;
  let j = cue.first - 1;
  while (j > 0 && isAdverb(tokens[j].lower, false)) j--;
  return (tokens[j]?.lower === 'who' || tokens[j]?.lower === 'which') && tokens[j - 1]?.text === ',';
}

/**
 * "Mr. Bannon, who has not commented publicly on the matter, is said to be furious": a content inside a relative aside
 * ends at the aside's closing comma when the main clause's verb follows it.
 */
function beforeMainPredicate(view: SentenceView, content: ContentSpan): ContentSpan {
  if (content.quoted) return content;
  const { tokens } = view;
  for (let k = tokenIndexAt(view, content.start) + 1; k < tokens.length && tokens[k].end <= content.end; k++) {
    if (tokens[k].text !== ',' || view.quoted[k]) continue;
    let v = k + 1;
    while (v < tokens.length && isAdverb(tokens[v].lower, false)) v++;
    // "…, is said to be furious", "…, said", "…, voted yes"; not a participle aside: "the rules, written in 2010, were".
    const verb = tokens[v];
    const finite = verb !== undefined && (isAuxiliaryWord(verb.lower) || VERB_FORMS.get(verb.lower)?.form === 's' || isFiniteWord(tokens, v));
    let aside = false;
    for (let a = v + 1; a < tokens.length && tokens[a].end <= content.end && !aside; a++) aside = tokens[a].text === ',';
    if (finite && !(aside && !isAuxiliaryWord(verb.lower))) {
      const cut = trimRange(view.text, content.start, tokens[k - 1].end, ',;:');
      return cut.end > cut.start ? { ...content, end: cut.end } : content;
    }
  }
  return content;
}

/** Verbs that name their object with a label: "called the plan a disgrace", "branded Cruz a liar". */
const LABEL_LEMMAS = new Set(['call', 'dub', 'label', 'brand']);

/** Verbs of speech whose plain object may be a thing made ("wrote a book", "told a story", "said a prayer"), no claim. */
// "The Times, which first reported the story, said…": a paper reporting a story publishes it, it claims nothing.
const MAKING_SPEECH = new Set(['say', 'tell', 'write', 'report']);
/** Works and speech acts made by speaking or writing: the object of "wrote", "told", "said" that claims nothing. */
const WORKS = new Set([
  'poem', 'poems', 'story', 'stories', 'book', 'books', 'song', 'songs', 'prayer', 'prayers', 'joke', 'jokes', 'novel',
  'novels', 'column', 'columns', 'article', 'articles', 'essay', 'essays', 'letter', 'letters', 'speech', 'speeches',
  'script', 'scripts', 'lyrics', 'goodbye', 'hello', 'grace', 'mass', 'play', 'plays', 'music', 'code', 'software',
  'truth', 'lie', 'lies', 'tale', 'tales', 'anecdote', 'anecdotes',
]);
/** Longest plain object naming a work: "my 9/11-related poems", "a long letter to the editor". */
const WORK_REACH = 6;

/** Whether a content is a plain object whose head names a work ("my 9/11-related poems", "stories", "a prayer"). */
function namesWork(view: SentenceView, content: OffsetRange): boolean {
  const words = tokensIn(view, content).filter((t) => t.word);
  // The head ends the phrase or comes before its postmodifier: "a prayer for the victims", "stories I like".
  const after = words.findIndex((t, k) => k > 0 && (PREPOSITIONS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower)));
  const head = words[(after > 0 ? after : words.length) - 1];
  // "told reporters she had not seen the letter": an auxiliary before the head makes a clause, whose object is no work.
  if (words.slice(0, after > 0 ? after : words.length).some((t) => isAuxiliaryWord(t.lower))) return false;
  // "told the F.B.I. that they opposed the letter": a that-clause or a subject with its verb is a clause too.
  const first = tokenIndexAt(view, content.start);
  if (view.tokens[first - 1]?.lower === 'that' || (first >= 0 && SUBJECT_PRONOUNS.has(view.tokens[first].lower) && isFiniteWord(view.tokens, first + 1))) return false;
  return words.length <= WORK_REACH + 4 && head !== undefined && WORKS.has(head.lower);
}

/** Pronouns that open a relative clause without "that": "stories I like". */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);

/** Groups of verbs that report speech, which only a speaker (no event) can make. */
const SPEECH_GROUPS = new Set(['speech', 'assertion']);

/**
 * The last token of the frame before the content: the cue, or for "put it" the manner after it ("put it bluntly:
 * “…”", "put it this way: …"), which is no content.
 */
function mannerEnd(view: SentenceView, cue: Cue): number {
  if (cue.verb?.verb.lemma !== 'put') return cue.last;
  const { tokens } = view;
  let k = cue.last;
  while (k + 1 < tokens.length && k - cue.last < 3 && (isAdverb(tokens[k + 1].lower, isCapitalized(tokens[k + 1])) || tokens[k + 1].lower === 'this' || tokens[k + 1].lower === 'way')) k++;
  return k;
}

/** First-person sources: inside a quotation their words are part of the quoted claim ("'I think we ought to leave,' she said"). */
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our']);

/** Whether the sentence is a question: its last token, behind closing quotation marks, is a question mark. */
function isQuestion(view: SentenceView): boolean {
  for (let k = view.tokens.length - 1; k >= 0; k--) {
    const t = view.tokens[k];
    // "…, with one poster writing “How can people look at both sides?”": a quoted question is no question of the frame's.
    if (!isQuotationMark(t.text) && t.text !== ')') return t.text === '?' && !(view.quoted[k] && !view.quoted[0]);
  }
  return false;
}

/**
 * Shapes that look like attributions but claim nothing: a first-person frame nested in a quotation (part of the
 * quoted claim), a question ("Do you plan to run?", "Why did she want to attend?") and a generic "you"
 * ("if you want to avoid the crowds").
 */
/** "we" of "we'll", "I" of "I'd": a pronoun without the auxiliary contracted onto it. */
function withoutContraction(lower: string): string {
  const m = /^(\p{L}+)['’](?:ll|d|ve|m|re|s)$/u.exec(lower);
  return m ? m[1] : lower;
}

/** "“I think we ought to leave,” she said": a first-person subject right before a cue inside a quotation. */
function firstPersonInQuote(view: SentenceView, cue: Cue): boolean {
  if (!view.quoted[cue.head]) return false;
  let k = cue.first - 1;
  while (k >= 0 && isAdverb(view.tokens[k].lower, isCapitalized(view.tokens[k]))) k--;
  // "“We'll believe it…”": the subject may share its token with a contracted auxiliary.
  return k >= 0 && FIRST_PERSON.has(withoutContraction(view.tokens[k].lower)) && view.tokens[k].text !== 'US';
}

/** Words that stand for an act named elsewhere: "wanted to do so", "plans to do it". */
const ACT_ANAPHORS = new Set(['so', 'it', 'that', 'this', 'likewise']);

/**
 * An intention that names no plan: its holder inside a free relative ("What I want to do with the animals requires…",
 * "that's what we wanted to do": the clause is a noun phrase, its wish a fact about it) unless a copula states the
 * wish, or a bare "to do (so)".
 */
function isEmptyIntention(view: SentenceView, cue: Cue, shape: Shape): boolean {
  if (cue.verb?.verb.group !== 'stance') return false;
  const { tokens } = view;
  const words = tokensIn(view, shape.content).filter((t) => t.word);
  // A pseudo-cleft states the wish after its copula: "what I want the purpose to be, is to inspire people".
  if (shape.source && tokens[tokenIndexAt(view, shape.source.start) - 1]?.lower === 'what') return !words.some((t) => BE_FORMS.has(t.lower));
  return words.length <= 3 && words[0]?.lower === 'to' && (words.length === 1 || (words[1].lower === 'do' && (words.length === 2 || ACT_ANAPHORS.has(words[2].lower))));
}

/** Nouns of talk itself: "tell stories", "told something", "answered five questions" name the talk, not what it says. */
const TALK_NOUNS = new Set(['story', 'stories', 'something', 'anything', 'everything', 'nothing', 'little', 'much', 'truth', 'lie', 'lies', 'joke', 'jokes', 'tale', 'tales', 'question', 'questions', 'queries']);
/** Verbs whose plain object may be talk itself. */
const TALK_VERBS = new Set(['tell', 'say', 'answer', 'reply', 'respond']);
const LISTENER_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a', 'few', 'dozen', 'dozens', 'of']);

/**
 * A speech verb whose object is talk itself ("I tell stories…", "answered five questions submitted via e-mail"), or a
 * person who "showed me some stuff" (a demonstration to a listener, not evidence).
 */
function namesTalkOnly(view: SentenceView, cue: Cue, shape: Shape): boolean {
  const lemma = cue.verb?.verb.lemma;
  // "refused to answer questions about the payments": the talk withheld is what the refusal is about.
  if (!lemma || shape.content.quoted || isRefusal(view.tokens.slice(cue.first, cue.last + 1), lemma)) return false;
  const words = tokensIn(view, shape.content).filter((t) => t.word).slice(0, 4);
  if (TALK_VERBS.has(lemma)) {
    // "five questions", "the truth", "some stories": a determiner or a number may come first.
    const at = words.findIndex((t) => !DETERMINERS.has(t.lower) && !isQuantity(t) && !NUMBER_WORDS.has(t.lower));
    const head = words[at];
    // "said the truth would come out": the noun is the subject of a clause, which is the content.
    const next = words[at + 1];
    const subject = next !== undefined && (AUXILIARIES.has(next.lower) || BE_FORMS.has(next.lower) || /['’]s$/.test(next.lower));
    return head !== undefined && TALK_NOUNS.has(head.lower) && !subject;
  }
  return lemma === 'show' && LISTENER_PRONOUNS.has(words[0]?.lower ?? '') && !tokensIn(view, shape.source).some((t) => EVIDENCE_NOUNS.has(t.lower));
}

/** Things made to do something, not holders of an intention: "The bill seeks to raise the minimum wage". */
const INSTRUMENT_NOUNS = new Set([
  'bill', 'bills', 'law', 'laws', 'legislation', 'measure', 'measures', 'amendment', 'act', 'regulation', 'regulations',
  'rule', 'rules', 'policy', 'policies', 'proposal', 'proposals', 'resolution', 'treaty', 'agreement', 'deal', 'order',
  'budget', 'plan', 'plans', 'reform', 'reforms', 'package', 'initiative', 'mission', 'strategy', 'scheme', 'technology',
  'system', 'device', 'ordinance', 'provision', 'provisions', 'accord', 'pact', 'statute',
]);

/** An intention held by an instrument, not a person or body: "The new law aims to reduce emissions" describes the law. */
function isInstrumentIntention(view: SentenceView, cue: Cue, shape: Shape): boolean {
  if (cue.verb?.verb.group !== 'stance' || shape.source === null) return false;
  const words = tokensIn(view, shape.source).filter((t) => t.word);
  // The head of "the bill", "the new law", "the Affordable Care Act"; of "the plan of the council" the word before "of".
  const of = words.findIndex((t) => t.lower === 'of');
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  return head !== undefined && INSTRUMENT_NOUNS.has(head.lower);
}

/** Modals of obligation: "Republicans must reject Trump" says what someone ought to do, which nobody has done. */
const OBLIGATION_MODALS = new Set(['must', 'should', 'ought', 'mustn’t', "mustn't", 'shouldn’t', "shouldn't"]);

function isNoClaim(view: SentenceView, cue: Cue, shape: Shape): boolean {
  if (isEmptyIntention(view, cue, shape) || namesTalkOnly(view, cue, shape) || isInstrumentIntention(view, cue, shape)) return true;
  const first = shape.source ? tokenIndexAt(view, shape.source.start) : -1;
  // "Opinion: Republicans must reject Trump", "he should admit that…": a demand of the writer or a speaker, no claim.
  // In the first person it is performative: "I must admit I was nervous", "we should note that…" say it.
  const performative = first >= 0 && FIRST_PERSON.has(withoutContraction(view.tokens[first].lower)) && shape.source !== null && shape.source.end === view.tokens[first].end;
  if (cue.kind === 'verb' && !performative && view.tokens.slice(cue.first, cue.head).some((t) => OBLIGATION_MODALS.has(t.lower))) return true;
  // "If he says the race is rigged, …": supposed speech. "Recount confirms narrow win": an event that brings about a
  // thing says nothing ("A recount confirmed that Nwosu won" reports a finding, a clause).
  const eventObject = !shape.content.clausal && SPEECH_GROUPS.has(cue.verb?.verb.group ?? '');
  // "I wrote my 9/11 poems", "I tell stories": a plain object of these verbs is a thing made, not what was said.
  if (!shape.content.quoted && cue.kind === 'verb' && MAKING_SPEECH.has(cue.verb?.verb.lemma ?? '') && namesWork(view, shape.content)) return true;
  if (first >= 0 && shape.source && (isConditionalSubject(view, first) || (eventObject && namesEvent(view, first, tokenIndexAt(view, shape.source.end) - 1)))) return true;
  // Pronoun sources are one token long ("you", "you'll"); longer sources need no look.
  const k = shape.source && shape.source.end - shape.source.start <= 6 ? first : -1;
  const source = k >= 0 && view.tokens[k]?.end === shape.source?.end ? view.tokens[k].lower : '';
  if (view.quoted[cue.head] && FIRST_PERSON.has(source)) return true;
  return source === 'you' || (source.startsWith('you') && (source.charAt(3) === "'" || source.charAt(3) === '’'));
}

function tokensIn(view: SentenceView, r: OffsetRange | null): Token[] {
  if (r === null) return [];
  const first = tokenIndexAt(view, r.start);
  let last = first;
  while (last < view.tokens.length && view.tokens[last].end <= r.end) last++;
  return view.tokens.slice(first, last);
}

/** The kind of the claim a cue makes with this source ("the poll shows" is evidence, "he suggested" a statement). */
function kindOfShape(view: SentenceView, cue: Cue, source: OffsetRange | null, content: ContentSpan | null): ClaimKind {
  if (cue.kind === 'expected') return 'intention';
  // "has been criticized for": the reason's "for" makes no request of an agentless judgement ("called for" does).
  if (cue.kind === 'agentless' && cue.verb?.verb.group === 'judgement') return 'characterization';
  // "It has been suggested that…", "It was revealed that…": without a document as source, words said.
  if (cue.kind === 'impersonal' && PERSONAL_EVIDENTIALS.has(cue.verb?.verb.lemma ?? '')) return 'statement';
  if (cue.kind === 'verb' && opensAsFarAs(view.tokens, cue.first - 1)) return 'belief';
  const head = view.tokens[cue.head];
  const lemma = cue.verb?.verb.lemma ?? null;
  const firstIndex = content ? tokenIndexAt(view, content.start) : -1;
  const end = content?.end ?? 0;
  const words = firstIndex >= 0 ? view.tokens.slice(firstIndex, firstIndex + KIND_LOOKAHEAD).filter((t) => t.end <= end) : [];
  const to = words.findIndex((t) => t.lower === 'to');
  return kindOf({
    // "to vote", "supporters to vote early": a to-infinitive, behind an addressee of up to three words.
    // A quotation is what was said ("“We're going to win,” Trump told supporters"), never an addressee and its task.
    infinitive: content?.quoted !== true && (to === 0 || (to > 0 && to <= 3 && words.slice(0, to).every((t) => t.word && !PREPOSITIONS.has(t.lower)) && isInfinitiveAt(view.tokens, firstIndex + to))),
    contentFirst: words[0]?.lower ?? null,
    // "declined to be interviewed": the passive's participle names what is withheld.
    infinitiveVerb: words[0]?.lower === 'to' && words[1] ? (words[1].lower === 'be' && words[2]?.lower === 'interviewed' ? 'interview' : words[1].lower) : null,
    clausal: content?.clausal === true,
    labelled: words.some((t, n) => n > 0 && t.lower === 'as'),
    lemma,
    group: cue.verb?.verb.group ?? null,
    noun: cue.kind === 'noun' || cue.kind === 'nominal' ? head.lower : null,
    cueWords: view.tokens.slice(cue.first, cue.last + 1),
    // Only evidential verbs look at their source: "the study suggests" is evidence, "the minister suggested" a statement.
    // So do answering verbs, for a negated subject: "Neither campaign responded" withholds an answer.
    sourceWords: lemma !== null && (PERSONAL_EVIDENTIALS.has(lemma) || ANSWERING_LEMMAS.has(lemma)) ? tokensIn(view, source) : [],
  });
}

/** How many words of the content the kind looks at: an addressee and "to", or an object and its "as" label. */
const KIND_LOOKAHEAD = 8;

/** The owner ending at token `k` right after a sentence-opening "In" ("In Smith's words"), or null. */
function ownerAfterIn(view: SentenceView, k: number): SourceSpan | null {
  const { tokens } = view;
  for (let j = k - 1; j >= 0 && k - j <= 5; j--) {
    if (tokens[j].lower === 'in' || tokens[j].lower === 'by') return j + 1 <= k ? { first: j + 1, last: k, start: tokens[j + 1].start, end: tokens[k].end } : null;
    if (!tokens[j].word) return null;
  }
  return null;
}

/**
 * A nominal cue's claim: "News that the plant would close spread…" (source null, content "the plant would close"),
 * "his urgent calls for mandatory iodised salt" (source "his"). The content is the clause, infinitive or object after
 * the noun; inside a subject it ends before the predicate, after a fronted preposition ("Amid reports that…, …") at
 * the comma.
 */
function nominalDraft(view: SentenceView, cue: Cue, floor: number, earlier: readonly DraftedCue[]): Shape | null {
  const { tokens } = view;
  // "calls from Democrats for an investigation": the complement starts after the owner.
  const at = cue.complement ?? cue.last + 1;
  const that = tokens[at]?.lower === 'that';
  const infinitive = !that && isInfinitiveAt(tokens, at);
  const npStart = cue.owner !== undefined && cue.owner >= 0 ? cue.owner : cue.first;
  const fronted = inFrontedPhrase(tokens, npStart);
  const after = cue.complement === undefined ? cue.last : that || infinitive ? at - 1 : at;
  let content = contentAfter(view, after, { stopAtComma: fronted, phraseObject: !that });
  if (!content) return null;
  // "calls for the mayor to resign": an object with its own infinitive is whole; "questions about his taxes at the debate" ends before the adjunct.
  if (!that && !infinitive) content = beforeAdjunct(view, content);
  const subjectStart = cue.owner !== undefined && cue.owner >= 0 ? ownerStart(view, cue.owner) : cue.first;
  if (opensAsSubject(tokens, subjectStart)) content = beforePredicate(view, content, that || opensOwnClause(view, content));
  let source: OffsetRange | null = null;
  const cueSpan = cueRange(view, cue);
  if (cue.agent) {
    source = { start: tokens[cue.agent.first].start, end: tokens[cue.agent.last].end };
  } else if (cue.owner !== undefined && cue.owner >= 0) {
    const owner = tokens[cue.owner];
    const pronoun = POSSESSIVE_PRONOUNS.has(owner.lower);
    // "Sanders reiterated his opposition to the deal": a pronoun owner after a light verb is that verb's subject, and
    // the subject is the nearest explicit source (PolNeAR); the verb group joins the cue as for an ownerless noun.
    const subject = pronoun ? lightVerbSubject(view, cue, owner, floor, earlier) : null;
    if (subject) return { content, source: subject.source, cue: { start: tokens[subject.verb].start, end: cueSpan.end }, cueHead: tokenRange(tokens[cue.head]), replaces: subject.replaces };
    const owned = pronoun ? { first: cue.owner, last: cue.owner, start: owner.start, end: owner.end } : sourceBefore(view, cue.owner + 1, floor);
    source = owned ? withoutPossessive(view, withoutLeadingVerb(tokens, owned)) : null;
  } else {
    // "Pilots' union representatives have raised allegations that…": the light verb's subject is the source, and the
    // verb group joins the cue.
    const subject = lightVerbSubject(view, cue, null, floor, earlier);
    if (subject) return { content, source: subject.source, cue: { start: tokens[subject.verb].start, end: cueSpan.end }, cueHead: tokenRange(tokens[cue.head]), replaces: subject.replaces };
  }
  return { content, source, cue: cueSpan, cueHead: tokenRange(tokens[cue.head]) };
}

/** A cue already read in the sentence: the floor its source was looked for above, and its draft if it made one. */
interface DraftedCue {
  cue: Cue;
  floor: number;
  draft: Draft | null;
}

/**
 * The subject of the light verb before a nominal cue without an owner or with a pronoun owner ("have raised allegations
 * that", "Sanders reiterated his opposition to" → "Sanders"), with the index of the verb group's first token. When the light verb is a cue of its own ("repeated",
 * "reiterated"), its source is taken (shared with a verb it is coordinated with: "Zelenskyy said … and repeated his
 * appeal for") and its claim, the noun phrase as an object, gives way to the nominal one. Null without a light verb, a
 * subject, or with a pronoun subject the owner cannot stand for ("She renewed his calls").
 */
function lightVerbSubject(view: SentenceView, cue: Cue, owner: Token | null, floor: number, earlier: readonly DraftedCue[]): { source: OffsetRange; verb: number; replaces?: Draft } | null {
  const verb = lightVerbStart(view.tokens, cue.first);
  if (verb < 0) return null;
  const own = earlier.find((e) => e.cue.first <= verb && verb <= e.cue.last && e.cue.last < cue.first);
  const subject = own?.draft?.source ?? sourceBefore(view, verb, own ? own.floor : floor);
  if (!subject || subject.end > view.tokens[verb].start || (owner && !agreesWithOwner(view, subject, owner))) return null;
  return own?.draft ? { source: subject, verb, replaces: own.draft } : { source: subject, verb };
}

/** Subject pronouns and the possessive each one owns with. */
const OWNER_OF_PRONOUN = new Map([['he', 'his'], ['she', 'her'], ['they', 'their'], ['it', 'its'], ['we', 'our'], ['i', 'my']]);

/** Whether a pronoun subject can be the owner's antecedent: "She renewed her calls" yes, "She renewed his calls" no. */
function agreesWithOwner(view: SentenceView, subject: OffsetRange, owner: Token): boolean {
  const possessive = OWNER_OF_PRONOUN.get(view.text.slice(subject.start, subject.end).toLowerCase());
  return possessive === undefined || possessive === owner.lower;
}

/** Where the owner ending at token `k` starts: "the ministry's" → "the". */
function ownerStart(view: SentenceView, k: number): number {
  let j = k;
  for (;;) {
    const before = view.tokens[j - 1];
    if (j > 0 && before.word && (isCapitalized(before) || DETERMINERS.has(before.lower))) j--;
    // "Mr. Trump's claim that…": a title's dot stays inside the owner.
    else if (j > 1 && before.text === '.' && isCapitalized(view.tokens[j - 2]) && TITLE_ABBREVIATIONS.has(view.tokens[j - 2].lower)) j -= 2;
    else return j;
  }
}

/** Prepositions that open an adjunct of the sentence rather than part of a question's topic: "at the debate", "during the campaign". */
const SENTENCE_ADJUNCTS = new Set(['at', 'during', 'amid', 'amidst', 'after', 'before', 'since', 'following', 'despite']);

/** Groups whose plain object ends before the time of the act: "endorsed Mr. Trump in May", "praised the rescuers on Tuesday". */
const TIMED_OBJECT_GROUPS: ReadonlySet<string> = new Set(['stance', 'judgement', 'accusation']);
/** Prepositions that open the time closing a clause: "in May", "on Tuesday", "during the debate" is no time. */
const TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'since']);
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when']);

/**
 * "The N.R.A. endorsed Mr. Trump in May": a time closing a plain object is the act's, not part of what is endorsed
 * (an infinitive keeps its own: "plans to hold a rally in May").
 */
function beforeClosingTime(view: SentenceView, content: ContentSpan): ContentSpan {
  if (content.quoted) return content;
  const { tokens } = view;
  const first = tokenIndexAt(view, content.start);
  if (first < 0 || tokens[first].lower === 'to') return content;
  // "vowed that he would win in November" keeps its time; the month "May" is no modal making a clause of "Trump in May".
  const words = tokensIn(view, content);
  if (content.clausal && words.some((t, i) => t.text !== 'May' && (isAuxiliaryWord(t.lower) || isFiniteWord(tokens, first + i)))) return content;
  for (let k = first + 1; k < tokens.length && tokens[k].end <= content.end; k++) {
    const opens = (TIME_PREPOSITIONS.has(tokens[k].lower) && startsTimeExpression(tokens, k + 1) && /^\p{Lu}/u.test(tokens[k + 1].text)) || (tokens[k].lower === 'last' && startsTimeExpression(tokens, k));
    if (!opens) continue;
    let j = k + 1;
    while (j < tokens.length && tokens[j].end <= content.end && (TIME_WORDS.has(tokens[j].lower) || /^\d/.test(tokens[j].text) || tokens[j].text === ',')) j++;
    if (j < tokens.length && tokens[j].end <= content.end) continue;
    // "praised the rescuers who died in March": a time inside a relative clause or after a verb is that verb's.
    for (let v = first; v < k; v++) if (RELATIVE_WORDS.has(tokens[v].lower) || isFiniteWord(tokens, v)) return content;
    const cut = trimRange(view.text, content.start, tokens[k - 1].end, ',;:');
    return cut.end > cut.start ? { ...content, end: cut.end } : content;
  }
  return content;
}

/**
 * "called the investigation “a witch hunt” and demanded…", "called it “a disgrace,” and left": a quoted label ends the
 * content; punctuation inside its closing mark is left out with the mark, as in any content ending in a partial quote.
 */
function atQuotedLabelEnd(view: SentenceView, content: ContentSpan): ContentSpan {
  if (content.quoted) return content;
  const { tokens } = view;
  for (let k = tokenIndexAt(view, content.start); k < tokens.length && tokens[k].end <= content.end; k++) {
    const q = view.quotes.byOpen.get(tokens[k].start);
    const quote = q === undefined ? undefined : view.quotes.quotes[q];
    if (quote?.closed && quote.close <= content.end) {
      // The closing mark stays unless punctuation of the sentence stands inside it: "“a witch hunt”" but "“a disgrace,”".
      const punctuated = /[.,;:]$/.test(view.text.slice(quote.inner.start, quote.inner.end));
      const cut = punctuated ? trimRange(view.text, content.start, quote.inner.end, ',;:.') : { start: content.start, end: quote.close };
      return cut.end > cut.start ? { ...content, end: cut.end, clausal: false } : content;
    }
  }
  return content;
}

/** An object content ended before an adjunct of the sentence: "his taxes at the debate" → "his taxes". */
function beforeAdjunct(view: SentenceView, content: ContentSpan): ContentSpan {
  if (content.quoted) return content;
  const { tokens } = view;
  for (let k = tokenIndexAt(view, content.start) + 1; k < tokens.length && tokens[k].end <= content.end; k++) {
    if (SENTENCE_ADJUNCTS.has(tokens[k].lower) && !view.quoted[k]) {
      const cut = trimRange(view.text, content.start, tokens[k - 1].end, ',;:');
      return cut.end > cut.start ? { ...content, end: cut.end } : content;
    }
  }
  return content;
}

/** Attributions of one sentence, one per cue that has a content. */
export function draftsOf(view: SentenceView, cues: Cue[]): Draft[] {
  const drafts: Draft[] = [];
  const { tokens } = view;
  let floor = 0;
  let pendingCitation: Omit<Draft, 'content'> | null = null;
  const earlier: DraftedCue[] = [];
  // A question attributes nothing outside its quotations ("Do you plan to run?"): most of its cues need no drafting.
  const question = isQuestion(view);
  for (const cue of cues) {
    let shape: Shape | null = null;
    if ((question && !view.quoted[cue.head]) || firstPersonInQuote(view, cue)) {
      floor = cue.last + 1;
      continue;
    }
    const cueHead = tokenRange(tokens[cue.head]);
    switch (cue.kind) {
      case 'according':
      case 'as-by':
      case 'per':
        shape = prepositionalDraft(view, cue);
        break;
      case 'citing': {
        const source = sourceAfter(view, cue.last + 1);
        // "…, citing higher costs": a reason for an action, not a source.
        if (!source || !namesInformant(view, source)) break;
        const next = cues[cues.indexOf(cue) + 1];
        const previous = drafts[drafts.length - 1];
        // "declined to comment, citing the investigation", "refused to release his returns, citing an audit": after a
        // refusal, plan or request the phrase gives the reason for it; reported speech cites informants ("Reuters said, citing…").
        if (previous && REASONED_KINDS.has(previous.kind) && !(tokens[source.last + 1]?.text === ',' && next?.first === source.last + 2)) break;
        const beforeComma = tokens[source.last + 1]?.text === ',';
        // "Russian state media, citing local officials, reported…" / "Citing its own figures, the union said…":
        // the claim is the one the next cue reports; "the paper reported, citing two officials, that…": the one before.
        const ahead = beforeComma && next !== undefined && (next.first === source.last + 2 || !previous);
        const content = ahead ? null : previous?.content ?? contentBefore(view, cue.first, 0);
        if (content) shape = { content, source, cue: cueRange(view, cue), cueHead };
        else if (ahead) pendingCitation = { source, cue: cueRange(view, cue), cueHead, kind: kindOfShape(view, cue, source, null) };
        break;
      }
      case 'noun': {
        const owner = tokens[cue.first - 1];
        // "In my opinion": a possessive pronoun is the source itself; "complying with the Church's requests": the owner
        // starts after the preposition.
        const pronoun = owner && POSSESSIVE_PRONOUNS.has(owner.lower) ? { first: cue.first - 1, last: cue.first - 1, start: owner.start, end: owner.end } : null;
        // "In Smith's words, …", "In Gov. Jane Doe's view, …": the owner runs back to "In".
        const owned = hasPossessor(owner) ? ownerAfterIn(view, cue.first - 1) ?? ownerOfPossessive(view, cue.first - 1, floor) : null;
        // "Sanders renewed his calls for…": the light verb's subject is the nearer explicit source, its verb in the cue.
        const subject = pronoun && owner ? lightVerbSubject(view, cue, owner, floor, earlier) : null;
        const source = pronoun ?? (owned ? withoutLeadingVerb(tokens, owned) : null);
        const cueSpan = subject ? { start: tokens[subject.verb].start, end: cueRange(view, cue).end } : cueRange(view, cue);
        // "Its goal is to…", "In my opinion, …": the content starts after the copula or the comma.
        const skip = BE_FORMS.has(tokens[cue.last + 1]?.lower ?? '') || tokens[cue.last + 1]?.text === ',' ? 1 : 0;
        // "his calls for a wall, spoke…": the object of the noun's preposition is a phrase too, ending at a comma.
        const found = contentAfter(view, cue.last + skip, { stopAtComma: false, phraseObject: skip === 0 && (tokens[cue.last + 1]?.lower === 'to' || cue.last > cue.first) });
        // "The campaign's claim that it raised $50 million could not be verified": inside a subject the content ends
        // before the predicate.
        const inSubject = found !== null && skip === 0 && owner !== undefined && opensAsSubject(tokens, owned ? owned.first : ownerStart(view, cue.first - 1));
        const content = found && inSubject ? beforePredicate(view, found, tokens[cue.last + 1]?.lower === 'that') : found;
        if (content) shape = { content, source: subject ? subject.source : source ? withoutPossessive(view, source) : null, cue: cueSpan, cueHead, replaces: subject?.replaces };
        break;
      }
      case 'nominal':
        shape = nominalDraft(view, cue, floor, earlier);
        break;
      case 'participle': {
        const content = contentAfter(view, cue.last, { stopAtComma: false });
        const inherited = drafts[drafts.length - 1]?.source ?? leadingSubject(view, cue.first);
        // A participle whose main clause names no subject ("Working with both, rejecting…") attributes to nobody.
        if (content && inherited && fitsNeed(view, cue, content)) {
          shape = { content, source: { start: inherited.start, end: inherited.end }, cue: cueRange(view, cue), cueHead };
        }
        break;
      }
      case 'verb':
        shape = verbDraft(view, cue, floor, outermost(drafts));
        break;
      case 'participle-np': {
        const found = sourceBefore(view, cue.first, floor);
        const source = found && afterVerbWithin(tokens, found, isPastVerbAfterSubject);
        // "a lower court ruling that struck down the law": "that" before a verb opens a relative clause of the noun.
        const relative = tokens[cue.last + 1]?.lower === 'that' && isLexicalFinite(tokens, cue.last + 2);
        const content = source && !relative ? contentAfter(view, cue.last, { stopAtComma: false }) : null;
        // "with Trump accusing Clinton of…": in an absolute construction a judgement's object is its content too.
        const absolute = source !== null && tokens[tokenIndexAt(view, source.start) - 1]?.lower === 'with';
        if (source && content && (content.clausal || content.quoted || absolute || cue.verb?.verb.group === 'evidential' || cue.verb?.verb.group === 'request')) {
          // "Polls showing her ahead in Ohio have cheered Democrats": inside a subject the content ends before the predicate.
          const own = opensOwnClause(view, content);
          shape = { content: opensAsSubject(tokens, tokenIndexAt(view, source.start)) ? beforePredicate(view, content, own) : content, source: withoutPossessive(view, source), cue: cueRange(view, cue), cueHead };
        }
        break;
      }
      case 'passive':
        shape = passiveDraft(view, cue, floor);
        break;
      case 'expected': {
        const content = contentAfter(view, cue.last, { stopAtComma: false });
        if (content) shape = { content, source: null, cue: cueRange(view, cue), cueHead };
        break;
      }
      case 'impersonal':
      case 'raising':
      case 'agentless':
        shape = agentlessDraft(view, cue, floor);
        break;
    }
    let drafted: Draft | null = null;
    if (shape && !isNoClaim(view, cue, shape)) {
      // "Zelenskyy repeated his appeal for more air defence": the light verb's own claim gives way to the nominal one.
      if (shape.replaces) drafts.splice(drafts.indexOf(shape.replaces), 1);
      const draft: Draft = { content: shape.content, source: shape.source, cue: shape.cue, cueHead: shape.cueHead, kind: kindOfShape(view, cue, shape.source, shape.content) };
      if (shape.opener !== undefined) draft.opener = shape.opener;
      endBefore(view, cue.kind === 'verb' ? outermost(drafts) : drafts[drafts.length - 1], draft, cue);
      // "members had been asked to accept cuts and warned that…": a sourceless claim nested in the outer one ends
      // before the outer source's next verb too.
      const last = drafts[drafts.length - 1];
      if (cue.kind === 'verb' && last && last.source === null && last !== outermost(drafts)) endBefore(view, last, draft, cue);
      drafts.push(draft);
      drafted = draft;
      if (pendingCitation && cue.kind !== 'citing') {
        drafts.push({ content: draft.content, source: pendingCitation.source, cue: pendingCitation.cue, cueHead: pendingCitation.cueHead, kind: pendingCitation.kind });
        pendingCitation = null;
      }
    }
    earlier.push({ cue, floor, draft: drafted });
    // "Republicans who have criticized his comments say…": a cue in a restrictive relative clause leaves the subject
    // it stands in to the verb after it.
    if (!(drafted && cue.kind === 'verb' && inRestrictiveRelativeClause(tokens, cue) && !drafted.content.quoted) && !(drafted === null && modifiesNoun(tokens, cue))) floor = cue.last + 1;
  }
  return drafts;
}

/**
 * Whether a cue that made no claim is a participle with its preposition modifying the noun before it ("A person briefed
 * on the inquiry said…", "people informed about the talks"): it stays inside the subject of the verb after it.
 */
function modifiesNoun(tokens: readonly Token[], cue: Cue): boolean {
  const before = tokens[cue.first - 1];
  return cue.kind === 'verb' && cue.first === cue.last && VERB_FORMS.get(tokens[cue.first].lower)?.form === 'past'
    && PREPOSITIONS.has(tokens[cue.last + 1]?.lower ?? '') && before !== undefined && namesPeopleWord(before.lower);
}

/**
 * The draft a following verb coordinates with: the last one, or the one whose unquoted content holds it ("Cooper
 * said her party has supported the idea, and said it was damning": the second "said" is Cooper's).
 */
function outermost(drafts: Draft[]): Draft | undefined {
  const last = drafts[drafts.length - 1];
  if (!last) return undefined;
  for (const d of drafts) {
    if (d !== last && !d.content.quoted && d.content.start <= last.cue.start && d.content.end >= last.cue.end) return d;
  }
  return last;
}

/**
 * "…31 vessels were waiting, and a spokesman told reporters…": when a coordinated clause brings its own
 * attribution, the previous content ends before the conjunction instead of swallowing that frame; so does it
 * before an inverted frame that reports the previous claim.
 */
/** Subordinators of a concession, which after a comma open a clause of the writer's: ", though it did not say…". */
const CONCESSIVES = new Set(['though', 'although', 'whereas']);

function endBefore(view: SentenceView, previous: Draft | undefined, next: Draft, cue: Cue): void {
  if (!previous || previous.content.quoted) return;
  const ownSource = next.source && next.source.start > previous.content.start && next.source.end <= next.cue.start;
  const frameStart = ownSource && next.source ? next.source.start : view.tokens[cue.first].start;
  if (frameStart <= previous.content.start || frameStart >= previous.content.end) return;
  const k = view.tokens.findIndex((t) => t.start >= frameStart);
  const conjunction = view.tokens[k - 1];
  // "A recount confirmed that Nwosu won, the board said, ending…": an inverted frame that reports the previous
  // claim whole also ends its content.
  const reportsPrevious = cue.kind === 'verb' && conjunction?.text === ',' && next.content.end <= frameStart && next.content.start <= previous.cue.start;
  // "said it had raised $80 million, though it did not say how much…": a concessive clause after a comma brings its own.
  const concessive = CONCESSIVES.has(conjunction?.lower ?? '') && view.tokens[k - 2]?.text === ',';
  if (!conjunction || !(reportsPrevious || concessive || COORDINATORS.has(conjunction.lower) || conjunction.text === ';' || conjunction.lower === 'while' || conjunction.lower === 'whilst')) return;
  const cut = trimRange(view.text, previous.content.start, conjunction.start, ',;');
  if (cut.end > cut.start) previous.content = { ...previous.content, end: cut.end };
}
