// Says a claim's state, kind, commitment and rating in words, so nothing is conveyed by colour alone.
import type { Claim, ClaimState, Source } from '../model/types';
import type { Commitment } from '../detect/types';
import { ratingCode } from '../model/ratings';
import { ENGLISH, type ClaimWords } from '../words';

export const STATE_WORDS: Readonly<Record<ClaimState, string>> = ENGLISH.claim.states;

/** What the text's own hedging says about its commitment to the claim (a hint, never the reader's rating). */
export const COMMITMENT_WORDS: Readonly<Record<Commitment, string>> = ENGLISH.claim.commitments;

/** "suggested", "confirmed", "rejected", or "orphan — no longer found in the text". */
export function stateInWords(claim: Claim, words: ClaimWords = ENGLISH.claim): string {
  return claim.orphan ? words.orphanWas(words.states[claim.state]) : words.states[claim.state];
}

/** "belief — what the source thinks or feels: …", "(set by hand)" when the user chose it; "not known" without a kind. */
export function kindInWords(claim: Claim, words: ClaimWords = ENGLISH.claim): string {
  if (claim.kind === null) return words.kindNotKnown;
  const by = claim.kindOrigin === 'manual' ? ` (${words.kindSetByHand})` : '';
  return `${words.kinds[claim.kind]}${by} — ${words.kindDescriptions[claim.kind]}`;
}

/**
 * The short line a list shows next to a claim: state, kind, rating code and source, e.g. "confirmed · belief · B2 ·
 * KCNA". The source and the kind are left out where the list's grouping already says them.
 */
export function claimSummary(claim: Claim, source: Source | null, withSource: boolean, withKind = true, words: ClaimWords = ENGLISH.claim): string {
  const parts = [claim.orphan ? words.orphan : words.states[claim.state]];
  if (withKind && claim.kind !== null) parts.push(words.kinds[claim.kind]);
  const code = ratingCode(source?.reliability ?? null, claim.credibility);
  if (code) parts.push(code);
  if (withSource && source) parts.push(source.name);
  if (claim.note) parts.push(words.note);
  return parts.join(' · ');
}
