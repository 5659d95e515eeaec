// Nominal cues owned or not ("news that…", "calls for…", "questions about…") and the end of a content inside a subject.
import { AUXILIARIES, BE_FORMS, COORDINATORS, DETERMINERS, MODALS, PREPOSITIONS, VERB_FORMS, hasPossessor, isAdverb } from './lexicon';
import { isInfinitiveAt, type ContentSpan } from './content';
import { isQuotationMark, tokenIndexAt, type SentenceView } from './sentence';
import { isCapitalized, type Token } from './tokens';

/**
 * Attribution nouns that carry a claim in a that-clause, with or without an owner: "news that the plant would close",
 * "amid reports that…", "the claim that the election was rigged" (PARC 3.0 and PolNeAR annotate them; without an
 * owner the source is null).
 */
export const THAT_CLAUSE_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges',
  'report', 'reports', 'news', 'word', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'suggestion', 'suggestions',
  'warning', 'warnings', 'promise', 'promises', 'pledge', 'pledges', 'concern', 'concerns', 'fear', 'fears', 'hope', 'hopes',
  'belief', 'beliefs', 'argument', 'arguments', 'insistence', 'admission', 'acknowledgment', 'acknowledgement', 'assurance',
  'assurances', 'denial', 'denials', 'contention', 'prediction', 'predictions', 'expectation', 'expectations', 'suspicion',
  'suspicions', 'view', 'statement', 'statements', 'announcement', 'testimony', 'complaint', 'complaints', 'confirmation',
]);

/**
 * Nouns of a request, a question or a worry with the preposition that introduces what is asked or feared: "calls
 * for the mayor to resign", "questions about his taxes", "concerns over the cost". The preposition joins the cue.
 */
export const PREPOSITION_NOUNS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['call', 'calls', 'demand', 'demands', 'request', 'requests', 'appeal', 'appeals', 'plea', 'pleas'].map((n): [string, string[]] => [n, ['for']]),
  ...['question', 'questions', 'concern', 'concerns'].map((n): [string, string[]] => [n, ['about', 'over']]),
  // Stances and judgements, only with an owner or a light verb ("his criticism of", "expressed support for"): without
  // one, "support for the bill grew" is a fact about many people, not a claim anyone in the text makes.
  ['criticism', ['of']], ['condemnation', ['of']], ['praise', ['for']], ['support', ['for']], ['opposition', ['to']],
  ['endorsement', ['of']], ['endorsements', ['of']],
]);

/** Nouns of a stance or judgement that are claims only when someone owns them. */
const OWNED_ONLY_NOUNS = new Set(['criticism', 'condemnation', 'praise', 'support', 'opposition', 'endorsement', 'endorsements']);

/**
 * Nouns of a request or a commitment with a to-infinitive: "demands to release the files", "a pledge to cut taxes"
 * ("plan", "decision", "threat" and "call" are left out: "plans for the stadium" and "a threat to democracy" attribute
 * nothing, and "a call to voters" is no infinitive).
 */
export const INFINITIVE_CUE_NOUNS: ReadonlySet<string> = new Set([
  'demand', 'demands', 'request', 'requests', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows',
]);

/** Every noun that may start a nominal cue, for the first pass and the cue finder. */
export const NOMINAL_CUE_NOUNS: ReadonlySet<string> = new Set([...THAT_CLAUSE_NOUNS, ...PREPOSITION_NOUNS.keys(), ...INFINITIVE_CUE_NOUNS]);

/** "did not respond to requests for comment", "calls for comment": the reporter's own request is no claim. */
const REPORTER_REQUESTS = new Set(['comment', 'comments', 'information', 'interview', 'interviews', 'clarification', 'details']);

/** Objects of "calls for" that make them telephone calls: "Police received calls for help". */
const PHONE_CALL_OBJECTS = new Set(['help', 'service', 'assistance', 'backup']);

