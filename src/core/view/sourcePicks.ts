// Orders the choices of the "tag source" picker: the detected source text, then known sources (matching ones first), then a new one.
import type { Source } from '../model/types';
import { normalizeSourceName, sourceMatchRank } from './sourceNames';

export type SourcePick =
  /** The source text found in the claim; `existing` is set when a known source already goes by that name. */
  | { kind: 'detected'; name: string; existing: Source | null }
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

export function orderSourcePicks(
  detectedText: string | null,
  articleSources: readonly Source[],
  workspaceSources: readonly Source[],
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
  const detected = detectedText?.trim() ? detectedText.replace(/\s+/g, ' ').trim() : null;
  const rank = new Map(known.map((k) => [k, detected === null ? undefined : sourceMatchRank(k.source, detected)]));
  const matching = known.filter((k) => rank.get(k) !== undefined);
  matching.sort((a, b) => (rank.get(a) ?? 3) - (rank.get(b) ?? 3) || byArticleThenName(a, b));
  const picks: SourcePick[] = [];
  if (detected !== null) {
    // The detected text stands for the closest known source; when none matches, picking it creates a new source.
    picks.push({ kind: 'detected', name: detected, existing: matching[0]?.source ?? null });
  }
  const detectedId = picks[0]?.kind === 'detected' ? picks[0].existing?.id : undefined;
  for (const k of matching) {
    if (k.source.id !== detectedId) picks.push({ kind: 'known', source: k.source, matchesDetected: true, inArticle: k.inArticle });
  }
  for (const k of known.filter((k) => !matching.includes(k)).sort(byArticleThenName)) {
    picks.push({ kind: 'known', source: k.source, matchesDetected: false, inArticle: k.inArticle });
  }
  picks.push({ kind: 'new' });
  return picks;
}
