// Re-anchoring a whole sidecar to a text that changed since it was saved (another editor, git, a sync tool).
import type { Sidecar } from '../model/types';
import { locateQuote } from './locate';
import { orphanClaim, placeClaim } from './place';

/** Every claim re-placed in `text`; a claim that cannot be placed becomes an orphan and is never dropped. Orphans are retried too. */
export function reanchor(sidecar: Sidecar, text: string): Sidecar {
  const claims = sidecar.claims.map((claim) => {
    const found = locateQuote(text, claim.target);
    return found === null ? orphanClaim(claim) : placeClaim(claim, text, found.start, found.end);
  });
  return { ...sidecar, claims };
}
