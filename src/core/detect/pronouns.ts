// Resolves pronoun sources ("he said", "they added") to the nearest earlier named source of the same kind in the paragraph.
import type { OffsetRange } from '../model/offsetRange';
import type { Attribution, Span } from './types';

type Kind = 'person' | 'group';

const PERSON_PRONOUNS = new Set(['he', 'she']);
const GROUP_PRONOUNS = new Set(['they']);
/** Words after which the rest of a source is a postmodifier ("Analysts at Berenberg", "people familiar with"). */
const POSTMODIFIER_STARTS = new Set(['at', 'of', 'from', 'for', 'with', 'in', 'on', 'by', 'familiar', 'who', 'which', 'close']);
/** Plural nouns without a final s. */
const IRREGULAR_PLURALS = new Set(['people', 'police', 'staff', 'crew', 'residents']);
/** Last words of capitalized names that belong to organisations, not people: "The Commerce Department", "Deutsche Bank". */
const ORGANISATION_HEADS = new Set([
  'ministry', 'department', 'agency', 'bank', 'council', 'association', 'union', 'institute', 'university', 'party',
  'commission', 'office', 'court', 'company', 'group', 'service', 'force', 'police', 'government', 'committee', 'board',
  'authority', 'inc', 'corp', 'ltd', 'plc', 'times', 'post', 'news', 'press', 'gazette', 'daily', 'journal', 'club',
  'trust', 'hospital', 'school', 'foundation', 'fund', 'center', 'centre', 'bureau', 'administration', 'network',
  'labs', 'systems', 'technologies', 'industries', 'partners', 'holdings', 'airlines', 'motors', 'media', 'capital',
  'energy', 'networks', 'solutions', 'communications', 'team', 'army', 'navy', 'ag', 'sa', 'llc',
]);
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function pronounKind(source: Span): Kind | null {
  const word = source.text.toLowerCase();
  if (PERSON_PRONOUNS.has(word)) return 'person';
  if (GROUP_PRONOUNS.has(word)) return 'group';
  return null;
}

function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isPlural(word: string): boolean {
  const lower = word.toLowerCase();
  return IRREGULAR_PLURALS.has(lower) || (/[^s'’]s$/.test(lower) && !isCapitalized(word));
}

/**
 * What a (non-pronoun) source names: a person when its head, before any apposition, ends in a name of at least
 * two capitalized words that is no organisation or acronym ("Chief financial officer Petra Sand", "Maria Lopez,
 * a spokeswoman"); a group when its head is a plural noun ("Analysts at Berenberg", "local officials").
 */
function sourceKind(source: Span): Kind | null {
  const words = source.text.split(',')[0].match(WORD_RE) ?? [];
  const postmodifier = words.findIndex((w, i) => i > 0 && POSTMODIFIER_STARTS.has(w.toLowerCase()));
  const head = postmodifier > 0 ? words.slice(0, postmodifier) : words;
  const last = head[head.length - 1];
  if (!last) return null;
  if (isPlural(last) || (head.length === 1 && /[^s'’]s$/.test(last))) return 'group';
  const name = head.length >= 2 && head.slice(-2).every(isCapitalized);
  const organisation = ORGANISATION_HEADS.has(last.toLowerCase()) || last === last.toUpperCase() || head[0].toLowerCase() === 'the';
  return name && !organisation ? 'person' : null;
}

function paragraphIndexOf(paragraphs: OffsetRange[], offset: number, from: number): number {
  let p = from;
  while (p < paragraphs.length - 1 && paragraphs[p].end <= offset) p++;
  return p;
}

/** The nearest source in `candidates` (text order) of the given kind, searched from the end. */
function nearestOfKind(candidates: Span[], kind: Kind): Span | null {
  for (let i = candidates.length - 1; i >= 0; i--) if (sourceKind(candidates[i]) === kind) return candidates[i];
  return null;
}

/**
 * Sets `antecedent` on claims whose source is "he", "she" or "they": the nearest earlier source in the same
 * paragraph that names a person (for he/she) or a group (for they). A guess shown as such; the source span stays
 * the pronoun. The claims are updated in place.
 */
export function resolvePronounSources(claims: Attribution[], paragraphs: OffsetRange[]): void {
  const withSource = claims.filter((c) => c.source !== null);
  // Most articles' claims come in source order already; an inverted frame ("…, said X") can put a source later.
  withSource.sort((a, b) => (a.source?.start ?? 0) - (b.source?.start ?? 0));
  let paragraph = 0;
  let current = -1;
  let candidates: Span[] = [];
  for (const claim of withSource) {
    const source = claim.source as Span;
    paragraph = paragraphIndexOf(paragraphs, source.start, paragraph);
    if (paragraph !== current) {
      current = paragraph;
      candidates = [];
    }
    const pronoun = pronounKind(source);
    if (!pronoun) {
      candidates.push(source);
      continue;
    }
    // Kinds are worked out only where a pronoun needs them: most sources are never looked at again.
    const named = nearestOfKind(candidates, pronoun);
    if (named) claim.antecedent = named;
  }
}
