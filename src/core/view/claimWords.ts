// Says a claim's state, kind, commitment and rating in words, so nothing is conveyed by colour alone.
import type { Claim, ClaimState, Source } from '../model/types';
import type { Commitment } from '../detect/types';
import { KIND_DESCRIPTIONS, KIND_LABELS } from '../model/kinds';
import { ratingCode } from '../model/ratings';

export const STATE_WORDS: Readonly<Record<ClaimState, string>> = {
  suggested: 'suggested',
  confirmed: 'confirmed',
  rejected: 'rejected',
};

/** What the text's own hedging says about its commitment to the claim (a hint, never the reader's rating). */
export const COMMITMENT_WORDS: Readonly<Record<Commitment, string>> = {
  certain: 'certain — stated as fact',
  probable: 'probable — lightly hedged',
  possible: 'possible — hedged',
  uncommitted: 'uncommitted — the text does not vouch for it',
};

/** "suggested", "confirmed", "rejected", or "orphan — no longer found in the text". */
export function stateInWords(claim: Claim): string {
  return claim.orphan ? `orphan — no longer found in the text (was ${STATE_WORDS[claim.state]})` : STATE_WORDS[claim.state];
}

/** "belief — what the source thinks or feels: …", "(set by hand)" when the user chose it; "not known" without a kind. */
export function kindInWords(claim: Claim): string {
  if (claim.kind === null) return 'not known';
  const by = claim.kindOrigin === 'manual' ? ' (set by hand)' : '';
  return `${KIND_LABELS[claim.kind]}${by} — ${KIND_DESCRIPTIONS[claim.kind]}`;
}

/**
 * The short line a list shows next to a claim: state, kind, rating code and source, e.g. "confirmed · belief · B2 ·
 * KCNA". The source and the kind are left out where the list's grouping already says them.
 */
export function claimSummary(claim: Claim, source: Source | null, withSource: boolean, withKind = true): string {
  const parts = [claim.orphan ? 'orphan' : STATE_WORDS[claim.state]];
  if (withKind && claim.kind !== null) parts.push(KIND_LABELS[claim.kind]);
  const code = ratingCode(source?.reliability ?? null, claim.credibility);
  if (code) parts.push(code);
  if (withSource && source) parts.push(source.name);
  if (claim.note) parts.push('note');
  return parts.join(' · ');
}