/** Past tenses that a clause's verb or a sentence's predicate may take, beyond the regular "-ed": "spread", "hit". */
const PAST_FORMS = new Set([
  'spread', 'hit', 'put', 'set', 'cut', 'cost', 'hurt', 'let', 'quit', 'shut', 'read', 'led', 'left', 'went', 'came', 'took',
  'made', 'gave', 'got', 'knew', 'saw', 'became', 'began', 'kept', 'held', 'brought', 'ran', 'won', 'lost', 'met', 'paid',
  'sent', 'grew', 'fell', 'rose', 'drew', 'sparked', 'stood', 'broke', 'forced', 'proved', 'turned', 'swept', 'struck',
  'dogged', 'haunted', 'surfaced', 'emerged', 'circulated', 'persisted', 'remain', 'remains', 'remained', 'prompted',
  // Irregular pasts a reported clause ends in: "the claim that the foundation sold access has dogged her".
  'bought', 'spent', 'built', 'sold', 'chose', 'drove', 'flew', 'hid', 'meant', 'spoke', 'stole', 'threw', 'wore',
  'withdrew', 'caught', 'fought', 'sought', 'taught', 'dealt', 'told', 'said', 'thought', 'felt', 'found', 'heard',
]);

/** Verbs after which a relative clause leaves its object out: "the report that he wrote", "the claims that she denied". */
const OBJECT_GAP_VERBS = new Set([
  'made', 'make', 'makes', 'wrote', 'written', 'write', 'heard', 'hear', 'received', 'published', 'released', 'issued', 'filed',
  'read', 'saw', 'seen', 'cited', 'repeated', 'raised', 'spread', 'mentioned', 'got', 'obtained', 'sent', 'gave', 'leveled',
  'levelled', 'brought', 'denied', 'rejected', 'dismissed', 'disputed', 'refuted', 'debunked', 'investigated', 'reported',
  'said', 'says', 'say', 'quoted', 'produced', 'prepared', 'commissioned', 'answered', 'asked', 'posed', 'faced', 'face',
  'addressed', 'ignored', 'shared', 'posted', 'broadcast', 'aired', 'voiced', 'expressed', 'dropped', 'has', 'had', 'have',
]);

const RELATIVE_OR_SUBORDINATE = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'because', 'although', 'though', 'while', 'whereas', 'if',
  'unless', 'whether', 'since', 'as',
]);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const DO_FORMS = new Set(['do', 'does', 'did', 'not', 'never']);

/** A word that can be a finite verb or an auxiliary: "was", "would", "has", "spread", "rigged" (not after "the" or "by"). */
export function isFiniteWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word || isCapitalized(t)) return false;
  const lower = t.lower;
  if (MODALS.has(lower) || BE_FORMS.has(lower) || lower === 'has' || lower === 'have' || lower === 'had' || lower === 'did' || lower === 'does') return true;
  if (lower.endsWith("n't") || lower.endsWith('n’t')) return true;
  const prev = tokens[k - 1];
  // "the rigged election", "by paid agents", "to cut": an adjective, a noun or an infinitive, no finite verb.
  if (prev && (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower))) return false;
  return PAST_FORMS.has(lower) || (lower.endsWith('ed') && lower.length > 4);
}

export function isAuxiliaryWord(lower: string): boolean {
  return MODALS.has(lower) || BE_FORMS.has(lower) || AUXILIARIES.has(lower) || lower.endsWith("n't") || lower.endsWith('n’t');
}

/**
 * Whether the "that" at token `k` after an attribution noun opens its content clause ("the claim that the vote was
 * rigged") rather than a relative clause about the noun ("the report that was released", "the claims that he made").
 */
