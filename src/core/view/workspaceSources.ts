// Gathers a source's claims across the articles of a workspace: by the source they are tagged with, or by the entity their detected sources stand for.
import type { Claim, Sidecar, Source } from '../model/types';
import { mentionAsWritten, sourceEntities } from './sourceEntities';
import { normalizeSourceName, sourceMatches } from './sourceNames';

/** One claim of a workspace source, with its article. */
export interface WorkspaceSourceClaim {
  articleUri: string;
  claim: Claim;
  /** The claim's source as written, where it differs from the group's name ("the daily"). */
  mentionedAs: string | null;
}

/** A source and its claims in every article of the workspace. */
export interface WorkspaceSource {
  /** Stable across refreshes: the source's name, normalised. */
  key: string;
  /** A tagged source's name, or the fullest name the text gives an untagged one. */
  name: string;
  /** Whether claims are tagged with it (else it is only detected). */
  tagged: boolean;
  /** In article order, then text order. */
  claims: WorkspaceSourceClaim[];
  /** How many articles its claims come from. */
  articles: number;
}

export interface WorkspaceArticleClaims {
  articleUri: string;
  sidecar: Sidecar;
}

/**
 * Every source of the workspace with its claims, most claims first. Claims tagged with sources of the same name
 * (in any article) are one source; untagged claims are gathered by the entity their detected sources stand for in their
 * article (see `sourceEntities`), and join a tagged source that goes by that name or an alias of it. Rejected claims
 * and orphans are left out.
 */
export function workspaceSources(articles: readonly WorkspaceArticleClaims[]): WorkspaceSource[] {
  const groups = new Map<string, WorkspaceSource & { articleSet: Set<string>; source?: Source }>();
  const add = (key: string, name: string, tagged: boolean, entry: WorkspaceSourceClaim, source?: Source): void => {
    let group = groups.get(key);
    if (!group) {
      group = { key, name, tagged, claims: [], articles: 0, articleSet: new Set(), source };
      groups.set(key, group);
    }
    group.claims.push(entry);
    group.articleSet.add(entry.articleUri);
  };
  const untagged: { key: string; name: string; entry: WorkspaceSourceClaim }[] = [];
  for (const { articleUri, sidecar } of [...articles].sort((a, b) => a.articleUri.localeCompare(b.articleUri))) {
    const claims = sidecar.claims.filter((c) => !c.orphan && c.state !== 'rejected').sort((a, b) => a.target.start - b.target.start);
    const sourcesById = new Map(sidecar.sources.map((s) => [s.id, s]));
    // Entities are worked out over every claim, tagged or not: a tagged "the newspaper" still names "The Washington Post".
    const entities = sourceEntities(claims);
    for (const claim of claims) {
      const source = claim.sourceId === null ? undefined : sourcesById.get(claim.sourceId);
      if (source) {
        add(`tagged:${normalizeSourceName(source.name)}`, source.name, true, { articleUri, claim, mentionedAs: mentionAsWritten(claim, source.name) }, source);
        continue;
      }
      const entity = entities.get(claim.id);
      if (entity && entity.key !== '') untagged.push({ key: entity.key, name: entity.name, entry: { articleUri, claim, mentionedAs: mentionAsWritten(claim, entity.name) } });
    }
  }
  const tagged = [...groups.values()];
  for (const { key, name, entry } of untagged) {
    // An entity the reader tagged elsewhere joins that source: "The Washington Post" under "Washington Post".
    const known = tagged.find((group) => group.source !== undefined && sourceMatches(group.source, name));
    if (known) {
      known.claims.push({ ...entry, mentionedAs: mentionAsWritten(entry.claim, known.name) });
      known.articleSet.add(entry.articleUri);
    } else {
      add(`detected:${key}`, name, false, entry);
    }
  }
  const inOrder = (a: WorkspaceSourceClaim, b: WorkspaceSourceClaim): number =>
    a.articleUri.localeCompare(b.articleUri) || a.claim.target.start - b.claim.target.start;
  return [...groups.values()]
    .map((group): WorkspaceSource => ({ key: group.key, name: group.name, tagged: group.tagged, claims: group.claims.sort(inOrder), articles: group.articleSet.size }))
    .sort((a, b) => b.claims.length - a.claims.length || a.name.localeCompare(b.name));
}
