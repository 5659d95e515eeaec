// Finds the cues of a sentence: reporting verbs (with their auxiliaries and negation) and multi-word cue phrases.
import {
  ATTRIBUTION_NOUNS, AUXILIARIES, BE_FORMS, REQUEST_FOR_NOUNS, VIEW_NOUNS, CUE_PARTICLES, DETERMINERS, EVIDENCE_NOUNS, INFINITIVE_NOUNS, MODALS, NOUN_HOMOGRAPHS, OPINION_NOUNS, PARTICIPLE_GROUPS,
  LISTENER_VERBS, NON_REPORTING_PARTICLES, PARTICLE_REQUIRED, PREPOSITIONS, AUDIENCE_NOUNS,
  LINKING_VERBS, MEDIUM_PREPOSITIONS, MEDIUM_WORDS, STANCE_ADJECTIVES, TIME_WORDS, VERB_FORMS, channelEnd, isAdverb, startsTimeExpression, type CueGroup, type VerbEntry,
  POSSESSIVE_PRONOUNS, PRONOUNS, hasPossessor,
} from './lexicon';
import type { SentenceView } from './sentence';
import { isQuotationMark } from './sentence';
import { isCapitalized, type Token } from './tokens';
import { isInfinitiveAt } from './content';
import { leadingSubject } from './source';
import { ANSWERING_LEMMAS } from './kinds';
import { NOMINAL_CUE_NOUNS, PREPOSITION_NOUNS, isNounByModifier, nominalCue, ownerBefore } from './nominal';

export type CueKind =
  /** A finite reporting verb: "said", "has accused", "would not say". */
  | 'verb'
  /** A participle taking its source from the main clause: "…, saying that…". */
  | 'participle'
  /** "according to" SOURCE. */
  | 'according'
  /** "as reported by" SOURCE, "as noted by" SOURCE. */
  | 'as-by'
  /** "citing" SOURCE. */
  | 'citing'
  /** An attribution noun before "that": "the ministry's statement that…". */
  | 'noun'
  /** A participle right after its source: "a message stating…", "polls showing her ahead". */
  | 'participle-np'
  /** A passive participle with its agent: "backed by the Red Cross", "was rejected by the minister". */
  | 'passive'
  /** "is expected to …" without a holder: an intention nobody in the text holds. */
  | 'expected'
  /** "It was reported that …", "it is believed that …": an impersonal passive, its claim held by no one in the text. */
  | 'impersonal'
  /** "The senator is said to be weighing a run": a raising passive, the subject and the infinitive its content. */
  | 'raising'
  /** "was accused of …", "were urged to …", "was told that …": an agentless passive with its complement. */
  | 'agentless'
  /** "per" SOURCE: "…, per the campaign", "Per a person familiar with the talks, …". */
  | 'per'
  /** A nominal cue, owned or not: "news that…", "calls for…", "questions about…", "his urgent calls for…" (nominal.ts). */
  | 'nominal';

export interface Cue {
  kind: CueKind;
  /** Token indices of the cue span, inclusive. */
  first: number;
  last: number;
  /** Token index of the reporting word itself. */
  head: number;
  verb: VerbEntry | null;
  /** For a nominal cue: token index of its owner's possessive ("his", "the ministry's"), or -1 when it has none. */
  owner?: number;
  /** For a nominal cue: its owner after "from" or "by" ("calls from Democrats for…"), as token indices. */
  agent?: { first: number; last: number };
  /** For a nominal cue with an agent: the token index where its complement starts. */
  complement?: number;
}

/** Words that can only be the subject of a following verb. */
const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that']);
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it', 'this', 'that']);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'who', 'people', 'police']);

/** Words after which a bare verb form is really a noun or an infinitive ("the reports", "to say"). */
function blocksVerbReading(prev: Token | undefined): boolean {
  if (!prev) return false;
  return DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || /^\d/.test(prev.text);
}

/** Pronouns that open a relative clause without "who" after a noun: "supporters I spoke with". */
const CONTACT_SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'you']);

/** Whether the preposition at `k` is stranded at the end of a relative clause without "who": "Supporters I spoke with | said". */
function endsContactRelative(tokens: Token[], k: number): boolean {
  const verb = tokens[k - 1];
  const subject = tokens[k - 2];
  const noun = tokens[k - 3];
  // "eventually I started to write": "to" before a verb marks its infinitive, and an adverb is no noun.
  return PREPOSITIONS.has(tokens[k]?.lower ?? '') && tokens[k].lower !== 'to' && verb?.word === true && !isCapitalized(verb) && subject !== undefined && CONTACT_SUBJECTS.has(subject.lower) && noun?.word === true && !PREPOSITIONS.has(noun.lower) && !DETERMINERS.has(noun.lower) && !isAdverb(noun.lower, isCapitalized(noun));
}

function isAuxiliary(t: Token): boolean {
  return AUXILIARIES.has(t.lower) || t.lower.endsWith("n't") || t.lower.endsWith('n’t');
}

/** Extends a verb cue leftwards over auxiliaries, negation and adverbs enclosed by them ("has also denied"). */
function auxiliaryStart(tokens: Token[], head: number, floor: number): number {
  let first = head;
  for (let j = head - 1; j >= floor; j--) {
    const t = tokens[j];
    // "no longer wants": the negation joins the verb group like "not".
    if (t.lower === 'longer' && tokens[j - 1]?.lower === 'no' && j - 1 >= floor) {
      first = --j;
      continue;
    }
    // "has so far refused", "has thus far declined": a two-word adverb inside the verb group.
    if (t.lower === 'far' && (tokens[j - 1]?.lower === 'so' || tokens[j - 1]?.lower === 'thus') && j - 2 >= floor && isAuxiliary(tokens[j - 2])) {
      j--;
      continue;
    }
    if (isAuxiliary(t)) first = j;
    // "has since endorsed", "has long argued": an adverb between the auxiliary and the verb.
    else if (!((isAdverb(t.lower, isCapitalized(t)) || VERB_GROUP_ADVERBS.has(t.lower)) && j - 1 >= floor && isAuxiliary(tokens[j - 1]))) break;
  }
  return first;
}

/** How far back a subject's head may stand before its verb, behind a postmodifier ("Data from the European … Association show"). */
const HEAD_REACH = 8;

function isPluralNoun(t: Token): boolean {
  return (/[^s]s$/.test(t.lower) && !isCapitalized(t)) || EVIDENCE_NOUNS.has(t.lower);
}

/** Prepositions of an adjunct between a refused verb of saying and its clause: "refused to say during the debate whether…". */
const REFUSAL_ADJUNCTS = new Set(['during', 'at', 'in', 'after', 'before', 'since', 'amid']);
/** How far an adjunct may run before the clause it stands before. */
const REFUSAL_ADJUNCT_REACH = 6;

/** Whether a whether-, if- or that-clause opens within a few words from token `k`, with no punctuation before it. */
function clauseWithin(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j - k < REFUSAL_ADJUNCT_REACH; j++) {
    if (!tokens[j].word) return false;
    if (j > k && (tokens[j].lower === 'whether' || tokens[j].lower === 'if' || tokens[j].lower === 'that')) return true;
  }
  return false;
}

/** Nouns before "call(s)" that make it a telephone call: "conference call", "phone calls". */
const CALL_COMPOUNDS = new Set(['conference', 'phone', 'telephone', 'video', 'zoom', 'roll', 'curtain', 'wake-up', 'close', 'judgment', 'judgement']);

/** Plural nouns without an -s: "FBI data show", "people say", "police report". */
const PLURALS_WITHOUT_S = new Set(['data', 'people', 'police', 'media', 'children', 'men', 'women', 'criteria', 'phenomena', 'personnel', 'clergy']);

/** A verb or preposition before a noun makes it an object ("told analysts on a conference call"), not a subject. */
function governsNoun(t: Token | undefined): boolean {
  return t !== undefined && (VERB_FORMS.has(t.lower) || PREPOSITIONS.has(t.lower) || (/ed$/.test(t.lower) && !isCapitalized(t)));
}

/**
 * The subject of the verb at `i` has a plural head before a postmodifier: "Figures published by the trust show",
 * "Data from the statistics office show" — so a bare homograph there is a verb, not a noun.
 */
function pluralHeadBefore(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j > 0 && i - j <= HEAD_REACH; j--) {
    const t = tokens[j];
    if (!t.word && t.text !== "'" && t.text !== '’') return false;
    const modifierStart = PREPOSITIONS.has(t.lower) || (/ed$/.test(t.lower) && !isCapitalized(t));
    if (modifierStart && tokens[j - 1].word && isPluralNoun(tokens[j - 1]) && !governsNoun(tokens[j - 2])) return true;
  }
  return false;
}

/** Groups whose bare participle after a noun reads as a passive ("seekers found in", "images shown on"). */
const PASSIVE_PRONE_GROUPS = new Set(['cognition', 'evidential']);

function isReducedRelative(tokens: Token[], i: number, entry: VerbEntry): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || !PASSIVE_PRONE_GROUPS.has(entry.verb.group)) return false;
  if (!PREPOSITIONS.has(next.lower) || CUE_PARTICLES.get(entry.verb.lemma)?.has(next.lower)) return false;
  return prev.word && !isCapitalized(prev) && !SUBJECT_WORDS.has(prev.lower) && !AUXILIARIES.has(prev.lower) && !isAdverb(prev.lower, false);
}