export function opensContentClause(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next) return false;
  if (!next.word) return isQuotationMark(next.text);
  // "the report that was released Monday", "news that broke overnight": the relative's subject is the noun itself.
  if (isAuxiliaryWord(next.lower) || VERB_FORMS.has(next.lower) || PAST_FORMS.has(next.lower) || (next.lower.endsWith('ed') && !isCapitalized(next))) return false;
  if (isAdverb(next.lower, isCapitalized(next)) && !DETERMINERS.has(next.lower)) return false;
  // "the claims that he made were false": the clause's verb leaves its object to the noun, and no object follows it.
  let j = k + 2;
  while (j < tokens.length && j - k <= 6 && tokens[j].word && !isFiniteWord(tokens, j) && !OBJECT_GAP_VERBS.has(tokens[j].lower)) j++;
  // "that he has since made": the verb group runs over auxiliaries and adverbs to its main verb.
  while (tokens[j + 1]?.word && (isAuxiliaryWord(tokens[j].lower) || isAdverb(tokens[j].lower, false)) && (isFiniteWord(tokens, j + 1) || OBJECT_GAP_VERBS.has(tokens[j + 1].lower) || isAdverb(tokens[j + 1].lower, false))) j++;
  const verb = tokens[j];
  if (!verb?.word || !OBJECT_GAP_VERBS.has(verb.lower)) return true;
  const after = tokens[j + 1];
  return after !== undefined && after.word && !PREPOSITIONS.has(after.lower) && !isFiniteWord(tokens, j + 1) && !isAdverb(after.lower, false);
}

/** Words before "questions" that put them to someone: "faced questions about", "amid growing questions over". */
const QUESTION_CONTEXTS = new Set([
  'face', 'faces', 'faced', 'facing', 'raise', 'raises', 'raised', 'raising', 'amid', 'prompted', 'sparked', 'answer', 'answered',
  'answering', 'field', 'fielded', 'fielding', 'dodge', 'dodged', 'dodging', 'pose', 'posed', 'asked', 'growing', 'mounting',
  'serious', 'fresh', 'persistent', 'lingering', 'renewed', 'tough', 'pointed', 'repeated', 'new', 'swirling',
]);

/** How far before "questions" its context may stand: "faced tough new questions about". */
const QUESTION_CONTEXT_REACH = 3;

function putToSomeone(tokens: readonly Token[], i: number): boolean {
  // "There's no question about it": certainty, no question put to anyone.
  if (tokens[i - 1]?.lower === 'no') return false;
  // "Questions about his health have dogged the campaign": questions that are the sentence's subject are put to someone.
  if (opensAsSubject(tokens, i)) return true;
  for (let j = i - 1; j >= 0 && i - j <= QUESTION_CONTEXT_REACH; j--) if (QUESTION_CONTEXTS.has(tokens[j].lower)) return true;
  return false;
}

/** Prepositions of an adjunct that a reporting verb's that-clause may follow: "told jurors during closing arguments that…". */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'during', 'at', 'on', 'after', 'before']);
/** How far back from the noun a reporting verb may stand before its adjunct: "told jurors in her closing argument". */
const ADJUNCT_VERB_REACH = 6;

/**
 * Whether the noun at `i` closes an adjunct of a reporting verb, whose that-clause follows it: "Prosecutors told jurors
 * during closing arguments that Marsh…" (the clause is what they told, not the arguments' own).
 */
function inReportingAdjunct(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j].word && !ADJUNCT_PREPOSITIONS.has(tokens[j].lower) && i - j <= 4) j--;
  if (j < 0 || !ADJUNCT_PREPOSITIONS.has(tokens[j].lower)) return false;
  for (let v = j - 1; v >= 0 && j - v <= ADJUNCT_VERB_REACH; v--) {
    const entry = VERB_FORMS.get(tokens[v].lower);
    if (entry && entry.form !== 'base') return true;
    if (!tokens[v].word) return false;
  }
  return false;
}

