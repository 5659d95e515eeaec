// Tagging all of an entity's claims in one step ("the newspaper", "the daily", "it" → The Washington Post), and undoing it.
import { sourceEntities } from '../view/sourceEntities';
import type { Claim, Sidecar } from './types';

/** What one step of tagging changed: each claim's source before it, to undo the step. */
export interface EntityTagging {
  sourceId: string;
  /** Claim id → its `sourceId` before the step. */
  previous: ReadonlyMap<string, string | null>;
}

/**
 * The other claims of the article whose detected sources stand for the same entity as the source of claim `claimId`
 * (see `sourceEntities`) and that have no source tagged yet. Rejected claims and orphans are left out. Empty when the
 * claim has no detected source.
 */
export function untaggedClaimsOfEntity(sidecar: Sidecar, claimId: string): Claim[] {
  const placed = sidecar.claims.filter((c) => !c.orphan);
  const entities = sourceEntities(placed);
  const entity = entities.get(claimId);
  if (!entity) return [];
  return placed
    .filter((c) => c.id !== claimId && c.sourceId === null && c.state !== 'rejected' && entities.get(c.id)?.key === entity.key)
    .sort((a, b) => a.target.start - b.target.start);
}

/** Tags `claimIds` with the source `sourceId` (which must be in the sidecar) in one pass; `modified` becomes `now`. */
export function tagClaims(sidecar: Sidecar, claimIds: readonly string[], sourceId: string, now: string): { sidecar: Sidecar; tagging: EntityTagging } {
  if (!sidecar.sources.some((s) => s.id === sourceId)) throw new Error(`no source with id "${sourceId}"; add it with upsertSource first`);
  const wanted = new Set(claimIds);
  const previous = new Map<string, string | null>();
  const claims = sidecar.claims.map((claim) => {
    if (!wanted.has(claim.id) || claim.sourceId === sourceId) return claim;
    previous.set(claim.id, claim.sourceId);
    return { ...claim, sourceId, modified: now };
  });
  return { sidecar: previous.size === 0 ? sidecar : { ...sidecar, claims }, tagging: { sourceId, previous } };
}

/**
 * Undoes a step of `tagClaims`: each claim it tagged gets its earlier source back — unless the claim was tagged
 * otherwise since, or deleted: later work is never undone. Returns the sidecar and how many claims it restored.
 */
export function undoTagging(sidecar: Sidecar, tagging: EntityTagging, now: string): { sidecar: Sidecar; restored: number } {
  let restored = 0;
  const claims = sidecar.claims.map((claim) => {
    if (!tagging.previous.has(claim.id) || claim.sourceId !== tagging.sourceId) return claim;
    restored++;
    return { ...claim, sourceId: tagging.previous.get(claim.id) ?? null, modified: now };
  });
  return { sidecar: restored === 0 ? sidecar : { ...sidecar, claims }, restored };
}
