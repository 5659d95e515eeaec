// Finds claims by position in the article: the claim under the cursor and the next / previous claim for navigation.
import type { Claim } from '../model/types';

/** Claims that have a place in the current text, in document order. */
export function placedClaims(claims: readonly Claim[], includeRejected = true): Claim[] {
  return claims
    .filter((c) => !c.orphan && (includeRejected || c.state !== 'rejected'))
    .sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end);
}

/**
 * Placed claims in document order, each with the furthest end reached by it or any claim before it: a claim
 * containing an offset can then be found by a binary search and a short walk back that stops as soon as no
 * earlier claim reaches the offset, so the cursor can be followed in an article with tens of thousands of claims.
 */
interface ClaimIndex {
  readonly claims: readonly Claim[];
  readonly reach: readonly number[];
}

function buildIndex(claims: readonly Claim[], includeRejected: boolean): ClaimIndex {
  const placed = placedClaims(claims, includeRejected);
  const reach: number[] = [];
  let furthest = -1;
  for (const claim of placed) {
    furthest = Math.max(furthest, claim.target.end);
    reach.push(furthest);
  }
  return { claims: placed, reach };
}

/**
 * Indexes are kept per claims array: a sidecar's claims are never changed in place (every change makes a new
 * array), so an index stays valid for as long as its array is in use, and is collected with it.
 */
const indexes = new WeakMap<readonly Claim[], { all?: ClaimIndex; live?: ClaimIndex }>();

function indexOf(claims: readonly Claim[], includeRejected: boolean): ClaimIndex {
  const cached = indexes.get(claims) ?? {};
  indexes.set(claims, cached);
  if (includeRejected) return (cached.all ??= buildIndex(claims, true));
  return (cached.live ??= buildIndex(claims, false));
}

/** The number of claims (in document order) that start at or before `offset`. */
function startingUpTo(placed: readonly Claim[], offset: number): number {
  let low = 0;
  let high = placed.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (placed[middle].target.start <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The claim at `offset` (a cursor touching either end counts). When claims nest or overlap,
 * the shortest one wins, because it is the one the reader is most likely pointing at.
 */
export function claimAt(claims: readonly Claim[], offset: number, includeRejected = true): Claim | undefined {
  return shortestHolding(claims, offset, offset, includeRejected);
}

/** The shortest placed claim from at or before `start` to at or after `end`; the first in document order on a tie. */
function shortestHolding(claims: readonly Claim[], start: number, end: number, includeRejected: boolean): Claim | undefined {
  const index = indexOf(claims, includeRejected);
  let best: Claim | undefined;
  for (let i = startingUpTo(index.claims, start) - 1; i >= 0 && index.reach[i] >= end; i--) {
    const claim = index.claims[i];
    if (claim.target.end < end) continue;
    if (!best || claim.target.end - claim.target.start <= best.target.end - best.target.start) best = claim;
  }
  return best;
}

/**
 * The claim a selection from `start` to `end` points at: the shortest claim holding all of it, so that a claim just
 * selected (by "next claim", the panel or the mouse) is the one found, not a neighbour touching its end. An empty
 * selection, or one no claim holds, is the cursor at `active`.
 */
export function claimAtSelection(
  claims: readonly Claim[],
  selection: { start: number; end: number; active: number },
  includeRejected = true,
): Claim | undefined {
  const { start, end, active } = selection;
  const held = start === end ? undefined : shortestHolding(claims, start, end, includeRejected);
  return held ?? claimAt(claims, active, includeRejected);
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
  const { claims: placed } = indexOf(claims, includeRejected);
  if (placed.length === 0) return undefined;
  if (direction === 1) return placed[startingUpTo(placed, offset)] ?? placed[0];
  return placed[startingUpTo(placed, offset - 1) - 1] ?? placed[placed.length - 1];
}