/** A nominal cue: the noun (and its preposition), and the possessor that owns it, if any. */
export interface NominalCue {
  first: number;
  last: number;
  /** Token index of the owner's possessive ("his", "the ministry's") before the noun and its adjectives, or -1. */
  owner: number;
  /** The owner named after the noun with "from" or "by" ("calls from Democrats for…"), as token indices. */
  agent?: { first: number; last: number };
  /** With an agent: the token index where the complement starts ("for", "that", "to"). */
  complement?: number;
}

/** How many adjectives may stand between an owner and its noun: "his urgent calls for". */
const ADJECTIVE_REACH = 2;

/** Words that read as adjectives before a noun: "urgent", "repeated", "growing", "fresh" ("campaign" is a noun). */
const ADJECTIVE_RE = /(?:ent|ant|ing|ed|al|ous|ive|ful|ic|less|ble|est|ate)$/;
const COMMON_ADJECTIVES = new Set(['new', 'fresh', 'latest', 'many', 'several', 'numerous', 'further', 'more', 'own', 'loud', 'public', 'strong']);
/**
 * Nouns that modify an owned attribution noun as one compound: "his campaign pledge to…", "Trump's stump promise".
 * Only between an owner and its noun ("Trump's campaign calls for a recount" reads "calls" as a verb before this).
 */
const COMPOUND_MODIFIERS = new Set(['campaign', 'election', 'debate', 'convention', 'stump', 'primary', 'earlier', 'early', 'key', 'main', 'major', 'big', 'signature', 'past', 'first', 'last', 'previous']);

/**
 * The possessor before the noun at `i`, directly or behind up to two adjectives ("his urgent calls"), or -1; with
 * `compounds`, also behind a noun of a compound ("his campaign pledge"), once a verb reading is ruled out.
 */
export function ownerBefore(tokens: readonly Token[], i: number, compounds = false): number {
  for (let j = i - 1; j >= 0 && i - j <= ADJECTIVE_REACH + 1; j--) {
    const t = tokens[j];
    if (hasPossessor(t)) return j;
    // "Sanders repeated calls for" has a verb; "Trump's repeated calls for" an adjective after the owner.
    if (!t.word || isCapitalized(t) || !(ADJECTIVE_RE.test(t.lower) || COMMON_ADJECTIVES.has(t.lower) || (compounds && COMPOUND_MODIFIERS.has(t.lower))) || (VERB_FORMS.has(t.lower) && !hasPossessor(tokens[j - 1]))) return -1;
  }
  return -1;
}

/**
 * A nominal cue at token `i`: a that-clause noun before its content clause ("news that…"), a request, question or
 * worry with its preposition ("calls for…", "questions about…"), or a request or commitment before a to-infinitive
 * ("demands to release…"). The caller has ruled out a verb reading ("he calls for").
 */
export function nominalCue(tokens: readonly Token[], i: number): NominalCue | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next || isCapitalized(t) && i > 0) return null;
  const prev = tokens[i - 1];
  // "They claim that…", "to claim that", "will promise to", "did not question": a subject, "to", a modal or "do"
  // before the word makes it a verb ("there were rumors that", "have concerns about" keep the noun).
  if (prev && (SUBJECT_PRONOUNS.has(prev.lower) || prev.lower === 'to' || MODALS.has(prev.lower) || DO_FORMS.has(prev.lower) || prev.lower.endsWith("n't") || prev.lower.endsWith('n’t'))) return null;
  // "the word that best describes…": only a bare "word" ("Word that the plant…", "amid word that…") is news.
  if (t.lower === 'word' && prev?.word && !PREPOSITIONS.has(prev.lower)) return null;
  const owner = ownerBefore(tokens, i, true);
  const direct = complementAt(tokens, i, i + 1, owner >= 0);
  if (direct >= 0) return { first: i, last: direct, owner };
  // "calls from Democrats for an investigation", "warnings by experts that the levee could fail": the owner after
  // the noun is the source, and the complement follows it.
  const agent = agentAfter(tokens, i);
  // "demand from supporters to exceed the seats": a market's demand, whoever makes it.
  if (!agent || t.lower === 'demand') return null;
  const complement = complementAt(tokens, i, agent.last + 1, true);
  return complement >= 0 ? { first: i, last: i, owner: -1, agent, complement: agent.last + 1 } : null;
}

