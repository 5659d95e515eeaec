// Counts of an article's claims (by state, source, rating code, kind, orphans), for report headers and `claimlens stats`.
import { countsAsClaim } from '../model/annotations';
import { ratingCode } from '../model/ratings';
import type { ClaimState, Sidecar } from '../model/types';
import { ENGLISH, type ReportWords } from '../words';

/** Counted as everywhere (`countsAsClaim`): rejected claims are only in `byState`, as rejections. */
export interface ClaimTally {
  /** Claims that are not rejected. */
  claims: number;
  byState: Record<ClaimState, number>;
  /** Of the claims, those that can no longer be placed. */
  orphans: number;
  /** Claims per tagged source name; untagged claims are counted under `UNTAGGED`. */
  bySource: Record<string, number>;
  /** Claims per Admiralty code (`B2`, `B?`, `?2`); unrated claims are counted under `UNRATED`. */
  byCode: Record<string, number>;
  /** Claims per kind (`statement`, `belief`…); claims of unknown kind are counted under `UNKNOWN_KIND`. */
  byKind: Record<string, number>;
}

export const UNTAGGED = '(untagged)';
export const UNRATED = '(unrated)';
export const UNKNOWN_KIND = '(unknown)';

export function emptyTally(): ClaimTally {
  return { claims: 0, byState: { suggested: 0, confirmed: 0, rejected: 0 }, orphans: 0, bySource: {}, byCode: {}, byKind: {} };
}

export function articleTally(sidecar: Sidecar): ClaimTally {
  const tally = emptyTally();
  const sources = new Map(sidecar.sources.map((s) => [s.id, s]));
  for (const claim of sidecar.claims) {
    const source = claim.sourceId === null ? undefined : sources.get(claim.sourceId);
    const code = ratingCode(source?.reliability ?? null, claim.credibility) || UNRATED;
    const name = source?.name ?? UNTAGGED;
    tally.byState[claim.state]++;
    if (!countsAsClaim(claim)) continue;
    tally.claims++;
    if (claim.orphan) tally.orphans++;
    tally.bySource[name] = (tally.bySource[name] ?? 0) + 1;
    tally.byCode[code] = (tally.byCode[code] ?? 0) + 1;
    const kind = claim.kind ?? UNKNOWN_KIND;
    tally.byKind[kind] = (tally.byKind[kind] ?? 0) + 1;
  }
  return tally;
}

export function addTallies(a: ClaimTally, b: ClaimTally): ClaimTally {
  const sum = (x: Record<string, number>, y: Record<string, number>): Record<string, number> => {
    const out = { ...x };
    for (const [key, n] of Object.entries(y)) out[key] = (out[key] ?? 0) + n;
    return out;
  };
  return {
    claims: a.claims + b.claims,
    byState: {
      suggested: a.byState.suggested + b.byState.suggested,
      confirmed: a.byState.confirmed + b.byState.confirmed,
      rejected: a.byState.rejected + b.byState.rejected,
    },
    orphans: a.orphans + b.orphans,
    bySource: sum(a.bySource, b.bySource),
    byCode: sum(a.byCode, b.byCode),
    byKind: sum(a.byKind, b.byKind),
  };
}

/** One sentence, e.g. `4 claims: 2 confirmed, 2 suggested; 1 rejected; 1 orphan.` */
export function describeTally(tally: ClaimTally, words: ReportWords = ENGLISH.report): string {
  const { suggested, confirmed, rejected } = tally.byState;
  if (tally.claims === 0 && rejected === 0) return words.noClaims;
  return words.tally(tally.claims, confirmed, suggested, rejected, tally.orphans);
}