/** Whether a form of "be" (or a contracted "'m", "'re") stands among tokens `from`…`to - 1` of a verb group. */
function hasBeForm(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BE_FORMS.has(tokens[k].lower) || /['’](?:m|re)$/.test(tokens[k].lower)) return true;
  return false;
}

function hasModal(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (MODALS.has(tokens[k].lower)) return true;
  return false;
}

/** Verbs that take a to-infinitive and leave its verb the cue: "appeared to suggest", "continued to insist". */
const CATENATIVE_VERBS = new Set([
  'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'continue', 'continues', 'continued', 'try', 'tries',
  'tried', 'attempt', 'attempts', 'attempted', 'hastened', 'rushed', 'used',
]);
// Not "began/started to": "started to write more seriously" starts an activity, it reports nothing.
/** Adjectives after "be" that do the same: "was quick to point out", "was careful to note", "was the first to say". */
const CATENATIVE_ADJECTIVES = new Set(['quick', 'careful', 'eager', 'keen', 'first', 'happy', 'able']);

/** The first token of a catenative verb (or "be" and its adjective) before the "to" at `to`, or -1. */
function catenativeStart(tokens: Token[], to: number): number {
  const before = tokens[to - 1];
  if (!before) return -1;
  if (CATENATIVE_VERBS.has(before.lower) && !isCapitalized(before)) return to - 1;
  if (!CATENATIVE_ADJECTIVES.has(before.lower)) return -1;
  const be = tokens[to - 2]?.lower === 'the' ? to - 3 : to - 2;
  return BE_FORMS.has(tokens[be]?.lower ?? '') ? be : -1;
}

/** Groups of verbs that act rather than say, whose refusal stays a cue of its own: "refused | to endorse Trump". */
const UNSAID_GROUPS: ReadonlySet<CueGroup> = new Set<CueGroup>(['refusal', 'stance', 'request']);

/** Particles of verbs of coming forward that a purpose infinitive follows: "came forward to", "stepped in to". */
const PURPOSE_PARTICLES = new Set(['forward', 'in', 'up', 'out']);
const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taken', 'taking']);

/** Whether the "to" at `to` opens a purpose infinitive after "came forward", "spoke out" or "took to Twitter". */
function followsPurposeFrame(tokens: Token[], to: number): boolean {
  const before = tokens[to - 1];
  const verb = tokens[to - 2];
  if (!before || !verb?.word || isCapitalized(verb)) return false;
  // Not after "be" ("was in to say goodbye", "is set up to reject"): a state, not an act.
  const acts = !BE_FORMS.has(verb.lower) && !BE_FORMS.has(tokens[to - 3]?.lower ?? '') && !AUXILIARIES.has(verb.lower);
  if (PURPOSE_PARTICLES.has(before.lower)) return acts && !VERB_FORMS.has(verb.lower) && !DETERMINERS.has(verb.lower) && !PREPOSITIONS.has(verb.lower);
  return MEDIUM_WORDS.has(before.lower) && verb.lower === 'to' && TAKE_FORMS.has(tokens[to - 3]?.lower ?? '');
}

/** Verbs followed by a bare infinitive, which is then no finite cue: "help explain", "let us say". */
const BARE_INFINITIVE_TAKERS = new Set(['help', 'helps', 'helped', 'helping', 'let', 'lets', "let's", 'let’s', 'make', 'makes', 'made', 'me', 'us']);

function verbCue(view: SentenceView, i: number, entry: VerbEntry): Cue | null {
  const { tokens } = view;
  const t = tokens[i];
  if (isCapitalized(t) && i > 0) return null;
  const prev = tokens[i - 1] as Token | undefined;
  const next = tokens[i + 1] as Token | undefined;
  // "Trump appeared to suggest that…", "was quick to point out that…": a catenative verb before "to" joins the cue.
  const catenative = entry.form === 'base' && prev?.lower === 'to' ? catenativeStart(tokens, i - 1) : -1;
  // "Several women have come forward to accuse Trump…", "Trump took to Twitter to blast…": a purpose infinitive
  // shares the subject of its clause.
  if (entry.form === 'base' && prev?.lower === 'to' && catenative < 0 && PARTICIPLE_GROUPS.has(entry.verb.group) && followsPurposeFrame(tokens, i - 1)) {
    return { kind: 'participle', first: i, last: i, head: i, verb: entry };
  }
  const first = auxiliaryStart(tokens, catenative >= 0 ? catenative : i, 0);
  const hasAuxiliary = first < i;
  const verbGroupEnd = catenative >= 0 ? catenative : i;
  const beforeAux = tokens[first - 1] as Token | undefined;
  // "Trump's repeated calls for…", "the company's reported losses": a participle after an owner is an adjective.
  // "In Trump's telling, …": so is an -ing word owned before a comma, an opinion noun.
  if ((entry.form === 'past' || entry.form === 'ing') && !hasAuxiliary && hasPossessor(prev) && !/^(?:it|he|she|that|what|who|there|here)['’]s$/.test(prev?.lower ?? '') && ((next?.word === true && !SUBJECT_WORDS.has(next.lower)) || (OPINION_NOUNS.has(t.lower) && next?.text === ','))) return null;
  // "had not yet determined whether the sensor was defective", "will determine how…": an open question is no finding.
  if (FINDING_OUT_VERBS.has(entry.verb.lemma) && OPEN_QUESTION_WORDS.has(next?.lower ?? '')) return null;
  if (entry.form === 'ing') {
    // "are pushing for", not "pushing back against" or "pushing to pause": some verbs attribute only with their particle.
    if (PARTICLE_REQUIRED.has(entry.verb.lemma) && CUE_PARTICLES.get(entry.verb.lemma)?.has(next?.lower ?? '') !== true) return null;
    if (prev && BE_FORMS.has(prev.lower) && hasAuxiliary) {
      // "are protesting against modernity": the particle belongs to the cue here too.
      const particle = CUE_PARTICLES.get(entry.verb.lemma)?.has(next?.lower ?? '') === true && !startsTimeExpression(tokens, i + 2);
      return { kind: 'verb', first, last: particle ? i + 1 : i, head: i, verb: entry };
    }
    // "…, adding that" or "…on the table,” adding that": the comma may sit inside a closing quotation mark.
    const afterComma = prev?.text === ',' || (prev !== undefined && isQuotationMark(prev.text) && tokens[i - 2]?.text === ',');
    if (afterComma && PARTICIPLE_GROUPS.has(entry.verb.group)) return { kind: 'participle', first: i, last: i, head: i, verb: entry };
    if (NAMING_VERBS.has(entry.verb.lemma) && !namesWithPredicate(view, i + 1, entry.verb.lemma) && CUE_PARTICLES.get(entry.verb.lemma)?.has(next?.lower ?? '') !== true) return null;
    // "Sunak defended the record whilst promising…": a participle after a subordinator shares the main subject
    // ("After calling the office, Montalvo…" opens its sentence, before any subject).
    if (prev && PARTICIPLE_SUBORDINATORS.has(prev.lower) && i >= 2 && PARTICIPLE_GROUPS.has(entry.verb.group)) return { kind: 'participle', first: i, last: i, head: i, verb: entry };
    // "Obama spoke Tuesday saying the deal was good", "released a report Thursday accusing…": after the day of the
    // act the participle takes the main clause's subject, as after a comma (a day is no source).
    if (prev && DAY_NAMES.has(prev.lower) && i >= 2 && PARTICIPLE_GROUPS.has(entry.verb.group) && leadingSubject(view, i) !== null) return { kind: 'participle', first: i, last: i, head: i, verb: entry };
    // "a message stating…", "one poster writing…", "polls showing her ahead": the participle follows its source.
    // "with Trump accusing Clinton of…", "with Pence calling the tape offensive": in an absolute construction every
    // participle that passes a source on has one.
    const absolute = PARTICIPLE_GROUPS.has(entry.verb.group) && absoluteSubjectBefore(tokens, i);
    if (prev && (NOUN_PARTICIPLE_GROUPS.has(entry.verb.group) || absolute) && namesSource(tokens, i - 1)) {
      return { kind: 'participle-np', first: i, last: LISTENER_VERBS.has(entry.verb.lemma) ? listenerEnd(tokens, i + 1) - 1 : i, head: i, verb: entry };
    }
    return null;
  }
  // "declined to say whether…", "refused to confirm": the refusal and the verb it refuses make one cue.
  // "declined to comment on the report" keeps "to comment on the report" as the content of "declined".
  const refused = next?.lower === 'to' ? VERB_FORMS.get(tokens[i + 2]?.lower ?? '') : undefined;
  // "refused to say during the final debate whether…": an adjunct of time or place may stand before the clause.
  const refusedHasObject = tokens[i + 3]?.word === true && (!PREPOSITIONS.has(tokens[i + 3].lower) || (REFUSAL_ADJUNCTS.has(tokens[i + 3].lower) && clauseWithin(tokens, i + 4)));
  // "refused to approve the accounts": a verb that reports only with its particle ("approve of") reports nothing here.
  const refusedReports = refused !== undefined && (!PARTICLE_REQUIRED.has(refused.verb.lemma) || CUE_PARTICLES.get(refused.verb.lemma)?.has(tokens[i + 3]?.lower ?? '') === true);
  // "declined to hear the case": a verb that reports only a clause reports nothing with an object (a court acts).
  const refusedFits = refused !== undefined && (refused.verb.need !== 'clause' || ANSWERING_LEMMAS.has(refused.verb.lemma) || CLAUSE_MARKERS.has(tokens[i + 3]?.lower ?? '') || clauseWithin(tokens, i + 3));
  // Only a verb of saying or judging refused joins ("refused to confirm | the report", "declined to describe | the
  // documents"); "refused | to endorse Trump" refuses an act, a stance.
  const refusedSaying = refused !== undefined && !UNSAID_GROUPS.has(refused.verb.group);
  if (entry.verb.group === 'refusal' && refused?.form === 'base' && refusedSaying && refusedHasObject && refusedReports && refusedFits) {
    return { kind: 'verb', first, last: i + 2, head: i + 2, verb: refused };
  }
  // "Some say the race is over", "Many believe…": a quantifier standing alone opening its clause is the subject.
  // "Some argued", "Many feared": in the past too.
  const pronominal = (entry.form === 'base' || (entry.form === 'past' && !hasAuxiliary)) && PRONOMINAL_QUANTIFIERS.has(prev?.lower ?? '') && QUANTIFIED_SAYERS.has(entry.verb.lemma) && (i === 1 || !tokens[i - 2].word);
  if (!hasAuxiliary && blocksVerbReading(prev) && !pronominal && !endsContactRelative(tokens, i - 1)) return null;
  // "there are no current plans to…": a plural noun after "no" and an adjective.
  if (!hasAuxiliary && entry.form === 's' && tokens[i - 2]?.lower === 'no' && prev?.word && !isCapitalized(prev)) return null;
  // "faces legal disputes involving…", "amid public claims of…": a plural noun after an adjective that follows a verb or
  // a preposition (an object, no subject with its verb).
  if (!hasAuxiliary && entry.form === 's' && isAdjectiveInObject(tokens, i - 1)) return null;
  // "a widely expected reduction": a participle after a determiner and adverbs is an adjective.
  if (entry.form === 'past' && !hasAuxiliary && prev && isAdverb(prev.lower, isCapitalized(prev)) && DETERMINERS.has(tokens[i - 2]?.lower ?? '')) return null;
  // "Some have urged him to…", "Many have said…": before an auxiliary a quantifier opening its clause stands for people.
  const quantifierSubject = beforeAux !== undefined && PRONOMINAL_QUANTIFIERS.has(beforeAux.lower) && (first === 1 || !tokens[first - 2].word);
  if (hasAuxiliary && blocksVerbReading(beforeAux) && !quantifierSubject) return null;
  // "backed by the British Red Cross", "was reportedly rejected by the minister": a passive with its agent.
  if (entry.form === 'past' && next?.lower === 'by') return passiveReads(tokens, first, i, entry) && startsAgent(tokens, i + 2) ? { kind: 'passive', first, last: i + 1, head: i, verb: entry } : null;
  // "Talks are expected to resume on Thursday": an expectation without a holder, attributed to no one.
  const passiveBe = hasAuxiliary && hasBeForm(tokens, first, verbGroupEnd);
  if (entry.verb.lemma === 'expect' && entry.form === 'past' && passiveBe && isInfinitiveAt(tokens, i + 1)) {
    return { kind: 'expected', first, last: i, head: i, verb: entry };
  }
  if (entry.form === 'past' && passiveBe) return agentlessCue(view, i, entry, first);
  // "It's believed that…": the contracted "is" hides in the pronoun's token.
  const contractedFrame = entry.form === 'past' && first === i && next?.lower === 'that' && contractedItBefore(tokens, i) >= 0 ? agentlessCue(view, i, entry, first) : null;
  if (contractedFrame) return contractedFrame;
  // "You're not committed to", "I'm told": a contracted "be" before the verb group makes it passive.
  if (entry.form === 'past' && /['’](m|re)$/.test(beforeAux?.lower ?? '')) return null;
  // "are welcome", "is support", "There were reports that…": a base or -s form right after "be" is no verb.
  if ((entry.form === 'base' || entry.form === 's') && passiveBe) return null;
  // "the asylum seekers found in the water": a bare participle of a non-speech verb between a common noun and a
  // preposition is a reduced passive relative, not a cue ("He said in a statement" keeps its speech verb).
  if (entry.form === 'past' && !hasAuxiliary && isReducedRelative(tokens, i, entry)) return null;
  // "The letter read, “We are…”", "The banner read “We Know”", "The statement reads, in part, “…”": "read" before
  // the words it quotes (a past as often as a base form, so after any subject).
  if (entry.verb.lemma === 'read' && !hasAuxiliary && WRITTEN_THINGS.has(prev?.lower ?? '') && quotedWordsAt(view, i + 1)) return { kind: 'verb', first, last: i, head: i, verb: entry };
  if (NOUN_HOMOGRAPHS.has(t.lower) && (entry.form === 's' || entry.form === 'base') && !hasAuxiliary) {
    const clauseFollows = next !== undefined && (next.lower === 'that' || isQuotationMark(next.text) || next.text === ':');
    if (!prev || !(prev.word || prev.text === ')' || (prev.text === ',' && clauseFollows))) return null;
    // "Trump's call for a ban", "the party's demands": after a possessor the homograph is the owned noun.
    if (hasPossessor(prev) && !SUBJECT_WORDS.has(prev.lower)) return null;
    // "his urgent calls for": so it is behind adjectives; "growing calls for", "has prompted calls for": a noun too.
    if (ownerBefore(tokens, i) >= 0 || isNounByModifier(tokens, i)) return null;
    // "…, scientists report." ends its sentence: an inverted frame.
    if (next && !(next.word || clauseFollows || next.text === '.')) return null;
    // "a conciliatory note": a bare homograph needs a plural or pronoun subject to be a verb.
    // "Republicans privately worry": an adverb between subject and verb is skipped.
    const adverb = isAdverb(prev.lower, isCapitalized(prev)) && tokens[i - 2]?.word === true;
    const subjectWord = adverb ? tokens[i - 2] : prev;
    if (entry.form === 'base' && subjectWord.word && !/s$/.test(subjectWord.lower) && !isCapitalized(subjectWord) && !PLURAL_PRONOUNS.has(subjectWord.lower) && !PLURALS_WITHOUT_S.has(subjectWord.lower) && !pluralHeadBefore(tokens, adverb ? i - 1 : i)) return null;
    // "the report confirmed", "reports suggest": a verb right after makes the homograph its subject noun.
    if (next && (VERB_FORMS.has(next.lower) || AUXILIARIES.has(next.lower) || (/ed$/.test(next.lower) && !isCapitalized(next)))) return null;
    // "Syrian state media reported", "state news agency said": a compound noun before the verb.
    if (startsCompoundSubject(tokens, i + 1)) return null;
    // "plans to build", "calls for an inquiry": an infinitive or the verb's own particle makes it a verb.
    // "Trump vows to repeal Obamacare", "Clinton pledges to…": after a name or a subject pronoun a stance or request
    // with an infinitive is a verb, as headlines and present-tense copy write it ("His vows to…" is the owned noun).
    const namedSubject = prev.word && (isCapitalized(prev) || SUBJECT_WORDS.has(prev.lower)) && (entry.verb.group === 'stance' || entry.verb.group === 'request');
    const ownParticle = CUE_PARTICLES.get(entry.verb.lemma)?.has(next?.lower ?? '') === true || ((entry.verb.need === 'infinitive' || namedSubject) && isInfinitiveAt(tokens, i + 1));
    if (next && !ownParticle && ['of', 'from', 'about', 'for', 'on', 'by', 'in', 'to', 'and', 'or'].includes(next.lower)) return null;
  }
  // "a user labelled “Anonymous”", "a form described as pseudoscience": a bare judgement participle directly
  // followed by its label names or classes the noun before it; the verb has no object of its own.
  let before = i - 1;
  while (before > 0 && isAdverb(tokens[before].lower, isCapitalized(tokens[before]))) before--;
  const subject = tokens[before] as Token | undefined;
  const namedNoun = subject !== undefined && subject.word && !isCapitalized(subject) && !SUBJECT_WORDS.has(subject.lower);
  if (entry.verb.group === 'judgement' && entry.form === 'past' && !hasAuxiliary && namedNoun && next && (next.lower === 'as' || view.quotes.byOpen.has(next.start))) return null;
  if (entry.form === 'base' && !hasAuxiliary) {
    // "to help explain how…", "let me say": a bare infinitive after these verbs has no subject of its own.
    if (prev && BARE_INFINITIVE_TAKERS.has(prev.lower)) return null;
    // A bare verb needs a subject that is not third person singular: "Analysts at Drewry believe", "they say".
    // "schools and universities that want to…": a relative "that" after a plural noun takes a plural verb.
    const relative = prev?.lower === 'that' && /s$/.test(tokens[i - 2]?.lower ?? '') && !SINGULAR_PRONOUNS.has(tokens[i - 2]?.lower ?? '');
    if (!prev || (SINGULAR_PRONOUNS.has(prev.lower) && !relative) || !(prev.word || prev.text === ')' || prev.text === ',')) return null;
  }
  // "on a conference call that…", "in a phone call": a call one makes, not a verb of naming.
  if (entry.verb.lemma === 'call' && CALL_COMPOUNDS.has(prev?.lower ?? '')) return null;
  // "went back", "looking back": the base "back" is a verb only after an auxiliary ("will back the nominee").
  if (entry.verb.lemma === 'back' && entry.form === 'base' && !hasAuxiliary) return null;
  // "would like to", "I'd like to": "like" states a wish only after "would".
  if (entry.verb.lemma === 'like' && !tokens.slice(Math.max(0, i - 3), i).some((a) => a.lower === 'would' || /['’]d$/.test(a.lower))) return null;
  // "could signal", "may indicate": a hedged inference inside a claim, not an attribution of its own.
  if (entry.verb.group === 'evidential' && hasModal(tokens, first, i)) return null;
  let last = i;
  // "could neither confirm nor deny": both verbs of a coordinated pair belong to the cue.
  const partner = tokens[i + 2];
  if ((next?.lower === 'nor' || next?.lower === 'or') && partner && VERB_FORMS.get(partner.lower)?.form === entry.form) last = i + 2;
  // "showed up to 40 percent": "up to" before a number is a quantity, no particle.
  if (NON_REPORTING_PARTICLES.get(entry.verb.lemma)?.has(next?.lower ?? '') && !(next?.lower === 'up' && tokens[i + 2]?.lower === 'to')) return null;
  const particles = CUE_PARTICLES.get(entry.verb.lemma);
  const particle = tokens[last + 1];
  // "reported on the talks" takes its particle; "reported on Thursday" has a time adjunct instead.
  if (particles && particle && particles.has(particle.lower) && particle.lower !== 'that' && !startsTimeExpression(tokens, last + 2) && !channelBeforeClause(view, last + 1)) last += 1;
  else if (PARTICLE_REQUIRED.has(entry.verb.lemma) && !quoteFollows(view, last)) return null;
  else if (NAMING_VERBS.has(entry.verb.lemma) && !namesWithPredicate(view, last + 1, entry.verb.lemma)) return null;
  if (LISTENER_VERBS.has(entry.verb.lemma)) last = listenerEnd(tokens, last + 1) - 1;
  // "appealed to the government to ban…": "to" joins the cue only before an addressee and an infinitive, like
  // "pleaded with"; "The plan appealed to voters" pleases, it asks nothing.
  if (entry.verb.lemma === 'appeal' && last === i && particle?.lower === 'to') {
    if (!addresseeAndInfinitive(tokens, i + 1) && !addresseeAndInfinitive(tokens, i + 1, 'for')) return null;
    last = i + 1;
  }
  const requested = last === i && requestedAction(tokens, i, entry.verb.lemma);
  if (last === i && !requested && !complementCanFollow(view, i, entry)) return null;
  if (last === i && !requested && DIRECTIVE_VERBS.has(entry.verb.lemma) && !addresseeAndInfinitive(tokens, i)) return null;
  return { kind: 'verb', first, last, head: i, verb: entry };
}

/** "It's"/"It’s": an impersonal "it" with a contracted "is" or "has" in one token. */
export function isContractedIt(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === "it's" || t.lower === 'it’s');
}

/** The index of an "It's" right before the word at `i`, perhaps behind adverbs ("It's widely believed"), or -1. */
function contractedItBefore(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k > 0 && isAdverb(tokens[k].lower, isCapitalized(tokens[k]))) k--;
  return k >= 0 && isContractedIt(tokens[k]) ? k : -1;
}

/** Groups whose passive after an impersonal "it" reports a that-clause: "It was reported that…", "it is believed that…". */
const IMPERSONAL_GROUPS: ReadonlySet<CueGroup> = new Set<CueGroup>(['speech', 'assertion', 'accusation', 'cognition', 'evidential', 'request']);
/** Verbs whose passive raises the subject of what they report: "is said to be", "is believed to have met", "was found to have". */
const RAISING_LEMMAS = new Set([
  'say', 'report', 'believe', 'think', 'allege', 'rumour', 'rumor', 'understand', 'repute', 'claim', 'fear', 'estimate', 'suspect',
  'consider', 'find', 'show', 'predict', 'project', 'presume', 'forecast',
]);
/** Participles that attribute only in a passive frame ("is rumoured to", "It is understood that"), never as active verbs. */
export const PASSIVE_ONLY_PARTICIPLES: ReadonlyMap<string, VerbEntry> = new Map<string, VerbEntry>([
  ['rumoured', { verb: { lemma: 'rumour', group: 'speech', need: 'clause' }, form: 'past' }],
  ['rumored', { verb: { lemma: 'rumor', group: 'speech', need: 'clause' }, form: 'past' }],
  ['reputed', { verb: { lemma: 'repute', group: 'cognition', need: 'clause' }, form: 'past' }],
  ['understood', { verb: { lemma: 'understand', group: 'cognition', need: 'clause' }, form: 'past' }],
  // "Clinton is projected to win the state": a network's or pollster's projection, a belief held by no one named.
  ['projected', { verb: { lemma: 'project', group: 'cognition', need: 'clause' }, form: 'past' }],
  ['presumed', { verb: { lemma: 'presume', group: 'cognition', need: 'clause' }, form: 'past' }],
]);
/** Judgement verbs whose agentless passive gives its reason after "for"/"over" ("was criticized for"), and "accused of". */
export const REASON_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['accuse', new Set(['of'])],
  ...['criticize', 'criticise', 'blame', 'praise', 'condemn', 'denounce', 'slam', 'blast', 'laud', 'commend', 'applaud', 'lambaste',
    'castigate', 'chastise', 'rebuke', 'fault', 'mock', 'deride', 'ridicule', 'hail', 'berate', 'excoriate',
    'scold', 'chide', 'admonish', 'reprimand', 'credit', 'decry'].map((l): [string, ReadonlySet<string>] => [l, new Set(['for', 'over'])]),
  // "The fire was blamed on faulty wiring". "was attacked/hammered/knocked for" are left out: often a blow, not words.
  ['blame', new Set(['for', 'over', 'on'])],
]);
/** Judgement verbs whose agentless passive labels with "as" ("was described as stable"); "seen/regarded/ranked as" are no claim. */
// "was cast as the villain" is a film's casting, not a label: left out.
const AS_LABELLERS = new Set(['describe', 'label', 'brand', 'hail', 'denounce', 'condemn', 'characterize', 'characterise', 'portray', 'depict', 'dismiss', 'reject', 'deride', 'mock', 'criticize', 'criticise', 'slam', 'blast', 'praise', 'tout']);
/** Verbs whose agentless passive requests with a to-infinitive ("were urged to stay indoors") or asks ("was asked whether"). */
const PASSIVE_REQUESTS = new Set(['urge', 'ask', 'encourage', 'advise', 'invite', 'implore', 'beg', 'order', 'instruct', 'exhort', 'press', 'challenge', 'call']);
/** Words that open the question of a passive "asked". */
export const ASKED: ReadonlySet<string> = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);
/** How far after a passive "asked" its question may start, behind an adjunct ("after the match"). */
const ASK_REACH = 5;
/** Verbs of telling whose agentless passive reports to its subject: "was told that…", "were warned that…", "was told to leave". */
const PASSIVE_TELLING = new Set(['tell', 'inform', 'assure', 'reassure', 'remind', 'promise', 'warn', 'advise']);

/**
 * An agentless passive that attributes to no one in the text (source null): an impersonal "It was reported that…", a
 * raising "The senator is said to be weighing a run", or a passive judgement, request or telling with its complement
 * ("was accused of hiding losses", "were urged to stay indoors", "was told that…"). "was reported missing", "was
 * praised" alone, "is seen as" and a modal "it could be argued that" (the writer's voice) are none.
 */
function agentlessCue(view: SentenceView, i: number, entry: VerbEntry, first: number): Cue | null {
  const { tokens } = view;
  const next = tokens[i + 1] as Token | undefined;
  if (!next) return null;
  const { lemma, group } = entry.verb;
  // "It's believed that…", "It's been reported that…": the contracted "is"/"has" sits inside the "It's" token, which
  // then opens the cue (its range starts at the apostrophe, see `cueRange`).
  const opener = first === i ? contractedItBefore(tokens, i) : isContractedIt(tokens[first - 1]) ? first - 1 : -1;
  if (opener >= 0 && next.lower === 'that' && IMPERSONAL_GROUPS.has(group) && !hasModal(tokens, first, i)) {
    return { kind: 'impersonal', first: opener, last: i, head: i, verb: entry };
  }
  if (first === i || !hasBeForm(tokens, first, i)) return null;
  const cue = (kind: CueKind, last: number): Cue => ({ kind, first, last, head: i, verb: entry });
  const subject = tokens[first - 1]?.lower;
  if (subject === 'it' && next.lower === 'that' && IMPERSONAL_GROUPS.has(group) && !hasModal(tokens, first, i)) return cue('impersonal', i);
  // "was reported to be", not "was reported to police": after "report" only "be" and "have" are sure infinitives.
  const raised = lemma === 'report' ? tokens[i + 2]?.lower === 'be' || tokens[i + 2]?.lower === 'have' : isInfinitiveAt(tokens, i + 1);
  if (RAISING_LEMMAS.has(lemma) && next.lower === 'to' && raised) return cue('raising', i);
  const negatedInfinitive = next.lower === 'not' && isInfinitiveAt(tokens, i + 2);
  if (PASSIVE_REQUESTS.has(lemma) && lemma !== 'call' && (isInfinitiveAt(tokens, i + 1) || negatedInfinitive)) return cue('agentless', i);
  // "were called on to…": the request's own particle joins the cue.
  if (lemma === 'call' && (next.lower === 'on' || next.lower === 'upon') && isInfinitiveAt(tokens, i + 2)) return cue('agentless', i + 1);
  // "was asked whether…", "was asked after the match whether…": the question may follow an adjunct.
  // "was asked after the match whether…": the question may follow an adjunct ("was asked his name when…" is none).
  if (lemma === 'ask' && (ASKED.has(next.lower) || (PREPOSITIONS.has(next.lower) && tokens.slice(i + 2, i + 1 + ASK_REACH).some((t) => ASKED.has(t.lower))))) return cue('agentless', i);
  if (PASSIVE_TELLING.has(lemma) && (next.word || isQuotationMark(next.text) || next.text === ':')) return cue('agentless', i);
  if (REASON_PARTICLES.get(lemma)?.has(next.lower) && tokens[i + 2]?.word) return cue('agentless', i + 1);
  if (AS_LABELLERS.has(lemma) && next.lower === 'as' && tokens[i + 2]?.word) return cue('agentless', i);
  // "was branded a traitor", "has been called a liar", "was dubbed “the Iron Lady”": a label without "as".
  if (NAMING_VERBS.has(lemma) && (LABEL_OPENERS.has(next.lower) || isQuotationMark(next.text) || SINGLE_QUOTE_OPENERS.has(next.text)) && passiveLabelFollows(tokens, i, lemma)) return cue('agentless', i);
  return null;
}

const ASKING: VerbEntry | undefined = VERB_FORMS.get('asked');
/**
 * "Asked whether he would concede, Trump said…", "When asked if…": a reporter's question put to the subject of the
 * main clause, a request with no source in the text; only before the question ("Asked about the tape, Trump said" names
 * a topic, no content).
 */
function askedAside(view: SentenceView, i: number): Cue | null {
  const { tokens } = view;
  // "Pence, asked repeatedly whether he agreed, declined…": an adverb may stand before the question.
  const question = isAdverb(tokens[i + 1]?.lower ?? '', false) ? i + 2 : i + 1;
  if (tokens[i].lower !== 'asked' || !ASKING || !ASKED.has(tokens[question]?.lower ?? '')) return null;
  const prev = tokens[i - 1] as Token | undefined;
  const opens = prev === undefined || prev.text === ',' || isQuotationMark(prev.text) || ((prev.lower === 'when' || prev.lower === 'after') && (i === 1 || !tokens[i - 2].word));
  return opens ? { kind: 'agentless', first: i, last: i, head: i, verb: ASKING } : null;
}

/** How far after the verb the words its complement needs may come ("regarded the plan … as", "urged residents … to"). */
const COMPLEMENT_REACH = 12;
/** Verbs that take a to-infinitive and never a bare clause ("hoped his testimony would…" is a clause for "hope"). */
const INFINITIVE_ONLY = new Set([
  'want', 'plan', 'aim', 'intend', 'decide', 'decline', 'refuse', 'threaten', 'invite', 'press', 'implore', 'encourage', 'beg', 'like',
  'challenge', 'advise', 'order', 'instruct', 'direct', 'push', 'lobby', 'exhort', 'petition',
]);
const CLAUSE_MARKERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);

/** What a source is asked for when it declines: "declined comment", "declined a request for comment", "…for interviews". */
const COMMENT_NOUNS = new Set(['comment', 'comments', 'interview', 'interviews']);
/** Words that may come before it: "declined repeated requests for an interview", "declined further comment". */
const COMMENT_REQUEST_WORDS = new Set(['a', 'an', 'the', 'repeated', 'multiple', 'several', 'numerous', 'further', 'immediate', 'request', 'requests', 'for']);
const COMMENT_REACH = 5;

/** Whether a withheld comment or interview is named as the object at `k`: "declined comment", "declined requests for interviews". */
export function withheldCommentAt(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j - k < COMMENT_REACH; j++) {
    if (COMMENT_NOUNS.has(tokens[j].lower)) return true;
    if (!COMMENT_REQUEST_WORDS.has(tokens[j].lower)) return false;
  }
  return false;
}

/**
 * A cheap look ahead that rules out most uses of verbs needing a particular complement before any analysis:
 * "see" without "as"/"for", "want" without an infinitive or clause, "continued" without a colon or quotation.
 * Punctuation right after the verb may end an inverted frame ("…, she continued."), which stays possible.
 */
function complementCanFollow(view: SentenceView, i: number, entry: VerbEntry): boolean {
  const { tokens } = view;
  const { need, label } = entry.verb;
  if (!label && !(need === 'infinitive' && INFINITIVE_ONLY.has(entry.verb.lemma)) && need !== 'quote') return true;
  if (entry.verb.group === 'refusal' && withheldCommentAt(tokens, i + 1)) return true;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  // "“Who pays?” asked Luis Ortega": an inverted frame has its content before it.
  if (!label && prev !== undefined && (prev.text === ',' || isQuotationMark(prev.text))) return true;
  if (!next) return !label;
  if (!next.word && !label) return true;
  for (let k = i + 1; k < tokens.length && k - i <= COMPLEMENT_REACH; k++) {
    const t = tokens[k];
    if (label) {
      // "see X for the sham it is", not "saw no case for moving".
      if (label.includes(t.lower) && k > i + 1 && !(t.lower === 'for' && /ing$/.test(tokens[k + 1]?.lower ?? ''))) return true;
      continue;
    }
    if (need === 'quote') return false;
    if (isInfinitiveAt(tokens, k) || CLAUSE_MARKERS.has(t.lower) || isQuotationMark(t.text) || t.text === ':') return true;
  }
  return false;
}

/**
 * Verbs that request only with an addressee and a to-infinitive: "challenged Clinton to release…", "ordered aides to
 * stop…"; "ordered a review", "a charity that advises workers who raise concerns" and "challenged the ruling" do not.
 */
const DIRECTIVE_VERBS = new Set(['challenge', 'advise', 'order', 'instruct', 'direct', 'lobby', 'exhort', 'petition']);
/** How many words the addressee of a directive may take: "ordered the acting attorney general to". */
const ADDRESSEE_REACH = 6;

function addresseeAndInfinitive(tokens: Token[], i: number, particle?: 'for'): boolean {
  for (let k = i + 2; k < tokens.length && k - i <= ADDRESSEE_REACH + 1; k++) {
    // "appealed to the public for help": the request's object after its own particle.
    if (particle ? tokens[k].lower === particle && tokens[k + 1]?.word === true : isInfinitiveAt(tokens, k)) return true;
    if (!tokens[k].word || CLAUSE_MARKERS.has(tokens[k].lower)) return false;
  }
  return false;
}

/**
 * Nouns of an action a court or an authority orders others to carry out: "ordered the release of the prisoners".
 * Inquiries are left out: "ordered a review of the ballots" reports the review as an event (seed spec).
 */
const ORDERED_ACTIONS = new Set([
  'release', 'arrest', 'closure', 'evacuation', 'suspension', 'removal', 'withdrawal', 'halt', 'shutdown', 'demolition',
  'deportation', 'extradition', 'seizure', 'return', 'reinstatement', 'dismissal', 'destruction', 'cancellation', 'postponement',
]);
/** What an invitation asks to be sent: "invited tenders for the project" asks firms to bid (guidelines: *Requests*). */
const SOLICITED_THINGS = new Set(['tenders', 'bids', 'applications', 'proposals', 'submissions', 'nominations', 'comments', 'offers', 'entries']);

/**
 * A request named by its object: "ordered the release of the prisoners", "ordered an investigation into…" (an action
 * noun with its "of"/"into"; "ordered a pizza", "ordered a review of the ballots" are none), "invited tenders for the project".
 */
export function requestedAction(tokens: Token[], i: number, lemma: string): boolean {
  let k = i + 1;
  if (lemma === 'order') {
    if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
    while (k < i + 4 && tokens[k]?.word && !ORDERED_ACTIONS.has(tokens[k].lower) && !PREPOSITIONS.has(tokens[k].lower)) k++;
    return ORDERED_ACTIONS.has(tokens[k]?.lower ?? '') && (tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.lower === 'into');
  }
  if (lemma === 'invite') {
    while (k < i + 3 && tokens[k]?.word && !SOLICITED_THINGS.has(tokens[k].lower) && !PREPOSITIONS.has(tokens[k].lower)) k++;
    return SOLICITED_THINGS.has(tokens[k]?.lower ?? '');
  }
  return false;
}

/** Most nouns after a homograph that still make one compound with it: "state news agency". */
const COMPOUND_REACH = 2;

/** Whether one or two plain lowercase nouns from `k` lead to a verb in the past: "media reported", "news agency said". */
function startsCompoundSubject(tokens: Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && j - k < COMPOUND_REACH && plainNoun(tokens[j])) j++;
  const verb = tokens[j];
  if (j === k || !verb || isCapitalized(verb)) return false;
  const form = VERB_FORMS.get(verb.lower)?.form;
  return form === 'past' || (form === undefined && /ed$/.test(verb.lower));
}