/**
 * Whether the noun at `i` takes a complement starting at token `k`, as the index of the cue's last token: the noun
 * itself before a that-clause or to-infinitive, the preposition before an object ("calls for"); -1 when none.
 */
function complementAt(tokens: readonly Token[], i: number, k: number, owned: boolean): number {
  const noun = tokens[i].lower;
  const at = tokens[k];
  if (!at) return -1;
  if (THAT_CLAUSE_NOUNS.has(noun) && at.lower === 'that' && opensContentClause(tokens, k) && !inReportingAdjunct(tokens, i)) return i;
  const particles = PREPOSITION_NOUNS.get(noun);
  const object = tokens[k + 1];
  // "requests for an interview": the thing asked for may have an article.
  const asked = object && DETERMINERS.has(object.lower) ? tokens[k + 2] : object;
  if (particles?.includes(at.lower) && object && (object.word || isQuotationMark(object.text)) && !REPORTER_REQUESTS.has(asked?.lower ?? '')) {
    // "demand for electric cars" is a market's; "questions about the anemones" a researcher's: without an owner only
    // questions put to someone ("faced questions about", "amid questions over") and plural demands count.
    const ownerless = !owned && (noun === 'demand' || ((noun === 'question' || noun === 'questions') && !putToSomeone(tokens, i)) || (OWNED_ONLY_NOUNS.has(noun) && lightVerbStart(tokens, i) < 0));
    // "calls for help", "calls for service": telephone calls.
    const telephone = (noun === 'call' || noun === 'calls') && PHONE_CALL_OBJECTS.has(object.lower);
    if (!ownerless && !telephone) return k;
  }
  // "the question of whether to run", "questions over whether…": the question is the whether-clause.
  if ((noun === 'question' || noun === 'questions') && at.lower === 'of' && object?.lower === 'whether') return k;
  if (INFINITIVE_CUE_NOUNS.has(noun) && isInfinitiveAt(tokens, k)) return i;
  // "rejected calls to resign": "call to" asks for an act only before a verb of the political agenda ("a call to
  // voters", "a call to arms" are none).
  if ((noun === 'call' || noun === 'calls') && at.lower === 'to' && CALLED_ACTIONS.has(object?.lower ?? '')) return i;
  return -1;
}

/** Verbs after "calls to" that make it a request: "calls to resign", "calls to impeach him", "calls to step down". */
const CALLED_ACTIONS = new Set([
  'resign', 'impeach', 'repeal', 'release', 'investigate', 'step', 'boycott', 'drop', 'cancel', 'remove', 'fire', 'recuse',
  'withdraw', 'end', 'ban', 'delay', 'postpone', 'reform', 'defund', 'abolish', 'expand', 'raise', 'cut', 'reopen', 'halt',
  'stop', 'suspend', 'scrap', 'reject', 'block', 'overturn', 'rename', 'apologize', 'apologise', 'concede', 'quit', 'act',
]);

/** Longest owner after "from" or "by": "from the Republican National Committee". */
const AGENT_REACH = 6;
/** Words that end an owner after "from"/"by": the complement's first word. */
const AGENT_ENDS = new Set(['that', 'for', 'about', 'over', 'to', 'of', 'whether']);

/** The owner named after the noun at `i` with "from" or "by" ("calls from Democrats"), as token indices, or null. */
function agentAfter(tokens: readonly Token[], i: number): { first: number; last: number } | null {
  const by = tokens[i + 1];
  if (!by || (by.lower !== 'from' && by.lower !== 'by')) return null;
  let j = i + 2;
  while (j < tokens.length && j - i - 2 < AGENT_REACH && tokens[j].word && !AGENT_ENDS.has(tokens[j].lower) && !isFiniteWord(tokens, j) && !VERB_FORMS.has(tokens[j].lower)) j++;
  // "calls from Democrats for…": the owner is a name, a group or a described body, never a time ("from Monday").
  if (j === i + 2 || !AGENT_ENDS.has(tokens[j]?.lower ?? '')) return null;
  if (TIME_START_RE.test(tokens[i + 2].lower)) return null;
  return { first: i + 2, last: j - 1 };
}

