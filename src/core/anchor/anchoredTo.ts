// Making sure a sidecar's offsets describe the text at hand before anything is drawn, exported or written from them.
import type { Claim, Sidecar, TextSpan } from '../model/types';
import { relocateReference } from './place';
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
  const referenced = withReferencesIn(sidecar, text);
  if (referenced.claims.every((claim) => claimSelectsItsText(claim, text))) return { sidecar: referenced, reanchored: false };
  return { sidecar: reanchor(referenced, text), reanchored: true };
}

/**
 * `sidecar` with every placed claim's `source.refersTo` selecting its text in `text`: the mention a source refers to
 * lies away from its claim and is not moved with it while typing, so one that no longer selects its text is found again
 * nearby, or dropped. Claims whose mention holds keep their objects.
 */
function withReferencesIn(sidecar: Sidecar, text: string): Sidecar {
  let changed = false;
  const claims = sidecar.claims.map((claim) => {
    const source = claim.source;
    const refersTo = source?.refersTo;
    if (claim.orphan || !source || !refersTo || selects(text, refersTo, refersTo.text)) return claim;
    changed = true;
    const found = relocateReference(refersTo, text, 0);
    const { start, end, text: written } = source;
    return { ...claim, source: found ? { start, end, text: written, refersTo: found } : { start, end, text: written } };
  });
  return changed ? { ...sidecar, claims } : sidecar;
}
