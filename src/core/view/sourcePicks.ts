// Orders the choices of the "tag source" picker: the detected source text, then known sources (matching ones first), then a new one.
import type { Source } from '../model/types';
import { normalizeSourceName, sourceMatchRank, sourceWording } from './sourceNames';

export type SourcePick =
  /**
   * A name found in the text for the claim's source; `existing` is set when a known source already goes by that name.
   * `refersFrom` is set on the name the source refers to ("The Washington Post"): the source as written ("the daily").
   */
  | { kind: 'detected'; name: string; existing: Source | null; refersFrom?: string; namedIn?: string }
  /** A source already used in this article or elsewhere in the workspace. */
  | { kind: 'known'; source: Source; matchesDetected: boolean; inArticle: boolean }
  | { kind: 'new' };

/**
 * `articleSources` come before `workspaceSources` with the same id or name, so the article's own copy wins;
 * every source appears once.
 */
interface KnownSource {
  source: Source;
  inArticle: boolean;
}

function byArticleThenName(a: KnownSource, b: KnownSource): number {
  return Number(b.inArticle) - Number(a.inArticle) || a.source.name.localeCompare(b.source.name);
}

/** A capitalised word of a name: "Aram", "O'Neill", "Jean-Luc", "Jr." */
const NAME_WORD_RE = /^\p{Lu}[\p{L}'’.-]*$/u;
/** Words after which a capitalised run names a place or body, not the person speaking ("officials at the Survey"). */
const BEFORE_BODY = new Set(['the', 'of', 'at', 'for', 'from', 'in', 'on', 'with', 'by', 'and', 'to', 'a', 'an']);

/**
 * The personal name at the end of a source written with its role or description, where a reader tags the person:
 * "ministry spokesman Aram Petrosyan" → "Aram Petrosyan", "The head of the centre, Max Mayfield" → "Max Mayfield".
 * Null when the text is all name ("President Barack Obama"), the name is one word, or the run names a body
 * ("officials at the U.S. Geological Survey").
 */
export function personNameWithin(text: string): string | null {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  let first = words.length;
  while (first > 0 && NAME_WORD_RE.test(words[first - 1]) && !words[first - 1].endsWith(',')) first--;
  if (words.length - first < 2 || first === 0) return null;
  const before = words[first - 1];
  if (!before.endsWith(',') && (BEFORE_BODY.has(before.toLowerCase()) || !/^\p{Ll}/u.test(before))) return null;
  return words.slice(first).join(' ');
}

/** Pronouns are no names: "he" is never offered as a source. */
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us']);

/**
 * The choices for tagging a claim's source: a person's name within it first ("Aram Petrosyan" of "ministry spokesman
 * Aram Petrosyan"), then the name it refers to (`resolvedText`, "The Washington Post"), then
 * the detected text ("the daily"; a pronoun is left out), then known sources, matching ones first, then a new one.
 */
export function orderSourcePicks(
  detectedText: string | null,
  articleSources: readonly Source[],
  workspaceSources: readonly Source[],
  resolvedText: string | null = null,
): SourcePick[] {
  const seen = new Set<string>();
  const known: KnownSource[] = [];
  for (const [sources, inArticle] of [[articleSources, true], [workspaceSources, false]] as const) {
    for (const source of sources) {
      const name = `name:${normalizeSourceName(source.name)}`;
      const id = `id:${source.id}`;
      if (seen.has(name) || seen.has(id)) continue;
      seen.add(name);
      seen.add(id);
      known.push({ source, inArticle });
    }
  }
  const collapse = (text: string | null): string | null => {
    const wording = text === null ? '' : sourceWording(text);
    return wording === '' ? null : wording;
  };
  const resolved = collapse(resolvedText);
  const written = collapse(detectedText);
  const sameName = resolved !== null && written !== null && normalizeSourceName(resolved) === normalizeSourceName(written);
  const detected = written === null || sameName || (resolved !== null && PRONOUNS.has(written.toLowerCase())) ? null : written;
  // "ministry spokesman Aram Petrosyan": the person's name alone is what a reader usually tags, so it comes first.
  const writtenOut = resolved ?? detected;
  const found = writtenOut === null ? null : personNameWithin(writtenOut);
  const person = found !== null && writtenOut !== null ? { name: found, namedIn: writtenOut } : null;
  const names = [resolved, detected, person?.name ?? null].filter((n): n is string => n !== null);
  const rankOf = (k: KnownSource): number | undefined => {
    const ranks = names.map((name) => sourceMatchRank(k.source, name)).filter((r): r is 0 | 1 | 2 => r !== undefined);
    return ranks.length > 0 ? Math.min(...ranks) : undefined;
  };
  const rank = new Map(known.map((k) => [k, rankOf(k)]));
  const matching = known.filter((k) => rank.get(k) !== undefined);
  matching.sort((a, b) => (rank.get(a) ?? 3) - (rank.get(b) ?? 3) || byArticleThenName(a, b));
  const picks: SourcePick[] = [];
  // Each name found in the text stands for the closest known source going by it; when none does, picking it creates one.
  const closest = (name: string): Source | null => matching.find((k) => sourceMatchRank(k.source, name) !== undefined)?.source ?? null;
  if (person !== null) picks.push({ kind: 'detected', name: person.name, existing: closest(person.name), namedIn: person.namedIn });
  if (resolved !== null) picks.push({ kind: 'detected', name: resolved, existing: closest(resolved), refersFrom: written ?? undefined });
  if (detected !== null) picks.push({ kind: 'detected', name: detected, existing: closest(detected) });
  const offered = new Set(picks.flatMap((p) => (p.kind === 'detected' && p.existing ? [p.existing.id] : [])));
  for (const k of matching) {
    if (!offered.has(k.source.id)) picks.push({ kind: 'known', source: k.source, matchesDetected: true, inArticle: k.inArticle });
  }
  for (const k of known.filter((k) => !matching.includes(k)).sort(byArticleThenName)) {
    picks.push({ kind: 'known', source: k.source, matchesDetected: false, inArticle: k.inArticle });
  }
  picks.push({ kind: 'new' });
  return picks;
}