function plainNoun(t: Token): boolean {
  return t.word && !isCapitalized(t) && !DETERMINERS.has(t.lower) && !PRONOUNS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !VERB_FORMS.has(t.lower) &&
    !AUXILIARIES.has(t.lower) && !MODALS.has(t.lower) && !BE_FORMS.has(t.lower) && t.lower !== 'that' && !/(?:ed|ly)$/.test(t.lower);
}

/** Longest subject of an absolute construction read back from its participle: "with the Republican nominee". */
const ABSOLUTE_SUBJECT_REACH = 4;

/** Whether a "with" opens a short noun phrase ending right before the participle at `i`: "with Trump accusing". */
function absoluteSubjectBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= ABSOLUTE_SUBJECT_REACH + 1; k--) {
    if (tokens[k].lower === 'with') return k < i - 1 && (k === 0 || tokens[k - 1].text === ',');
    if (!tokens[k].word || VERB_FORMS.has(tokens[k].lower) || PREPOSITIONS.has(tokens[k].lower)) return false;
  }
  return false;
}

/** Subordinators after which a participle shares the subject of the main clause. */
// "Trump responded by calling Clinton a liar": "by" gives the means, said by the main subject too.
const PARTICIPLE_SUBORDINATORS = new Set(['while', 'whilst', 'when', 'after', 'before', 'by']);
/** Groups whose participle directly after a noun reports what that noun says or shows. */
const NOUN_PARTICIPLE_GROUPS = new Set(['speech', 'assertion', 'evidential', 'request']);
/** Groups whose passive with a "by" agent is an attribution ("was told by", "backed by"); "was found by police" is not. */
const PASSIVE_GROUPS = new Set(['speech', 'assertion', 'accusation', 'judgement', 'request', 'stance']);