const TIME_START_RE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|\d.*)$/;

/** Words that may stand before the modifier of a noun: "are growing calls", "has prompted calls", "Renewed calls". */
function precedesModifier(t: Token | undefined): boolean {
  return t === undefined || !t.word || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || isAuxiliaryWord(t.lower) || t.lower === 'there';
}

/**
 * Whether a nominal cue noun at `i` that could be a verb ("calls", "demands", "questions") is a noun by what stands
 * before it: a participle or adjective that cannot be its subject ("growing calls", "fresh demands"), or a verb whose
 * object it is ("has prompted calls for").
 */
export function isNounByModifier(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!NOMINAL_CUE_NOUNS.has(tokens[i].lower) || !prev?.word || isCapitalized(prev) && i > 1) return false;
  const modifier = /(?:ing|ed)$/.test(prev.lower) || COMMON_ADJECTIVES.has(prev.lower);
  // "Officials repeated calls for…", "Police received calls": after a past verb with its subject, the object noun.
  return modifier && (precedesModifier(tokens[i - 2]) || (prev.lower.endsWith('ed') && tokens[i - 2].word));
}

/** Verbs whose subject makes the claim a nominal object names: "have raised allegations that", "issued a warning that". */
const LIGHT_VERBS = new Set([
  'raise', 'raises', 'raised', 'raising', 'make', 'makes', 'made', 'making', 'issue', 'issues', 'issued', 'issuing', 'level', 'levels',
  'leveled', 'levelled', 'repeat', 'repeats', 'repeated', 'voice', 'voices', 'voiced', 'express', 'expresses', 'expressed',
  'renew', 'renews', 'renewed', 'reiterate', 'reiterated', 'lodge', 'lodged', 'file', 'filed', 'spread', 'spreading',
  // "signaled his support for", "reaffirmed her opposition to", "announced his support for": a stance made public.
  'signal', 'signals', 'signaled', 'signalled', 'reaffirm', 'reaffirms', 'reaffirmed', 'restate', 'restates', 'restated',
  'declare', 'declares', 'declared', 'announce', 'announces', 'announced', 'pledge', 'pledges', 'pledged', 'offer', 'offers',
  'offered', 'register', 'registers', 'registered',
]);
/** "had concerns about", "has fears that": a holder has a belief. */
const HAVING = new Set(['have', 'has', 'had', 'having']);
const HELD_NOUNS = new Set(['concern', 'concerns', 'fear', 'fears', 'hope', 'hopes', 'belief', 'beliefs', 'view', 'suspicion', 'suspicions', 'expectation', 'expectations']);

/**
 * The verb group before an ownerless nominal cue whose subject is the cue's source, as the index of its first token:
 * "have raised allegations" → "have", "had legitimate concerns about" → "had"; -1 without one ("faced questions": the
 * one asked is no source).
 */
