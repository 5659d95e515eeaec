// Groups an article's claims for the Claims panel: by source, credibility, state or kind, with orphans always apart.
import { CLAIM_KINDS } from '../model/kinds';
import type { Claim, ClaimKind, ClaimState, Credibility, Sidecar, Source } from '../model/types';
import { sourceEntities } from './sourceEntities';

export type GroupBy = 'source' | 'credibility' | 'state' | 'kind';
export const GROUP_BY_VALUES: readonly GroupBy[] = ['source', 'credibility', 'state', 'kind'];

export type GroupKey =
  /** Claims tagged with this source. */
  | { kind: 'source'; source: Source }
  /**
   * Untagged claims whose detected sources stand for one entity: every "Seoul", or "The Washington Post" with "the
   * newspaper", "the daily" and "it" that refer to it. `name` is the entity's fullest name in the article.
   */
  | { kind: 'detectedSource'; name: string }
  | { kind: 'noSource' }
  | { kind: 'credibility'; credibility: Credibility | null }
  | { kind: 'state'; state: ClaimState }
  /** Claims of one kind of attribution; `null` gathers those whose kind is not known. */
  | { kind: 'claimKind'; claimKind: ClaimKind | null }
  /** Claims that can no longer be placed in the text. */
  | { kind: 'orphans' };

export interface ClaimGroup {
  /** Stable across refreshes, so the tree keeps what the reader expanded. */
  id: string;
  key: GroupKey;
  /** In document order. */
  claims: Claim[];
}

const STATE_ORDER: readonly ClaimState[] = ['suggested', 'confirmed', 'rejected'];
const CREDIBILITY_ORDER: readonly (Credibility | null)[] = [1, 2, 3, 4, 5, 6, null];
const KIND_ORDER: readonly (ClaimKind | null)[] = [...CLAIM_KINDS, null];

function byPosition(a: Claim, b: Claim): number {
  return a.target.start - b.target.start || a.target.end - b.target.end;
}

function sourceGroups(claims: Claim[], sources: readonly Source[]): ClaimGroup[] {
  const sourcesById = new Map(sources.map((s) => [s.id, s]));
  // Worked out over every claim: a tagged "the newspaper" still tells what an untagged "it" stands for.
  const entities = sourceEntities(claims);
  const groups = new Map<string, ClaimGroup>();
  for (const claim of claims) {
    const source = claim.sourceId === null ? undefined : sourcesById.get(claim.sourceId);
    const entity = entities.get(claim.id);
    let id: string;
    let key: GroupKey;
    if (source) {
      id = `source:${source.id}`;
      key = { kind: 'source', source };
    } else if (entity && entity.key !== '') {
      id = `detected:${entity.key}`;
      key = { kind: 'detectedSource', name: entity.name };
    } else {
      id = 'noSource';
      key = { kind: 'noSource' };
    }
    const group = groups.get(id) ?? { id, key, claims: [] };
    group.claims.push(claim);
    groups.set(id, group);
  }
  // Groups follow the article: the source met first comes first; "no source" closes the list.
  return [...groups.values()].sort(
    (a, b) => Number(a.key.kind === 'noSource') - Number(b.key.kind === 'noSource') || byPosition(a.claims[0], b.claims[0]),
  );
}

/** The name a source group is listed under (a tagged source's, or the entity's the detected sources stand for); null for other groups. */
export function sourceGroupName(group: ClaimGroup): string | null {
  if (group.key.kind === 'source') return group.key.source.name;
  return group.key.kind === 'detectedSource' ? group.key.name : null;
}

function orderedGroups<T>(claims: Claim[], order: readonly T[], valueOf: (c: Claim) => T, keyOf: (v: T) => GroupKey, idOf: (v: T) => string): ClaimGroup[] {
  return order
    .map((value) => ({ id: idOf(value), key: keyOf(value), claims: claims.filter((c) => valueOf(c) === value) }))
    .filter((g) => g.claims.length > 0);
}

export function groupClaims(sidecar: Sidecar, by: GroupBy): ClaimGroup[] {
  const sorted = [...sidecar.claims].sort(byPosition);
  const placed = sorted.filter((c) => !c.orphan);
  const orphans = sorted.filter((c) => c.orphan);
  let groups: ClaimGroup[];
  switch (by) {
    case 'source':
      groups = sourceGroups(placed, sidecar.sources);
      break;
    case 'credibility':
      groups = orderedGroups(placed, CREDIBILITY_ORDER, (c) => c.credibility, (credibility) => ({ kind: 'credibility', credibility }), (v) => `credibility:${v ?? 'none'}`);
      break;
    case 'state':
      groups = orderedGroups(placed, STATE_ORDER, (c) => c.state, (state) => ({ kind: 'state', state }), (v) => `state:${v}`);
      break;
    case 'kind':
      groups = orderedGroups(placed, KIND_ORDER, (c) => c.kind, (claimKind) => ({ kind: 'claimKind', claimKind }), (v) => `kind:${v ?? 'none'}`);
      break;
  }
  if (orphans.length > 0) groups.push({ id: 'orphans', key: { kind: 'orphans' }, claims: orphans });
  return groups;
}