/**
 * A passive with "by" attributes when its verb reports ("was told by", "was rejected by"); without "be" only a
 * stance does ("a system backed by the Red Cross"; "a book written by", "a condition characterised by" describe).
 */
function passiveReads(tokens: Token[], first: number, i: number, entry: VerbEntry): boolean {
  // "The move was welcomed by analysts" reports a reception, not a judgement the text attributes.
  if (!PASSIVE_GROUPS.has(entry.verb.group) || entry.verb.label || entry.verb.lemma === 'welcome') return false;
  return entry.verb.group === 'stance' || hasBeForm(tokens, first, i);
}

/** Words of degree that are no source: "it was very encouraging", "so saying". */
const DEGREE_WORDS = new Set(['very', 'so', 'too', 'quite', 'really', 'most', 'more', 'less', 'rather', 'pretty', 'also', 'not', 'worth']);

/** Days after a verb or its object, naming when the act took place: "spoke Tuesday", "a report Thursday". */
const DAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Verbs of finding out, which report a finding only with a that-clause or a bare clause: "determined that…". */
const FINDING_OUT_VERBS = new Set(['determine']);
/** Words opening a question clause: "determine whether…", "determine how…". */
const OPEN_QUESTION_WORDS = new Set([...ASKED, 'which']);

/** Endings of adjectives of kind: "legal", "political", "public", "serious", "lawful". */
const ADJECTIVE_ENDING_RE = /(?:al|ic|ous|ful)$/;