export function lightVerbStart(tokens: readonly Token[], first: number): number {
  let j = first - 1;
  while (j >= 0 && tokens[j].word && (DETERMINERS.has(tokens[j].lower) || ADJECTIVE_RE.test(tokens[j].lower) || COMMON_ADJECTIVES.has(tokens[j].lower)) && !LIGHT_VERBS.has(tokens[j].lower) && !HAVING.has(tokens[j].lower) && first - j <= ADJECTIVE_REACH + 1) j--;
  const verb = tokens[j];
  // "the lapses raise serious questions about…": what raises questions is seldom the one asking them.
  if (/^questions?$/.test(tokens[first].lower)) return -1;
  if (!verb?.word || !(LIGHT_VERBS.has(verb.lower) || (HAVING.has(verb.lower) && HELD_NOUNS.has(tokens[first].lower)))) return -1;
  // "his repeated pledge to…": after an owner the participle is an adjective, not a light verb.
  if (j > 0 && hasPossessor(tokens[j - 1])) return -1;
  while (j > 0 && tokens[j - 1].word && (isAuxiliaryWord(tokens[j - 1].lower) || (isAdverb(tokens[j - 1].lower, false) && isAuxiliaryWord(tokens[j - 2]?.lower ?? '')))) j--;
  return j;
}

/** How many words before a nominal cue a subject may run: "Growing calls from Democrats for…" is too far. */
const SUBJECT_REACH = 6;

/**
 * Whether the noun phrase ending before token `first` opens its clause as a subject: nothing but determiners,
 * adjectives and names before it ("News that…", "The claim that…", "Polls showing…"), no verb and no preposition.
 */
export function opensAsSubject(tokens: readonly Token[], first: number): boolean {
  if (first > SUBJECT_REACH) return false;
  for (let j = 0; j < first; j++) {
    const t = tokens[j];
    if (!t.word) {
      if (isQuotationMark(t.text) && j === 0) continue;
      return false;
    }
    if (PREPOSITIONS.has(t.lower) || isAuxiliaryWord(t.lower) || VERB_FORMS.has(t.lower) || isFiniteWord(tokens, j) || t.lower === 'there' || SUBJECT_PRONOUNS.has(t.lower)) return false;
  }
  return true;
}

/** Whether the noun phrase before token `first` is the object of a sentence-opening preposition: "Amid reports that…". */
export function inFrontedPhrase(tokens: readonly Token[], first: number): boolean {
  for (let j = first - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!t.word) return false;
    if (PREPOSITIONS.has(t.lower)) return j === 0 || (j === 1 && isQuotationMark(tokens[0].text));
    if (isAuxiliaryWord(t.lower) || VERB_FORMS.has(t.lower)) return false;
  }
  return false;
}

/**
 * A content inside a sentence's subject, cut before the sentence's own predicate: "News that the plant would close
 * spread quickly" → "the plant would close"; "Polls showing her ahead in Ohio have cheered Democrats" → "her ahead in
 * Ohio". A content that is a clause of its own (`ownClause`: after "that", "whether" or a subject pronoun) keeps its
 * first verb and ends before the second; any other (an object, a small clause, an infinitive) before the first.
 * Only verbs at the top level count: a comma, a coordinator or a relative word ends the search.
 */
