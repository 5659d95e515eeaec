// Finds claims by position in the article: the claim under the cursor and the next / previous claim for navigation.
import { type ClaimFilter, ClaimList } from '../model/claimList';
import type { Claim } from '../model/types';

/** An article's claims as the store keeps them (a `ClaimList`), or any array of claims. */
export type Claims = ClaimList | readonly Claim[];

/**
 * Lists made for arrays, kept per array: claims arrays are never changed in place (every change makes a new one), so
 * a list stays valid for as long as its array is in use, and is collected with it.
 */
const lists = new WeakMap<readonly Claim[], ClaimList>();

function listOf(claims: Claims): ClaimList {
  if (claims instanceof ClaimList) return claims;
  let list = lists.get(claims);
  if (list === undefined) {
    list = ClaimList.of(claims);
    lists.set(claims, list);
  }
  return list;
}

/** Rejected claims only when asked for, and only the claims `shows` takes (the kinds on screen), if given. */
function filter(includeRejected: boolean, shows: ClaimFilter | undefined): ClaimFilter {
  if (includeRejected) return shows ?? (() => true);
  return (claim) => claim.state !== 'rejected' && (shows === undefined || shows(claim));
}

/**
 * The claim at `offset` (a cursor touching either end counts). When claims nest or overlap, the shortest one wins,
 * because it is the one the reader is most likely pointing at; on a tie, the first in document order.
 */
export function claimAt(claims: Claims, offset: number, includeRejected = true, shows?: ClaimFilter): Claim | undefined {
  return listOf(claims).holding(offset, offset, filter(includeRejected, shows));
}

/**
 * The claim a selection from `start` to `end` points at: the shortest claim holding all of it, so that a claim just
 * selected (by "next claim", the panel or the mouse) is the one found, not a neighbour touching its end. An empty
 * selection, or one no claim holds, is the cursor at `active`.
 */
export function claimAtSelection(
  claims: Claims,
  selection: { start: number; end: number; active: number },
  includeRejected = true,
  shows?: ClaimFilter,
): Claim | undefined {
  const { start, end, active } = selection;
  const accept = filter(includeRejected, shows);
  const held = start === end ? undefined : listOf(claims).holding(start, end, accept);
  return held ?? listOf(claims).holding(active, active, accept);
}

/**
 * The claim after (direction 1) or before (direction -1) `offset`, wrapping around the ends of the article
 * so that repeated "next claim" keeps cycling.
 */
export function adjacentClaim(claims: Claims, offset: number, direction: 1 | -1, includeRejected = false, shows?: ClaimFilter): Claim | undefined {
  const list = listOf(claims);
  const accept = filter(includeRejected, shows);
  return list.adjacent(offset, direction, accept) ?? list.end(direction, accept);
}

/**
 * The claim after (direction 1) or before (-1) `current` in document order, wrapping: claims that start where it starts
 * are visited one by one (a subject with two cues gives two claims from one offset), which moving by offset would skip.
 */
export function claimNextTo(claims: Claims, current: Claim, direction: 1 | -1, includeRejected = false, shows?: ClaimFilter): Claim | undefined {
  const sameStart = listOf(claims).startingAt(current.target.start, filter(includeRejected, shows));
  const index = sameStart.findIndex((c) => c.id === current.id);
  const neighbour = index === -1 ? undefined : sameStart[index + direction];
  return neighbour ?? adjacentClaim(claims, current.target.start, direction, includeRejected, shows);
}