/** Whether token `k` is a lowercase adjective right after a preposition or a verb ("faces legal", "over public"). */
function isAdjectiveInObject(tokens: Token[], k: number): boolean {
  const adjective = tokens[k];
  const before = tokens[k - 1];
  if (!adjective?.word || isCapitalized(adjective) || !ADJECTIVE_ENDING_RE.test(adjective.lower) || !before?.word || isCapitalized(before)) return false;
  return PREPOSITIONS.has(before.lower) || VERB_FORMS.has(before.lower) || /(?:[^s]es|ed)$/.test(before.lower);
}

/** Quantifiers that stand for people as a subject: "Some say…", "Many believe…". */
const PRONOMINAL_QUANTIFIERS = new Set(['some', 'many', 'most', 'others', 'few', 'several', 'both', 'all']);
/** Verbs of saying and thinking that such a subject takes: "Some say", "Many fear" (not "some support for"). */
const QUANTIFIED_SAYERS = new Set([
  'say', 'believe', 'think', 'argue', 'claim', 'fear', 'worry', 'contend', 'insist', 'expect', 'predict', 'warn', 'suspect', 'doubt', 'feel', 'agree', 'suggest',
  // "Many regard the reports as fake", "Some see him as a spoiler": labels with "as", whose complement the lexicon requires.
  'regard', 'view', 'see', 'consider', 'describe',
]);

/** Whether token `k` ends a noun phrase that can say or show something: "a message", "one poster", "polls", "Boswell". */
function namesSource(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || AUXILIARIES.has(t.lower) || BE_FORMS.has(t.lower)) return false;
  if (COORDINATING.has(t.lower) || PARTICIPLE_SUBORDINATORS.has(t.lower) || VERB_FORMS.has(t.lower) || /(?:ed|ing|ly)$/.test(t.lower)) return false;
  if (DEGREE_WORDS.has(t.lower) || isAdverb(t.lower, isCapitalized(t))) return false;
  // "with the i reporting": after a determiner a pronoun's letters name something (here a newspaper).
  return (!SUBJECT_WORDS.has(t.lower) || DETERMINERS.has(tokens[k - 1]?.lower ?? '')) && !/^\d/.test(t.text);
}

/** An agent can follow "by": a name, a determiner or a noun, not a time ("by Tuesday") or a gerund ("by saying"). */
export function startsAgent(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.word && !startsTimeExpression(tokens, k) && !/ing$/.test(t.lower) && !/^\d/.test(t.text);
}

/** Words beyond the adverbs that may stand inside a verb group: "has since said", "has neither confirmed". */
const VERB_GROUP_ADVERBS = new Set(['neither', 'either', 'since']);

/** Judgement verbs that need an object and a label after it: "called the plan a disgrace", "dubbed it “X”". */
const NAMING_VERBS = new Set(['call', 'dub', 'label', 'brand']);
/** Words that open the label of a passive naming verb: "was called a liar", "was dubbed the Iron Lady". */
const LABEL_OPENERS = new Set(['a', 'an', 'the']);
/**
 * Whether a label follows the passive naming verb at `i`: "was branded a traitor", "was dubbed the Iron Lady"; not a
 * time ("was called a week early", "the same day") nor the proper name of a thing after "called" ("The ship was
 * called the Queen Mary": a name, no judgement).
 */
function passiveLabelFollows(tokens: Token[], i: number, lemma: string): boolean {
  const head = tokens[i + 2];
  if (lemma === 'call' && tokens[i + 1].lower === 'the' && head !== undefined && isCapitalized(head)) return false;
  for (let j = i + 2; j < tokens.length && j <= i + 4 && tokens[j].word; j++) if (TIME_WORDS.has(tokens[j].lower) && tokens[j].lower !== 'the') return false;
  return true;
}
/** Single quotation marks, which the quote index leaves alone (they double as apostrophes) but which open a label. */
const SINGLE_QUOTE_OPENERS = new Set(["'", '‘']);
const OBJECT_PRONOUN_WORDS = new Set(['him', 'her', 'it', 'them', 'this', 'that', 'me', 'us', 'you']);
/** How far after the verb the label may start, behind its object: "called the governor's new plan a disgrace". */
const LABEL_REACH = 7;

/** "what he called", "what the mayor called": the verb at `verb` has its object in a "what" a few words before it. */
function objectCameFirst(tokens: Token[], verb: number): boolean {
  for (let j = verb - 2; j >= 0 && j >= verb - 5; j--) {
    if (!tokens[j].word) return false;
    if (tokens[j].lower === 'what') return true;
  }
  return false;
}

/**
 * Whether an object and a label follow at token `k`: "him a liar", "it unacceptable", "the plan a disgrace",
 * "the closure “painful”" — but not one noun phrase alone ("a press conference", "the police", "him on Tuesday").
 */
function namesWithPredicate(view: SentenceView, k: number, lemma: string): boolean {
  const { tokens } = view;
  const t = tokens[k];
  if (!t) return false;
  // "what he called “serious irregularities”": the object came first ("what"), the quoted label follows the verb.
  if (view.quotes.byOpen.has(t.start) && objectCameFirst(tokens, k - 1)) return true;
  // "labelled the protesters as thugs", "branded him as a traitor": "label", "brand" and "dub" may take "as" ("called
  // the meeting as planned" is no label).
  const labelAt = (j: number): boolean => view.quotes.byOpen.has(tokens[j].start) || SINGLE_QUOTE_OPENERS.has(tokens[j].text) || (tokens[j].lower === 'as' && lemma !== 'call' && tokens[j + 1]?.word === true);
  if (OBJECT_PRONOUN_WORDS.has(t.lower)) {
    const label = tokens[k + 1];
    return label !== undefined && (labelAt(k + 1) || (label.word && !PREPOSITIONS.has(label.lower) && !COORDINATING.has(label.lower) && !startsTimeExpression(tokens, k + 1)));
  }
  if (lemma !== 'call' ? bareLabelFollows(tokens, k) : adjectiveLabelFollows(tokens, k) || pluralLabelFollows(tokens, k)) return true;
  for (let j = k + 1; j < tokens.length && j - k <= LABEL_REACH; j++) {
    if (labelAt(j)) return true;
    const w = tokens[j];
    if (w.lower === 'a' || w.lower === 'an') return true;
    // "called the timing of the letter “appalling”": an "of" phrase inside the object leads on to a quoted label.
    if (w.lower === 'of' && j > k && quotedLabelClosesClause(view, j)) continue;
    if (!w.word || PREPOSITIONS.has(w.lower) || AUXILIARIES.has(w.lower) || COORDINATING.has(w.lower)) return false;
  }
  return false;
}

const COORDINATING = new Set(['and', 'or', 'but', 'to', 'that', 'as']);

/** Endings of adjectives that label: "disgusting", "outrageous", "disgraceful", "unconstitutional", "rigged". */
const LABEL_ADJECTIVE_RE = /(?:ous|ful|ing|ible|able|ive|ic|al|ent|ant|less|ish|ary|ory|ate|ed)$/;
/** Adjective-like words that end a title or a noun compound rather than label: "attorney general". */
const NOT_LABEL_ADJECTIVES = new Set(['general', 'official', 'original', 'federal', 'national', 'local', 'potential']);
/** Words of degree before a label: "called the plan deeply flawed". */
const LABEL_INTENSIFIERS = new Set(['very', 'so', 'too', 'deeply', 'totally', 'completely', 'utterly', 'fundamentally', 'absolutely', 'highly', 'wholly']);

/**
 * Whether an object and one labelling adjective closing the clause follow "called" at token `k`: "called Trump's
 * comments disgusting", "called the election rigged", "called Trump dangerous". The object is one noun after a
 * determiner or possessor, or a name; a noun compound whose first word reads as an adjective ("called the local
 * hospital") and anything but one adjective after the object ("called the police immediately", "called the election
 * results") are no label.
 */
