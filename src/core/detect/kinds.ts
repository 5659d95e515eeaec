// Classifies an attribution into one of the seven claim kinds by what its cue does (docs/annotation-guidelines.md).
import type { ClaimKind } from './types';
import type { Token } from './tokens';
import { EVIDENCE_NOUNS, type CueGroup } from './lexicon';

/** The kind each group of cues attributes; a few lemmas and complements refine it (see kindOf). */
const GROUP_KINDS: Readonly<Record<CueGroup, ClaimKind>> = {
  speech: 'statement',
  assertion: 'statement',
  accusation: 'statement',
  judgement: 'characterization',
  request: 'request',
  stance: 'intention',
  refusal: 'refusal',
  cognition: 'belief',
  evidential: 'evidence',
};

/** Cognition verbs that are evidence whoever their source: "investigators found that", "determined that". */
const EVIDENCE_LEMMAS = new Set(['find', 'determine']);
/** Cognition verbs that state an intention with a to-infinitive: "hopes to run", "agreed to pay". */
const INTENDING_WITH_INFINITIVE = new Set(['hope', 'agree']);
/** Particles that make a judgement verb a request: "called for an inquiry", "called on voters to". */
const REQUEST_PARTICLES = new Set(['for', 'on', 'upon']);

/** Evidential verbs that are statements when a person is their source: "he suggested", "she revealed". */
export const PERSONAL_EVIDENTIALS = new Set(['suggest', 'reveal', 'signal', 'hint', 'indicate', 'imply']);
/** Verbs of asking that make a request of a question: "questioned whether", "wondered if". */
const QUESTIONING = new Set(['question', 'wonder']);
/** Verbs that label what they reject with "as": "dismissed the report as fake news" is a characterization. */
const LABELLING_WITH_AS = new Set(['dismiss', 'reject', 'tout']);
/** Verbs of saying that give an order with a to-infinitive: "told supporters to vote early" ("warned … not to" stays a statement). */
const DIRECTING_WITH_INFINITIVE = new Set(['tell']);

/** Attribution nouns and the kind of claim they carry ("his belief that", "the study's finding that"). */
const NOUN_KINDS: ReadonlyMap<string, ClaimKind> = new Map<string, ClaimKind>([
  ...['belief', 'beliefs', 'fear', 'fears', 'conclusion', 'estimate', 'estimates', 'speculation', 'hope', 'hopes', 'view',
    'expectation', 'expectations', 'suspicion', 'suspicions', 'doubt', 'doubts', 'concern', 'concerns', 'worry', 'worries',
    'assumption', 'opinion', 'sense', 'feeling', 'prediction', 'predictions', 'impression', 'understanding', 'theory',
    'estimation', 'judgment', 'judgement', 'mind'].map((n): [string, ClaimKind] => [n, 'belief']),
  ...['finding', 'findings', 'evidence', 'indication', 'indications', 'data', 'figures', 'poll', 'polls', 'survey',
    'study', 'records', 'documents', 'results'].map((n): [string, ClaimKind] => [n, 'evidence']),
  ...['accusation', 'accusations', 'criticism', 'charge', 'charges', 'praise', 'condemnation'].map((n): [string, ClaimKind] => [n, 'characterization']),
  ...['request', 'requests', 'call', 'calls', 'demand', 'demands', 'appeal', 'appeals', 'plea', 'pleas', 'push', 'question', 'questions', 'recommendation', 'invitation'].map(
    (n): [string, ClaimKind] => [n, 'request']),
  ...['pledge', 'pledges', 'promise', 'promises', 'vow', 'vows', 'plan', 'plans', 'intention', 'commitment', 'threat',
    'threats', 'bid', 'offer', 'proposal', 'support', 'opposition', 'decision', 'goal', 'goals', 'aim', 'aims', 'mission',
    'ambition', 'intentions', 'wish', 'desire', 'endorsement', 'endorsements'].map((n): [string, ClaimKind] => [n, 'intention']),
]);

/** Verbs of giving information that, refused or held back, make a refusal: "would not say", "declined to comment". */
const WITHHELD_VERBS = new Set([
  'say', 'comment', 'disclose', 'confirm', 'elaborate', 'discuss', 'reveal', 'answer', 'specify', 'identify',
  'respond', 'detail', 'speculate', 'name', 'provide', 'release', 'give', 'return', 'explain', 'divulge', 'address',
  'commit', 'reply', 'interview',
]);
const REFUSING = new Set(['declined', 'refused', 'declines', 'refuses', 'decline', 'refuse', 'declining', 'refusing']);
const WITHHOLDING_MODALS = new Set(['would', 'will', 'could', 'can', 'wouldn’t', "wouldn't", 'won’t', "won't", 'couldn’t', "couldn't", 'can’t', "can't", 'cannot']);
/** Verbs whose plain negation ("did not respond", "has not commented") is a refusal, unlike "did not say". */
export const ANSWERING_LEMMAS: ReadonlySet<string> = new Set(['respond', 'comment', 'return', 'commit', 'reply', 'answer']);
/** Words that negate a subject: "Neither campaign responded", "No one at the embassy commented". */
const NEGATING_SUBJECTS = new Set(['neither', 'no', 'none', 'nobody']);

/**
 * An answer withheld by a negated subject: "Neither campaign responded to requests for comment", "None of the
 * officials returned calls" — the negation sits in the source, not in the cue.
 */
