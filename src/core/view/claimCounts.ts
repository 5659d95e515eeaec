// Counts an article's claims by state and tagging, and words them for the status bar.
import type { ClaimList } from '../model/claimList';
import { countsAsClaim } from '../model/annotations';
import type { Claim } from '../model/types';
import { ENGLISH, type Words } from '../words';

export interface ClaimCounts {
  /** Claims that are not rejected (suggested or confirmed, placed or orphaned). */
  claims: number;
  /** Of those, the ones given a source or a credibility. */
  tagged: number;
  suggested: number;
  confirmed: number;
  rejected: number;
  orphans: number;
}

export function isTagged(claim: Claim): boolean {
  return claim.sourceId !== null || claim.credibility !== null;
}

export function countClaims(claims: Iterable<Claim>): ClaimCounts {
  const counts: ClaimCounts = { claims: 0, tagged: 0, suggested: 0, confirmed: 0, rejected: 0, orphans: 0 };
  for (const claim of claims) {
    counts[claim.state] += 1;
    if (!countsAsClaim(claim)) continue;
    counts.claims += 1;
    if (isTagged(claim)) counts.tagged += 1;
    if (claim.orphan) counts.orphans += 1;
  }
  return counts;
}

const COUNTS = {};

/** The counts of a claim list, computed once and kept while its claims only move with the text. */
export function countsOf(claims: ClaimList): ClaimCounts {
  return claims.fact(COUNTS, countClaims);
}

/** "12 claims · 3 tagged", plus the orphans when there are any, since they need the reader's attention. */
export function statusText(counts: ClaimCounts, words: Words = ENGLISH): string {
  const parts = [words.claim.count(counts.claims), words.counts.tagged(counts.tagged)];
  if (counts.orphans > 0) parts.push(words.counts.orphans(counts.orphans));
  return parts.join(' · ');
}

/** The longer wording for the status bar's tooltip and screen readers. */
export function statusTooltip(counts: ClaimCounts, words: Words = ENGLISH): string {
  return [
    words.counts.inArticle(words.claim.count(counts.claims), counts.suggested, counts.confirmed),
    words.counts.taggedLong(counts.tagged),
    words.counts.rejectedAndOrphans(counts.rejected, counts.orphans),
  ].join('\n');
}
