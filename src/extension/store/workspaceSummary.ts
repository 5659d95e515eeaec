// Counts and source lists over sidecars, for the Claims panel's workspace section and the source picker.
import { normalizeSourceName } from '../../core/model/sourceNames';
import type { Sidecar, Source } from '../../core/model/types';
import { countClaims as countArticleClaims, type ClaimCounts as ArticleCounts } from '../../core/view/claimCounts';

/** The counts the workspace list shows for one sidecar. */
export type ClaimCounts = Pick<ArticleCounts, 'claims' | 'tagged' | 'orphans'>;

/** The workspace list's counts out of an article's counts. */
export function workspaceCounts({ claims, tagged, orphans }: ArticleCounts): ClaimCounts {
  return { claims, tagged, orphans };
}

export function countClaims(sidecar: Sidecar): ClaimCounts {
  return workspaceCounts(countArticleClaims(sidecar.claims));
}

/**
 * The sources of several sidecars, one per name (compared as `normalizeSourceName` does), sorted by name. The first sidecar that
 * names a source wins its fields; aliases from every sidecar are kept so the picker can match any of them.
 */
export function collectSources(sidecars: readonly Sidecar[]): Source[] {
  const byName = new Map<string, Source>();
  for (const sidecar of sidecars) {
    for (const source of sidecar.sources) {
      const key = normalizeSourceName(source.name) || source.name.trim();
      const known = byName.get(key);
      if (!known) {
        byName.set(key, { ...source, aliases: [...source.aliases] });
        continue;
      }
      const aliases = new Set([...known.aliases, ...source.aliases]);
      byName.set(key, { ...known, aliases: [...aliases] });
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