export function isRefusedByNegatedSubject(sourceWords: readonly Token[], lemma: string | null): boolean {
  return lemma !== null && ANSWERING_LEMMAS.has(lemma) && sourceWords.length > 0 && NEGATING_SUBJECTS.has(sourceWords[0].lower);
}
const DO_HAVE = new Set(['did', 'does', 'do', 'has', 'have', 'had', "didn't", 'didn’t', "hasn't", 'hasn’t', "haven't", 'haven’t']);
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);

/** Whether a source names documents or data rather than a person: "the study", "Polls", "records released Tuesday". */
export function namesEvidenceWords(words: readonly Token[]): boolean {
  return words.some((t) => EVIDENCE_NOUNS.has(t.lower));
}

/**
 * Whether the cue's words withhold information: "declined to comment", "refused to say", "would not say",
 * "won't disclose". `lemma` is the reporting verb's lemma, `cueWords` the cue's tokens.
 */
export function isRefusal(cueWords: readonly Token[], lemma: string | null): boolean {
  // A refusal takes more than one word: "declined to say", "would not comment"; a bare "declined" is its own verb.
  if (cueWords.length === 1) return REFUSING.has(cueWords[0].lower);
  const answering = lemma !== null && ANSWERING_LEMMAS.has(lemma);
  let withModal = false;
  let negated = false;
  for (const t of cueWords) {
    if (REFUSING.has(t.lower)) return true;
    // "did not respond to requests for comment", "has not commented": a plain negated answer withholds too.
    withModal = withModal || WITHHOLDING_MODALS.has(t.lower) || (answering && DO_HAVE.has(t.lower));
    negated = negated || NEGATIONS.has(t.lower) || t.lower === 'cannot' || t.lower.endsWith("n't") || t.lower.endsWith('n’t');
  }
  return lemma !== null && WITHHELD_VERBS.has(lemma) && withModal && negated;
}

/** What a cue tells of its kind, with the source and the start of the content. */
export interface KindEvidence {
  /** Lemma and group of the reporting verb, when the cue is one. */
  lemma: string | null;
  group: CueGroup | null;
  /** An attribution noun that is the cue ("her claim that"). */
  noun: string | null;
  cueWords: readonly Token[];
  sourceWords: readonly Token[];
  /** The content is a to-infinitive ("to run again"), possibly after an addressee ("supporters to vote"). */
  infinitive: boolean;
  /** The first word of the content, lower case ("whether", "to"), or null. */
  contentFirst: string | null;
  /** The verb of a to-infinitive content as its lemma would read ("resign" in "to resign"), or null. */
  infinitiveVerb: string | null;
  /** The content is a clause (a that-clause, a bare clause or a quotation), not a noun phrase. */
  clausal: boolean;
  /** An "as" label follows the object within a few words: "the report as fake news". */
  labelled: boolean;
}

/** The kind of a claim from its cue (and, for evidential verbs, its source). */
export function kindOf(e: KindEvidence): ClaimKind {
  // "refused to resign" refuses to act, an intention; "refused to release his tax returns" withholds information.
  // "has so far refused | to endorse Trump": the cue ends at the refusing verb, whatever stands before it.
  const refusingLast = REFUSING.has(e.cueWords[e.cueWords.length - 1]?.lower ?? '');
  if (e.group === 'refusal' && refusingLast && e.infinitiveVerb !== null && !WITHHELD_VERBS.has(e.infinitiveVerb)) return 'intention';
  if (isRefusal(e.cueWords, e.lemma) || isRefusedByNegatedSubject(e.sourceWords, e.lemma)) return 'refusal';
  // "his refusal to release his tax returns" withholds information; "her refusal to resign" is an intention.
  if (e.noun === 'refusal') return e.infinitiveVerb !== null && WITHHELD_VERBS.has(e.infinitiveVerb) ? 'refusal' : 'intention';
  if (e.noun !== null) return NOUN_KINDS.get(e.noun) ?? 'statement';
  if (e.lemma === null || e.group === null) return 'statement';
  if (PERSONAL_EVIDENTIALS.has(e.lemma)) {
    const fromEvidence = e.sourceWords.length === 0 || namesEvidenceWords(e.sourceWords);
    return fromEvidence ? 'evidence' : 'statement';
  }
  if (EVIDENCE_LEMMAS.has(e.lemma)) return 'evidence';
  if (INTENDING_WITH_INFINITIVE.has(e.lemma) && e.contentFirst === 'to') return 'intention';
  // "agreed that" and "protested that" report speech; "agreed to pay", "are protesting against" are stances.
  if ((e.lemma === 'agree' || e.lemma === 'protest') && e.clausal && e.contentFirst !== 'to') return 'statement';
  if (QUESTIONING.has(e.lemma) && (e.contentFirst === 'whether' || e.contentFirst === 'if')) return 'request';
  if (LABELLING_WITH_AS.has(e.lemma) && e.labelled) return 'characterization';
  if (DIRECTING_WITH_INFINITIVE.has(e.lemma) && e.infinitive) return 'request';
  const last = e.cueWords[e.cueWords.length - 1];
  if (e.group === 'judgement' && last && REQUEST_PARTICLES.has(last.lower)) return 'request';
  // "believes in free trade" is a stance, like "supports free trade".
  if (e.lemma === 'believe' && last?.lower === 'in') return 'intention';
  return GROUP_KINDS[e.group];
}
