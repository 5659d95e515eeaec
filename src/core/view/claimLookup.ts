// Finds claims by position in the article: the claim under the cursor and the next / previous claim for navigation.
import type { Claim } from '../model/types';

/** Claims that have a place in the current text, in document order. */
export function placedClaims(claims: readonly Claim[], includeRejected = true): Claim[] {
  return claims
    .filter((c) => !c.orphan && (includeRejected || c.state !== 'rejected'))
    .sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end);
}

/**
 * The claim at `offset` (a cursor touching either end counts). When claims nest or overlap,
 * the shortest one wins, because it is the one the reader is most likely pointing at.
 */
export function claimAt(claims: readonly Claim[], offset: number, includeRejected = true): Claim | undefined {
  let best: Claim | undefined;
  for (const claim of placedClaims(claims, includeRejected)) {
    const { start, end } = claim.target;
    if (start > offset) break;
    if (end < offset) continue;
    if (!best || end - start < best.target.end - best.target.start) best = claim;
  }
  return best;
}

/**
 * The claim after (direction 1) or before (direction -1) `offset`, wrapping around the ends of the article
 * so that repeated "next claim" keeps cycling.
 */
export function adjacentClaim(
  claims: readonly Claim[],
  offset: number,
  direction: 1 | -1,
  includeRejected = false,
): Claim | undefined {
  const placed = placedClaims(claims, includeRejected);
  if (placed.length === 0) return undefined;
  if (direction === 1) return placed.find((c) => c.target.start > offset) ?? placed[0];
  for (let i = placed.length - 1; i >= 0; i--) {
    if (placed[i].target.start < offset) return placed[i];
  }
  return placed[placed.length - 1];
}
