// Making sure a sidecar's offsets describe the text at hand before anything is drawn, exported or written from them.
import type { Claim, Sidecar, TextSpan } from '../model/types';
import { reanchor } from './reanchor';

function selects(text: string, span: { start: number; end: number }, expected: string): boolean {
  return span.end <= text.length && text.slice(span.start, span.end) === expected;
}

function partSelects(text: string, part: TextSpan | null): boolean {
  return part === null || selects(text, part, part.text);
}

/** Whether a placed claim selects its quote, and each of its parts its own text, in `text`; orphans always do. */
export function claimSelectsItsText(claim: Claim, text: string): boolean {
  if (claim.orphan) return true;
  return (
    selects(text, claim.target, claim.target.exact) &&
    partSelects(text, claim.source) &&
    partSelects(text, claim.cue) &&
    partSelects(text, claim.content) &&
    claim.hedges.every((hedge) => partSelects(text, hedge))
  );
}

/**
 * `sidecar` with offsets that hold in `text`. The recorded hash of the article is not trusted alone: a hand-edited or
 * hostile sidecar can carry the right hash and wrong offsets. When any placed claim or part does not select its text,
 * the claims are re-anchored (and what cannot be placed becomes an orphan).
 */
export function anchoredTo(sidecar: Sidecar, text: string): { sidecar: Sidecar; reanchored: boolean } {
  if (sidecar.claims.every((claim) => claimSelectsItsText(claim, text))) return { sidecar, reanchored: false };
  return { sidecar: reanchor(sidecar, text), reanchored: true };
}
