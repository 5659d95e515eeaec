// Finds the cues of a sentence: reporting verbs (with their auxiliaries and negation) and multi-word cue phrases.
import {
  ATTRIBUTION_NOUNS, AUXILIARIES, BE_FORMS, DETERMINERS, MODALS, NOUN_HOMOGRAPHS, PARTICIPLE_GROUPS, PREPOSITIONS,
  SOURCE_CUE_ADVERBS, VERB_FORMS, type VerbEntry,
} from './lexicon';
import type { SentenceView } from './sentence';
import { isCapitalized, type Token } from './tokens';

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
  | 'noun';

export interface Cue {
  kind: CueKind;
  /** Token indices of the cue span, inclusive. */
  first: number;
  last: number;
  /** Token index of the reporting word itself. */
  head: number;
  verb: VerbEntry | null;
}

/** Subjects that take a plural verb although they do not end in -s ("people say", "police believe"). */
const PLURAL_SUBJECTS = new Set(['people', 'police', 'media', 'public', 'staff', 'majority', 'others', 'many', 'most', 'some', 'few', 'both', 'all', 'who', 'they', 'we', 'i', 'you', 'which', 'children', 'men', 'women', 'data', 'personnel', 'military', 'government', 'leadership']);

/** Words after which a bare verb form is really a noun or an infinitive ("the reports", "to say"). */
function blocksVerbReading(prev: Token | undefined): boolean {
  if (!prev) return false;
  return DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || /^\d/.test(prev.text);
}

function isAuxiliary(t: Token): boolean {
  return AUXILIARIES.has(t.lower) || t.lower.endsWith("n't") || t.lower.endsWith('n’t');
}

/** Extends a verb cue leftwards over auxiliaries, negation and adverbs enclosed by them ("has also denied"). */
function auxiliaryStart(tokens: Token[], head: number, floor: number): number {
  let first = head;
  for (let j = head - 1; j >= floor; j--) {
    const t = tokens[j];
    if (isAuxiliary(t)) first = j;
    else if (!(SOURCE_CUE_ADVERBS.has(t.lower) && j - 1 >= floor && isAuxiliary(tokens[j - 1]))) break;
  }
  return first;
}

function verbCue(view: SentenceView, i: number, entry: VerbEntry): Cue | null {
  const { tokens } = view;
  const t = tokens[i];
  if (isCapitalized(t) && i > 0) return null;
  const prev = tokens[i - 1] as Token | undefined;
  const next = tokens[i + 1] as Token | undefined;
  const first = auxiliaryStart(tokens, i, 0);
  const hasAuxiliary = first < i;
  const beforeAux = tokens[first - 1] as Token | undefined;
  if (entry.form === 'ing') {
    if (prev && BE_FORMS.has(prev.lower) && hasAuxiliary) return { kind: 'verb', first, last: i, head: i, verb: entry };
    if (prev?.text === ',' && PARTICIPLE_GROUPS.has(entry.verb.group)) return { kind: 'participle', first: i, last: i, head: i, verb: entry };
    return null;
  }
  if (!hasAuxiliary && blocksVerbReading(prev)) return null;
  if (hasAuxiliary && blocksVerbReading(beforeAux)) return null;
  if (entry.form === 'past' && tokens.slice(first, i).some((a) => BE_FORMS.has(a.lower))) return null;
  if (entry.form === 'past' && next?.lower === 'by') return null;
  if (NOUN_HOMOGRAPHS.has(t.lower) && (entry.form === 's' || entry.form === 'base') && !hasAuxiliary) {
    if (!prev || !(prev.word || prev.text === ')')) return null;
    if (next && ['of', 'from', 'about', 'for', 'on', 'by', 'in', 'to', 'and', 'or'].includes(next.lower)) return null;
  }
  if (entry.form === 'base' && !hasAuxiliary) {
    if (!prev) return null;
    const plural = prev.lower.endsWith('s') || PLURAL_SUBJECTS.has(prev.lower) || prev.text === ')';
    if (!plural) return null;
  }
  // "could signal", "may indicate": a hedged inference inside a claim, not an attribution of its own.
  if (entry.verb.group === 'evidential' && tokens.slice(first, i).some((a) => MODALS.has(a.lower))) return null;
  let last = i;
  if (entry.verb.lemma === 'point') {
    if (next?.lower !== 'out') return null;
    last = i + 1;
  }
  return { kind: 'verb', first, last, head: i, verb: entry };
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
  if (t.lower === 'citing') return { kind: 'citing', first: i, last: i, head: i, verb: null };
  if ((t.lower === 'quoted' || t.lower === 'cited') && next?.lower === 'as' && tokens[i + 2]?.lower === 'saying') {
    return { kind: 'verb', first: auxiliaryStart(tokens, i, 0), last: i + 2, head: i + 2, verb: VERB_FORMS.get('said') ?? null };
  }
  return null;
}

function nounCue(view: SentenceView, i: number): Cue | null {
  const { tokens } = view;
  if (!ATTRIBUTION_NOUNS.has(tokens[i].lower) || tokens[i + 1]?.lower !== 'that') return null;
  return { kind: 'noun', first: i, last: i, head: i, verb: null };
}

/** Every cue of the sentence outside quotation marks, in text order, none overlapping. */
export function findCues(view: SentenceView): Cue[] {
  const cues: Cue[] = [];
  const { tokens, quoted } = view;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || quoted[i]) continue;
    let cue = phraseCue(view, i);
    if (!cue) {
      const entry = VERB_FORMS.get(t.lower);
      if (entry) cue = verbCue(view, i, entry);
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