function adjectiveLabelFollows(tokens: Token[], k: number): boolean {
  let head = k;
  if (DETERMINERS.has(tokens[head]?.lower ?? '') || /['’]s$/.test(tokens[head]?.lower ?? '')) head++;
  const first = tokens[head];
  if (!first?.word || PREPOSITIONS.has(first.lower) || (!isCapitalized(first) && LABEL_ADJECTIVE_RE.test(first.lower))) return false;
  while (isCapitalized(tokens[head]) && tokens[head + 1]?.word === true && isCapitalized(tokens[head + 1]) && head - k < 3) head++;
  let at = head + 1;
  if (LABEL_INTENSIFIERS.has(tokens[at]?.lower ?? '')) at++;
  const label = tokens[at];
  if (!label?.word || isCapitalized(label) || !LABEL_ADJECTIVE_RE.test(label.lower) || NOT_LABEL_ADJECTIVES.has(label.lower) || TIME_WORDS.has(label.lower)) return false;
  const after = tokens[at + 1];
  return after === undefined || !after.word || LABEL_ENDS.has(after.lower);
}

/** Plurals of people without "-s": "called women pigs". */
const IRREGULAR_PEOPLE = new Set(['women', 'men', 'people', 'children', 'folks']);
/** Possessives that may open a plural object: "called his opponents liars". */
const PLURAL_OWNERS = new Set(['his', 'her', 'their', 'our', 'my', 'your', 'its']);

/** Whether a lower-case word reads as a plural noun of a label: "slobs", "rapists", "women" (not "serious", "class"). */
function isPluralLabel(t: Token | undefined): boolean {
  if (!t?.word || isCapitalized(t) || TIME_WORDS.has(t.lower)) return false;
  return IRREGULAR_PEOPLE.has(t.lower) || (t.lower.length > 3 && /[^su']s$/.test(t.lower) && !/(?:ous|ics)$/.test(t.lower));
}

/**
 * Whether a plural object and a plural label closing the clause follow "called" at token `k`: "called women pigs and
 * slobs", "called Mexican immigrants rapists", "called his opponents liars" — not "called Mexican immigrants", "called
 * state officials", "called the police officers" (after an article two nouns are a compound).
 */
function pluralLabelFollows(tokens: Token[], k: number): boolean {
  const from = PLURAL_OWNERS.has(tokens[k]?.lower ?? '') ? k + 1 : k;
  for (let objectEnd = from; objectEnd <= from + 1; objectEnd++) {
    if (!isPluralLabel(tokens[objectEnd]) || (objectEnd > from && !tokens[from].word)) continue;
    let j = objectEnd + 1;
    if (!isPluralLabel(tokens[j])) continue;
    j++;
    if (tokens[j]?.lower === 'and' && isPluralLabel(tokens[j + 1])) j += 2;
    const after = tokens[j];
    if (after === undefined || !after.word || LABEL_ENDS.has(after.lower)) return true;
  }
  return false;
}

/** Words after which a bare label has ended: the clause's end, a conjunction, a reason ("for", "over", "because"). */
const LABEL_ENDS = new Set(['and', 'but', 'for', 'over', 'because', 'after', 'in', 'on', 'during', 'while', 'amid']);

/**
 * Whether an object and a bare label follow at token `k` for "label", "brand" and "dub", which hardly take an object
 * alone in news: "labeled the protesters thugs", "branded Clinton dishonest", "dubbed the deal historic". The object
 * is a determiner and a word, or one word; the label is the words after it up to the clause's end, none of them a
 * preposition, auxiliary, conjunction, time or adverb ("labeled the boxes carefully", "branded the cattle on Monday"
 * are none). ("called the election results" stays no label: "call" needs "a", a quotation or a pronoun object.)
 */
function bareLabelFollows(tokens: Token[], k: number): boolean {
  const head = DETERMINERS.has(tokens[k]?.lower ?? '') ? k + 1 : k;
  if (!tokens[head]?.word) return false;
  let j = head + 1;
  for (; j < tokens.length && j - k <= LABEL_REACH && tokens[j].word && !LABEL_ENDS.has(tokens[j].lower); j++) {
    const w = tokens[j];
    if (PREPOSITIONS.has(w.lower) || AUXILIARIES.has(w.lower) || BE_FORMS.has(w.lower) || COORDINATING.has(w.lower) || TIME_WORDS.has(w.lower) || isAdverb(w.lower, isCapitalized(w)) || /['’]s$/.test(w.lower)) return false;
  }
  return j > head + 1 && (j >= tokens.length || !tokens[j].word || LABEL_ENDS.has(tokens[j].lower));
}

/** A listener noun, singular or plural: "reporters", "broadcasters", "a council meeting". */
function isAudience(t: Token | undefined): boolean {
  return t !== undefined && t.word && (AUDIENCE_NOUNS.has(t.lower) || AUDIENCE_NOUNS.has(t.lower.replace(/s$/, '')));
}

/** Index after an audience noun at `k` and any that directly follow it ("a council meeting", "a press briefing"). */
function audienceEnd(tokens: Token[], k: number): number {
  let end = k + 1;
  while (isAudience(tokens[end]) && !isCapitalized(tokens[end])) end++;
  return end;
}

/** Index after the listener of "told": "told reporters", "told Reuters", "told a news conference"; `k` if none. */
function listenerEnd(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t || !t.word) return k;
  // "told her supervisors that": a possessive before the listener noun; "told her the plan…": "her" is the listener.
  const owned = POSSESSIVE_PRONOUNS.has(t.lower) && tokens[k + 1]?.word === true && tokens[k + 1].lower !== 'that';
  if (owned && (tokens[k + 2]?.lower === 'that' || isAudience(tokens[k + 1]))) return audienceEnd(tokens, k + 1);
  if (isAudience(t) && !isCapitalized(t)) return audienceEnd(tokens, k);
  let j = k;
  if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an' || owned) j++;
  let end = j;
  while (end < tokens.length && end - j < 5 && tokens[end].word && (isCapitalized(tokens[end]) || tokens[end].lower === 'of')) end++;
  // "told MSNBC's “Morning Joe”": a network's programme, its title quoted, is the listener too.
  if (end > j && /['’]s$/.test(tokens[end - 1].lower) && tokens[end] && isQuotationMark(tokens[end].text)) {
    for (let q = end + 1; q < tokens.length && q - end <= 6; q++) if (isQuotationMark(tokens[q].text)) return q + 1;
  }
  // "told a Senate hearing": a name may open the listener's noun phrase.
  if (end > j) return isAudience(tokens[end]) && !isCapitalized(tokens[end]) ? audienceEnd(tokens, end) : end;
  let audience = -1;
  for (let e = j; e < tokens.length && e - j < 4 && tokens[e].word; e++) {
    // "told a radio interviewer that": everything up to "that" names the listener.
    // "told associates that": a bare plural noun right before "that" is the listener too.
    if ((j > k || (e === k && !isCapitalized(tokens[e]) && /s$/.test(tokens[e].lower))) && tokens[e + 1]?.lower === 'that') return e + 1;
    if (audience < 0 && isAudience(tokens[e])) audience = e;
    // "told thousands of supporters": "of" leads on to the listener.
    if ((PREPOSITIONS.has(tokens[e].lower) && tokens[e].lower !== 'of') || VERB_FORMS.has(tokens[e].lower)) break;
  }
  return audience >= 0 ? audienceEnd(tokens, audience) : k;
}

/**
 * Whether the preposition at `k` opens a channel adjunct before the content: "insisted on Twitter that…", "commented on
 * CNN: “…”" ("apologized for the remarks" and "commented on the statement" keep their particle and object).
 */
function channelBeforeClause(view: SentenceView, k: number): boolean {
  const { tokens } = view;
  if (!MEDIUM_PREPOSITIONS.has(tokens[k].lower)) return false;
  const channel = channelEnd(tokens, k + 1, tokens.length - 1);
  const after = tokens[channel + 1];
  return channel >= 0 && after !== undefined && (after.lower === 'that' || after.text === ',' || after.text === ':' || isQuotationMark(after.text));
}

/** A quotation opens within a few words and closes its clause: "the timing of the letter “appalling.”" (not "“tapes” on Monday"). */
function quotedLabelClosesClause(view: SentenceView, k: number): boolean {
  const { tokens } = view;
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
    const q = view.quotes.byOpen.get(tokens[j].start);
    if (q === undefined) continue;
    const quote = view.quotes.quotes[q];
    if (!quote.closed) return false;
    const after = view.text.slice(quote.close, quote.close + 6).trimStart();
    // "…“appalling.”" or "…“appalling,” he said": the clause's punctuation is inside the marks or right after them.
    return /[.,!?;]$/.test(view.text.slice(quote.close - 2, quote.close - 1)) || after === '' || /^(?:[.,;!?]|and\b|but\b)/.test(after);
  }
  return false;
}

/** A quotation opens within a few words: "called the closure “painful but temporary”". */
function quoteFollows(view: SentenceView, k: number): boolean {
  for (let j = k + 1; j < view.tokens.length && j <= k + 6; j++) if (view.quotes.byOpen.has(view.tokens[j].start)) return true;
  return false;
}

function phraseCue(view: SentenceView, i: number): Cue | null {
  const { tokens } = view;
  const t = tokens[i];
  const next = tokens[i + 1] as Token | undefined;
  if (t.lower === 'according' && next?.lower === 'to') return { kind: 'according', first: i, last: i + 1, head: i, verb: null };
  if (t.lower === 'as' && next && tokens[i + 2]?.lower === 'by') {
    const entry = VERB_FORMS.get(next.lower);
    if (entry && entry.form === 'past') return { kind: 'as-by', first: i, last: i + 2, head: i + 1, verb: entry };
  }
  if (t.lower === 'citing' || (t.lower === 'quoting' && tokens[i - 1]?.text === ',')) return { kind: 'citing', first: i, last: i, head: i, verb: null };
  if (t.lower === 'per' && perSource(view, i)) return { kind: 'per', first: i, last: i, head: i, verb: null };
  const putIt = putItCue(view, i);
  if (putIt) return putIt;
  const refused = unreturnedCallCue(view, i);
  if (refused) return refused;
  const weighing = deliberationCue(view, i);
  if (weighing) return weighing;
  // "in the words of the Crown prosecutor, …".
  if (t.lower === 'in' && next?.lower === 'the' && tokens[i + 2]?.lower === 'words' && tokens[i + 3]?.lower === 'of') return { kind: 'according', first: i, last: i + 3, head: i + 2, verb: null };
  const stance = stanceAdjectiveCue(view, i);
  if (stance) return stance;
  const phrase = multiWordCue(view, i);
  if (phrase) return phrase;
  // "was quoted as saying", "was reported as saying": the subject is the speaker.
  if ((t.lower === 'quoted' || t.lower === 'cited' || t.lower === 'reported') && next?.lower === 'as' && tokens[i + 2]?.lower === 'saying') {
    return { kind: 'verb', first: auxiliaryStart(tokens, i, 0), last: i + 2, head: i + 2, verb: VERB_FORMS.get('said') ?? null };
  }
  // "was heard saying": the same, after "be" only ("I heard saying…" is no frame).
  if (t.lower === 'heard' && next?.lower === 'saying' && hasBeForm(tokens, auxiliaryStart(tokens, i, 0), i)) {
    return { kind: 'verb', first: auxiliaryStart(tokens, i, 0), last: i + 1, head: i + 1, verb: VERB_FORMS.get('said') ?? null };
  }
  return null;
}

/** Words after "per" that make it a rate or a phrase, not a source: "per cent", "per capita", "per year". */
const NOT_PER_SOURCES = new Set(['cent', 'capita', 'se', 'diem', 'annum', 'head', 'person', 'share', 'hour', 'day', 'week', 'month', 'year', 'mile', 'gallon', 'vote', 'voter', 'unit', 'minute', 'second', 'barrel', 'pound', 'household', 'game', 'student', 'usual']);
/** Heads after "per the"/"per his" that name a rule followed, not a source: "per the usual", "per his instructions". */
const PER_RULES = new Set(['usual', 'instructions', 'protocol', 'tradition', 'custom', 'policy', 'rules', 'rule', 'terms', 'agreement', 'request', 'orders', 'order', 'guidelines', 'law', 'contract', 'deal', 'plan', 'schedule']);

/**
 * "…, per the campaign", "Per a person familiar with the talks, …": "per" names a source only at the start of its
 * sentence or after a comma or dash, before a name or a determiner; "$5 per gallon", "per cent", "as per usual" do not.
 */
function perSource(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  const prev = tokens[i - 1];
  // "Her party's finance spokesman, Per Holm, claimed": a capital "Per" inside a sentence is a name.
  if (i > 0 && isCapitalized(tokens[i])) return false;
  if (!(i === 0 || prev.text === ',' || prev.text === '—' || prev.text === '–' || prev.text === '(')) return false;
  const next = tokens[i + 1];
  if (!next?.word || NOT_PER_SOURCES.has(next.lower) || /^\d/.test(next.text)) return false;
  // "per the usual", "per his instructions" follow a rule, not a source.
  const head = DETERMINERS.has(next.lower) || hasPossessor(next) ? tokens[i + 2] : next;
  return head !== undefined && head.word && !PER_RULES.has(head.lower) && (isCapitalized(next) || DETERMINERS.has(next.lower) || hasPossessor(next));
}

const SPEECH_PUT: VerbEntry = { verb: { lemma: 'put', group: 'speech', need: 'object' }, form: 'past' };

/**
 * "As one official put it, …", "Smith put it bluntly: “…”": "put it" reports the words that follow a colon or a
 * quotation, or the clause an "as" frame stands before; "put it on the table" does not.
 */
function putItCue(view: SentenceView, i: number): Cue | null {
  const { tokens } = view;
  if (!(tokens[i].lower === 'put' || tokens[i].lower === 'puts') || tokens[i + 1]?.lower !== 'it') return null;
  let k = i + 2;
  // "As Clinton put it Tuesday, …": a time may close the frame too.
  while (k < tokens.length && k - i <= 4 && (isAdverb(tokens[k].lower, isCapitalized(tokens[k])) || TIME_WORDS.has(tokens[k].lower) || tokens[k].lower === 'this' || tokens[k].lower === 'way')) k++;
  const after = tokens[k];
  const introduces = after !== undefined && (after.text === ':' || view.quotes.byOpen.has(after.start));
  let asFrame = false;
  for (let j = i - 1; j >= 0 && i - j <= 6 && tokens[j].word; j--) if (tokens[j].lower === 'as') asFrame = true;
  if (!introduces && !(asFrame && (after?.text === ',' || after?.text === '.'))) return null;
  return { kind: 'verb', first: auxiliaryStart(tokens, i, 0), last: i + 1, head: i, verb: SPEECH_PUT };
}

const UNRETURNED: VerbEntry = { verb: { lemma: 'return', group: 'refusal', need: 'object' }, form: 'base' };
/** What a source leaves unanswered when it "did not return" it: "calls seeking comment", "a message left Tuesday". */
const UNANSWERED_MESSAGES = new Set(['call', 'calls', 'message', 'messages', 'email', 'emails', 'request', 'requests', 'phone', 'repeated', 'multiple', 'several', 'requests', 'inquiries', 'inquiry', 'voicemail', 'voicemails']);

/** "did not return calls seeking comment", "has not returned messages": a refusal to answer. */
function unreturnedCallCue(view: SentenceView, i: number): Cue | null {
  const { tokens } = view;
  const t = tokens[i];
  if (t.lower !== 'return' && t.lower !== 'returned') return null;
  const first = auxiliaryStart(tokens, i, 0);
  const negated = tokens.slice(first, i).some((a) => a.lower === 'not' || a.lower === 'never' || /n['’]t$/.test(a.lower));
  let k = i + 1;
  while (k < tokens.length && k - i <= 3 && (DETERMINERS.has(tokens[k].lower) || hasPossessor(tokens[k]) || isAdverb(tokens[k].lower, false))) k++;
  return negated && UNANSWERED_MESSAGES.has(tokens[k]?.lower ?? '') ? { kind: 'verb', first, last: i, head: i, verb: UNRETURNED } : null;
}

const DELIBERATING: VerbEntry = { verb: { lemma: 'consider', group: 'stance', need: 'object' }, form: 'ing' };
/** Progressive verbs of deliberating over a plan: "is weighing a run", "are considering whether to…". */
export const DELIBERATION_VERBS: ReadonlySet<string> = new Set(['considering', 'weighing', 'mulling', 'contemplating', 'eyeing']);

/**
 * "The campaign is considering a new ad buy", "Trump is weighing whether to…": a plan under deliberation, an
 * intention; only in the progressive after "be" with a person's or body's plan after it, not "considering the case".
 */
function deliberationCue(view: SentenceView, i: number): Cue | null {
  const { tokens } = view;
  if (!DELIBERATION_VERBS.has(tokens[i].lower)) return null;
  const first = auxiliaryStart(tokens, i, 0);
  if (first === i || !hasBeForm(tokens, first, i)) return null;
  const next = tokens[i + 1];
  // "is considering a run", "is weighing whether to", "is mulling over a bid", "is considering running".
  const plan = next !== undefined && (next.lower === 'whether' || next.lower === 'a' || next.lower === 'an' || /ing$/.test(next.lower) || next.lower === 'over' || next.lower === 'legal' || next.lower === 'options');
  return plan ? { kind: 'verb', first, last: next.lower === 'over' ? i + 1 : i, head: i, verb: DELIBERATING } : null;
}

/** "were critical of", "is extremely critical of", "am sure that", "is opposed to": a stance adjective after "be". */
function stanceAdjectiveCue(view: SentenceView, i: number): Cue | null {
  const { tokens } = view;
  const adjective = STANCE_ADJECTIVES.get(tokens[i].lower);
  if (!adjective) return null;
  let j = i - 1;
  while (j > 0 && isAdverb(tokens[j].lower, isCapitalized(tokens[j]))) j--;
  const be = tokens[j];
  // "Trump remains adamant that…", "Aides grew worried that…": a linking verb does what "be" does.
  const linking = be !== undefined && LINKING_VERBS.has(be.lower);
  if (!be || !(BE_FORMS.has(be.lower) || /['’](m|re|s)$/.test(be.lower) || linking)) return null;
  const particle = adjective.particles.includes(tokens[i + 1]?.lower ?? '');
  // "is committed to passing the bill" commits to an act; "was committed to a hospital" is a passive.
  if (tokens[i].lower === 'committed' && !/ing$/.test(tokens[i + 2]?.lower ?? '')) return null;
  // "Voters are skeptical that Trump can win": a judging adjective before a that-clause holds a belief.
  if (adjective.group === 'judgement' && tokens[i + 1]?.lower === 'that') {
    return { kind: 'verb', first: auxiliaryStart(tokens, linking ? j : i, 0), last: i, head: i, verb: { verb: { lemma: tokens[i].lower, group: 'cognition', need: 'clause' }, form: 'base' } };
  }
  // "is determined to win": a stance adjective without particles states an intention with its to-infinitive.
  const infinitive = adjective.group === 'stance' && adjective.particles.length === 0;
  if (infinitive && !isInfinitiveAt(tokens, i + 1)) return null;
  // "I am skeptical." judges nothing in the text; a belief ("…, I am sure") may have its content before it.
  if (!particle && !infinitive && adjective.group !== 'cognition') return null;
  const verb: VerbEntry = { verb: { lemma: tokens[i].lower, group: adjective.group, need: particle ? 'object' : infinitive ? 'infinitive' : 'clause' }, form: 'base' };
  const first = linking ? auxiliaryStart(tokens, j, 0) : BE_FORMS.has(be.lower) ? auxiliaryStart(tokens, i, 0) : i;
  return { kind: 'verb', first, last: particle ? i + 1 : i, head: i, verb };
}

/** Multi-word cues: a light verb and a noun that together report ("expressed an interest in", "issued a statement"). */
const MULTI_WORD_CUES: readonly { verbs: ReadonlySet<string>; words: readonly string[]; group: CueGroup; need: 'object' | 'clause'; lemma?: string }[] = [
  { verbs: new Set(['expressed', 'expresses', 'express', 'expressing']), words: ['interest', 'in'], group: 'stance', need: 'object' },
  { verbs: new Set(['expressed', 'expresses', 'express', 'expressing', 'voiced', 'voices', 'voice']), words: ['support', 'for'], group: 'stance', need: 'object' },
  { verbs: new Set(['threw', 'throw', 'throws', 'throwing', 'thrown']), words: ['support', 'behind'], group: 'stance', need: 'object' },
  { verbs: new Set(['came', 'come', 'comes', 'coming']), words: ['out', 'against'], group: 'stance', need: 'object' },
  { verbs: new Set(['came', 'come', 'comes', 'coming']), words: ['out', 'in', 'favor', 'of'], group: 'stance', need: 'object' },
  { verbs: new Set(['came', 'come', 'comes', 'coming']), words: ['out', 'in', 'favour', 'of'], group: 'stance', need: 'object' },
  { verbs: TAKE_FORMS, words: ['aim', 'at'], group: 'judgement', need: 'object' },
  { verbs: TAKE_FORMS, words: ['issue', 'with'], group: 'judgement', need: 'object' },
  { verbs: new Set(['lashed', 'lash', 'lashes', 'lashing']), words: ['out', 'at'], group: 'judgement', need: 'object' },
  { verbs: new Set(['spoke', 'speak', 'speaks', 'speaking', 'spoken']), words: ['out', 'against'], group: 'judgement', need: 'object' },
  { verbs: new Set(['made', 'make', 'makes', 'making']), words: ['clear'], group: 'speech', need: 'clause' },
  // Retorts (PolNeAR): "“Look it up,” Trump shot back.", "fired back that…" ("pushing back against Democrats" opposes).
  { verbs: new Set(['shot', 'shoot', 'shoots', 'shooting', 'fired', 'fire', 'fires', 'firing']), words: ['back'], group: 'speech', need: 'clause', lemma: 'retort' },
  { verbs: new Set(['made', 'make', 'makes', 'making']), words: ['case'], group: 'speech', need: 'clause' },
  { verbs: new Set(['expressed', 'expresses', 'express', 'expressing', 'voiced']), words: ['confidence'], group: 'cognition', need: 'clause' },
  { verbs: new Set(['expressed', 'expresses', 'express', 'expressing', 'voiced']), words: ['optimism'], group: 'cognition', need: 'clause' },
  { verbs: new Set(['expressed', 'expresses', 'express', 'expressing', 'voiced']), words: ['skepticism'], group: 'cognition', need: 'object' },
  { verbs: new Set(['expressed', 'expresses', 'express', 'expressing', 'voiced']), words: ['doubts'], group: 'cognition', need: 'object' },
  { verbs: new Set(['has', 'have', 'had']), words: ['no', 'doubt'], group: 'cognition', need: 'clause' },
  { verbs: new Set(['made', 'make', 'makes', 'making']), words: ['it', 'clear'], group: 'speech', need: 'clause' },
  { verbs: new Set(['expressed', 'expresses', 'express', 'expressing']), words: ['opposition', 'to'], group: 'stance', need: 'object' },
  { verbs: new Set(['expressed', 'expresses', 'express', 'expressing', 'voiced', 'raised']), words: ['concern'], group: 'cognition', need: 'clause' },
  { verbs: new Set(['expressed', 'expresses', 'express', 'expressing', 'voiced', 'raised']), words: ['concerns'], group: 'cognition', need: 'clause' },
  { verbs: new Set(['expressed', 'expresses', 'express', 'expressing']), words: ['hope'], group: 'cognition', need: 'clause' },
  { verbs: new Set(['issued', 'issues', 'issue', 'released', 'put']), words: ['statement'], group: 'speech', need: 'clause' },
  { verbs: new Set(['came', 'come', 'comes']), words: ['to', 'the', 'conclusion'], group: 'cognition', need: 'clause' },
  { verbs: new Set(['reached', 'reach', 'reaches']), words: ['conclusion'], group: 'cognition', need: 'clause' },
  { verbs: new Set(['went', 'goes', 'go']), words: ['on', 'to', 'say'], group: 'speech', need: 'object' },
  { verbs: TAKE_FORMS, words: ['note', 'of'], group: 'speech', need: 'object' },
  // "Kaine is in favor of a higher minimum wage"; "Trump has floated the idea of a registry".
  { verbs: new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remains', 'remained']), words: ['in', 'favor', 'of'], group: 'stance', need: 'object' },
  { verbs: new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remains', 'remained']), words: ['in', 'favour', 'of'], group: 'stance', need: 'object' },
  { verbs: new Set(['floated', 'float', 'floats', 'floating']), words: ['idea', 'of'], group: 'speech', need: 'object' },
];

/** Determiners that may stand between the light verb and its noun: "expressed an interest in", "issued a statement". */
const LIGHT_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'strong', 'deep', 'grave', 'convincing']);

/** The multi-word cues by their light verb, so that most words cost one lookup. */
const MULTI_WORD_CUES_BY_VERB: ReadonlyMap<string, (typeof MULTI_WORD_CUES)[number][]> = (() => {
  const byVerb = new Map<string, (typeof MULTI_WORD_CUES)[number][]>();
  for (const phrase of MULTI_WORD_CUES) for (const verb of phrase.verbs) byVerb.set(verb, [...(byVerb.get(verb) ?? []), phrase]);
  return byVerb;
})();

function multiWordCue(view: SentenceView, i: number): Cue | null {
  const { tokens } = view;
  const phrases = MULTI_WORD_CUES_BY_VERB.get(tokens[i].lower);
  if (!phrases) return null;
  for (const phrase of phrases) {
    let k = i + 1;
    while (k < tokens.length && k - i <= 2 && LIGHT_DETERMINERS.has(tokens[k].lower)) k++;
    if (!phrase.words.every((w, n) => tokens[k + n]?.lower === w)) continue;
    let last = k + phrase.words.length - 1;
    // "expressed concern about the hacking", "raised concerns over the cost": the noun's preposition joins the cue and
    // its object is the content, as for the noun alone ("concerns about").
    const object = PREPOSITION_NOUNS.get(tokens[last].lower)?.includes(tokens[last + 1]?.lower ?? '') === true && tokens[last + 2]?.word === true;
    if (object) {
      const verb: VerbEntry = { verb: { lemma: tokens[last].lower, group: phrase.group, need: 'object' }, form: 'past' };
      return { kind: 'verb', first: auxiliaryStart(tokens, i, 0), last: last + 1, head: i, verb };
    }
    // "issued a statement saying that…": the participle joins the cue.
    if (phrase.group === 'speech' && /^(?:saying|stating|reading)$/.test(tokens[last + 1]?.lower ?? '')) last++;
    // "shot back" reads as the verb it means ("retort"), not as its particle ("back", a stance).
    const verb: VerbEntry = { verb: { lemma: phrase.lemma ?? tokens[k].lower, group: phrase.group, need: phrase.need }, form: 'past' };
    return { kind: 'verb', first: auxiliaryStart(tokens, i, 0), last, head: i, verb };
  }
  return null;
}

/** Words besides verb forms and attribution nouns that can start a cue, for the cheap first pass. */
/** Judgements a subject draws from someone, with the verb whose passive they are: "drew criticism from" ≈ "was criticized by". */
export const DRAWN_JUDGEMENTS: ReadonlyMap<string, string> = new Map([
  ['criticism', 'criticize'], ['praise', 'praise'], ['condemnation', 'condemn'], ['rebuke', 'rebuke'], ['rebukes', 'rebuke'],
  ['scorn', 'criticize'], ['ridicule', 'ridicule'], ['fire', 'criticize'], ['applause', 'praise'], ['rebuttal', 'criticize'],
]);
export const DRAW_FORMS: ReadonlySet<string> = new Set(['drew', 'draw', 'draws', 'drawn', 'drawing']);
/** Most words between "drew" and the judgement: "drew swift and bipartisan criticism". */
const DRAWN_REACH = 4;

/**
 * "The remarks drew criticism from both parties", "has drawn praise from conservatives": a judgement drawn from its
 * makers reads as the passive of its verb, the makers after "from" its source and the subject (or the reason after
 * "for") its content.
 */
function drawnJudgementCue(view: SentenceView, i: number): Cue | null {
  const { tokens } = view;
  if (!DRAW_FORMS.has(tokens[i].lower)) return null;
  let k = i + 1;
  while (k < tokens.length && k - i <= DRAWN_REACH && tokens[k].word && !DRAWN_JUDGEMENTS.has(tokens[k].lower) && !isCapitalized(tokens[k]) && !PREPOSITIONS.has(tokens[k].lower)) k++;
  const lemma = DRAWN_JUDGEMENTS.get(tokens[k]?.lower ?? '');
  if (!lemma || tokens[k + 1]?.lower !== 'from' || !tokens[k + 2]?.word) return null;
  // "drew fire from the ridge" is gunfire: fire drawn from people, a name or a plural ("from critics"), is words.
  const maker = DETERMINERS.has(tokens[k + 2].lower) ? tokens[k + 3] : tokens[k + 2];
  if (tokens[k].lower === 'fire' && !(maker?.word && (isCapitalized(maker) || /[^s]s$/.test(maker.lower)))) return null;
  return { kind: 'passive', first: auxiliaryStart(tokens, i, 0), last: k + 1, head: k, verb: { verb: { lemma, group: 'judgement', need: 'object' }, form: 'past' } };
}

export const CUE_TRIGGER_WORDS: readonly string[] = [
  'quoting', 'according', 'According', 'citing', 'Citing', 'quoted', 'cited',
];

/** The light verbs and words of the multi-word cues, for the first pass to look for as phrases. */
export const MULTI_WORD_PHRASES: readonly { verbs: readonly string[]; words: readonly string[] }[] = MULTI_WORD_CUES.map((c) => ({ verbs: [...c.verbs], words: c.words }));

/** Whether the owner ending at token `k` ("the Church of Scientology's", "His") starts the sentence. */
function opensSentence(tokens: Token[], k: number): boolean {
  let j = k;
  while (j > 0 && tokens[j - 1].word && (isCapitalized(tokens[j - 1]) || DETERMINERS.has(tokens[j - 1].lower) || tokens[j - 1].lower === 'of')) j--;
  return j === 0 || isQuotationMark(tokens[j - 1].text);
}

function nounCue(view: SentenceView, i: number): Cue | null {
  const { tokens } = view;
  // "By his own account, …", "In Trump's own words, …": "own" joins the cue, its owner before it.
  if (OPINION_NOUNS.has(tokens[i].lower) && tokens[i - 1]?.lower === 'own' && hasPossessor(tokens[i - 2]) && tokens[i + 1]?.text === ',' && opensOpinionPhrase(tokens, i - 2, tokens[i].lower)) {
    return { kind: 'noun', first: i - 1, last: i, head: i, verb: null };
  }
  // Without an owner ("amid claims that…", "calls for the mayor to resign") the claim has source null.
  if (!hasPossessor(tokens[i - 1])) return ownerlessOrFarCue(tokens, i);
  const noun = tokens[i].lower;
  const cue: Cue = { kind: 'noun', first: i, last: i, head: i, verb: null };
  const attributing = ATTRIBUTION_NOUNS.has(noun) || VIEW_NOUNS.has(noun);
  if (attributing && tokens[i + 1]?.lower === 'that') return cue;
  // "Trump's position is that…", "His argument was that…": the view is stated after a copula.
  if (attributing && BE_FORMS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'that') return cue;
  // "renewed his calls for a $15 minimum wage": a request owned by its maker, "for" in the cue.
  // As the sentence's subject ("Trump's call for a ban drew criticism") the object runs into the predicate.
  if (REQUEST_FOR_NOUNS.has(noun) && tokens[i + 1]?.lower === 'for' && tokens[i + 2]?.word === true && !opensSentence(tokens, i - 1)) return { ...cue, last: i + 1 };
  // "the Church's requests to take down the video", "Its goal is to decrease…".
  // As the sentence's subject ("His plan to cut taxes failed") the infinitive runs into the predicate: only "is to".
  const copula = BE_FORMS.has(tokens[i + 1]?.lower ?? '');
  if (INFINITIVE_NOUNS.has(noun) && isInfinitiveAt(tokens, copula ? i + 2 : i + 1) && (copula || !opensSentence(tokens, i - 1))) return cue;
  // "In my opinion, people should be hesitant…", "In Smith's words, …", "In the senator's view, …".
  if (OPINION_NOUNS.has(noun) && tokens[i + 1]?.text === ',' && opensOpinionPhrase(tokens, i - 1, noun)) return cue;
  return ownerlessOrFarCue(tokens, i);
}

/** A nominal cue the owned rules above leave: without an owner, or with one behind adjectives ("his urgent calls for"). */
function ownerlessOrFarCue(tokens: Token[], i: number): Cue | null {
  const nominal = NOMINAL_CUE_NOUNS.has(tokens[i].lower) ? nominalCue(tokens, i) : null;
  return nominal ? { kind: 'nominal', first: nominal.first, last: nominal.last, head: i, verb: null, owner: nominal.owner, agent: nominal.agent, complement: nominal.complement } : null;
}

/**
 * Whether the owner ending at `k` follows an "In" (for an account also a "By") that opens the sentence: "In my", "In
 * Smith's", "In the senator's", "In Gov. Jane Doe's", "By Trump's account" ("what a scientist has in his mind, they…"
 * is no frame).
 */
function opensOpinionPhrase(tokens: Token[], k: number, noun: string): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 5; j--) {
    // "By Trump's account, …": an account is given by its owner.
    if (tokens[j].lower === 'in' || (tokens[j].lower === 'by' && noun === 'account')) return j === 0 || isQuotationMark(tokens[j - 1].text);
    if (!tokens[j].word || !(isCapitalized(tokens[j]) || DETERMINERS.has(tokens[j].lower) || tokens[j].text.endsWith('.'))) return false;
  }
  return false;
}

const PHRASE_ONLY_STARTERS = new Set(['as', 'in', 'according', 'per']);

/** Every word a cue can start with. */
const CUE_STARTERS: ReadonlySet<string> = new Set([
  ...VERB_FORMS.keys(), ...ATTRIBUTION_NOUNS, ...VIEW_NOUNS, ...INFINITIVE_NOUNS, ...OPINION_NOUNS, ...STANCE_ADJECTIVES.keys(), ...MULTI_WORD_CUES_BY_VERB.keys(),
  'according', 'as', 'citing', 'quoting', 'quoted', 'cited', 'in', 'per', 'put', 'puts', 'return', 'returned', ...DELIBERATION_VERBS,
  ...REQUEST_FOR_NOUNS, ...NOMINAL_CUE_NOUNS, ...PASSIVE_ONLY_PARTICIPLES.keys(), ...DRAW_FORMS,
]);

/** Every cue of the sentence outside quotation marks, in text order, none overlapping. */
export function findCues(view: SentenceView): Cue[] {
  const cues: Cue[] = [];
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Most words start no cue: one lookup rules them out.
    if (!t.word || !CUE_STARTERS.has(t.lower)) continue;
    let cue = phraseCue(view, i);
    // "as" and "in" start only phrases ("as reported by", "in the words of").
    if (!cue && PHRASE_ONLY_STARTERS.has(t.lower)) continue;
    if (!cue) {
      const entry = VERB_FORMS.get(t.lower);
      cue = askedAside(view, i) ?? drawnJudgementCue(view, i);
      if (!cue && entry) cue = verbCue(view, i, entry);
      else {
        const passiveOnly = PASSIVE_ONLY_PARTICIPLES.get(t.lower);
        if (passiveOnly) cue = agentlessCue(view, i, passiveOnly, auxiliaryStart(tokens, i, 0));
      }
    }
    if (!cue) cue = nounCue(view, i);
    if (!cue) continue;
    const previous = cues[cues.length - 1];
    if (previous && cue.first <= previous.last) continue;
    cues.push(cue);
    i = cue.last;
  }
  return cues;
}

/** Things with words on them that "read" what they say ("The sign read “…”"); people who read quote no one. */
const WRITTEN_THINGS = new Set([
  'letter', 'letters', 'sign', 'signs', 'banner', 'banners', 'statement', 'message', 'note', 'headline', 'caption', 'tweet',
  'post', 'email', 'memo', 'placard', 'placards', 'poster', 'posters', 'shirt', 'shirts', 't-shirt', 't-shirts', 'text',
  'label', 'inscription', 'plaque', 'card', 'slogan', 'ad', 'advertisement', 'billboard', 'release', 'order', 'document',
  'report', 'ruling', 'complaint', 'indictment', 'filing', 'motion', 'line', 'subject', 'sticker', 'stickers', 'page',
  'website', 'notice', 'warning', 'citation', 'verdict', 'resolution', 'petition', 'announcement', 'invitation', 'flyer',
]);

/**
 * Whether the words a verb quotes start at token `k`: an opening quotation mark, maybe behind a colon or a comma,
 * and behind "in part" set off by commas ("reads, in part, “…”").
 */
function quotedWordsAt(view: SentenceView, k: number): boolean {
  const { tokens } = view;
  let j = k;
  if (tokens[j]?.text === ',' || tokens[j]?.text === ':') j++;
  if (tokens[j]?.lower === 'in' && tokens[j + 1]?.lower === 'part' && (tokens[j + 2]?.text === ',' || tokens[j + 2]?.text === ':')) j += 3;
  const t = tokens[j];
  return t !== undefined && isQuotationMark(t.text) && view.quotes.byOpen.has(t.start);
}
