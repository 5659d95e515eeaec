// Decides whether an article's annotations contain anything the user made, which is what earns it a sidecar file.
import type { Claim, Sidecar } from '../../core/model/types';

/** A claim the user touched: confirmed, rejected, made by hand, given a source, a rating, a note or tags. */
export function isUserWork(claim: Claim): boolean {
  return (
    claim.state !== 'suggested' ||
    claim.origin === 'manual' ||
    claim.sourceId !== null ||
    claim.credibility !== null ||
    claim.note !== '' ||
    claim.tags.length > 0
  );
}

/**
 * Pure detector suggestions can be recomputed at any time, so they alone never create a sidecar file;
 * one user-made claim or a source the user defined does.
 */
export function hasUserWork(sidecar: Sidecar): boolean {
  return sidecar.sources.length > 0 || sidecar.claims.some(isUserWork);
}