export function beforePredicate(view: SentenceView, content: ContentSpan, ownClause: boolean): ContentSpan {
  if (content.quoted) return content;
  const { tokens } = view;
  const first = tokenIndexAt(view, content.start);
  if (first < 0) return content;
  const groups: number[] = [];
  let inGroup = false;
  let mainVerb = false;
  let lastVerb = -1;
  for (let k = first; k < tokens.length && tokens[k].end <= content.end; k++) {
    const t = tokens[k];
    if (!t.word) {
      // "$50 million", "“rigged”": signs, numbers and quotation marks go on; only clause punctuation stops the search.
      if (!CLAUSE_PUNCTUATION.has(t.text)) continue;
      // "Russia hacked the DNC, which officials confirmed, has shaken…": a relative clause set off by commas is skipped.
      const close = t.text === ',' ? relativeAsideEnd(tokens, k, content.end) : -1;
      if (close < 0) break;
      k = close;
      inGroup = false;
      mainVerb = false;
      continue;
    }
    if (k > first && (COORDINATORS.has(t.lower) || RELATIVE_OR_SUBORDINATE.has(t.lower))) break;
    if (t.lower === 'to' && isInfinitiveAt(tokens, k)) {
      // "to cut taxes": the infinitive's verb is no finite verb.
      k++;
      inGroup = false;
      continue;
    }
    if (isFiniteWord(tokens, k)) {
      const auxiliary = isAuxiliaryWord(t.lower);
      // "had their full histories exposed": a participle after the object of "have", "get", "make" is no new verb.
      // "had reopened the case stunned…": right after "had" the participle is its perfect, and the next verb a new group.
      const complement = !auxiliary && !PAST_FORMS.has(t.lower) && groups.length > 0 && k > lastVerb + 1 && OBJECT_COMPLEMENT_VERBS.has(tokens[lastVerb]?.lower ?? '');
      if (complement) continue;
      // "the plant had closed stunned the town": a verb group ends with its main verb.
      if (!inGroup || mainVerb) groups.push(k);
      inGroup = true;
      mainVerb = !auxiliary;
      lastVerb = k;
      continue;
    }
    // "had not yet been": negation and adverbs stay inside a verb group.
    if (inGroup && (t.lower === 'not' || t.lower === 'never' || isAdverb(t.lower, false))) continue;
    inGroup = false;
    mainVerb = false;
  }
  const cut = groups.length >= 2 ? groups[1] : groups.length === 1 && (!ownClause || isPredicateAfterUnknownVerb(view, content, first, groups[0])) ? groups[0] : -1;
  if (cut <= first) return content;
  let end = tokens[cut - 1].end;
  while (end > content.start && /[\s,;:]/.test(view.text.charAt(end - 1))) end--;
  return end > content.start ? { ...content, end } : content;
}

/**
 * "Polls showing that Clinton leads have cheered Democrats": a clause's only known verb group is the sentence's
 * predicate when the content would otherwise run to the end of the sentence (leaving the subject no predicate) and a
 * word in -s the lexicon does not know as a verb ("leads") stands after the clause's subject right before it.
 */
function isPredicateAfterUnknownVerb(view: SentenceView, content: ContentSpan, first: number, group: number): boolean {
  const { tokens } = view;
  const before = tokens[group - 1];
  if (group - first < 2 || !before.word || isCapitalized(before) || !/[^s]s$/.test(before.lower)) return false;
  for (let k = group + 1; k < tokens.length; k++) if (tokens[k].word && tokens[k].end > content.end) return false;
  return true;
}

/** Punctuation that ends a clause; other signs ("$", "%", quotation marks) do not. */
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '(', ')', '—', '–', '.', '!', '?']);
/** Verbs whose object may take a participle: "had their histories exposed", "got the bill passed". */
const OBJECT_COMPLEMENT_VERBS = new Set(['have', 'has', 'had', 'get', 'gets', 'got', 'make', 'makes', 'made', 'keep', 'kept', 'want', 'wanted', 'see', 'saw', 'found', 'left', 'need', 'needed']);

/** How long a relative clause set off by commas may run inside a subject's content. */
const RELATIVE_ASIDE_REACH = 15;

/** The closing comma of a relative clause opening after the comma at `k` (", which officials confirmed,"), or -1. */
function relativeAsideEnd(tokens: readonly Token[], k: number, end: number): number {
  if (!/^(?:which|who|whom|whose)$/.test(tokens[k + 1]?.lower ?? '')) return -1;
  for (let j = k + 2; j < tokens.length && tokens[j].end <= end && j - k <= RELATIVE_ASIDE_REACH; j++) {
    if (tokens[j].text === ',') return j;
    if (!tokens[j].word && !isQuotationMark(tokens[j].text)) return -1;
  }
  return -1;
}

/** Whether a content opens a clause of its own: a subject pronoun ("he was ahead") or a question word. */
export function opensOwnClause(view: SentenceView, content: ContentSpan): boolean {
  const k = tokenIndexAt(view, content.start);
  const t = view.tokens[k];
  if (!t) return false;
  return SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'whether' || t.lower === 'if' || view.tokens[k - 1]?.lower === 'that';
}
