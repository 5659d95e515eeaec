// Re-anchoring a whole sidecar to a text that changed since it was saved (another editor, git, a sync tool).
import type { Claim, Sidecar } from '../model/types';
import { locateQuote, type SearchBudget } from './locate';
import { orphanClaim, placeClaim } from './place';

/** What one re-anchoring may spend on whole-text searches: well under a second for a megabyte article. */
const REANCHOR_BUDGET: Readonly<SearchBudget> = { exactScans: 100, fuzzyCharacters: 4_000_000 };

/**
 * Every claim re-placed in `text`; a claim that cannot be placed becomes an orphan and is never dropped. Orphans are
 * retried too. Claims are visited in document order so that each one is first looked for where the shift of the
 * claim before it predicts — after an insertion near the top, every later claim is found at once.
 */
export function reanchor(sidecar: Sidecar, text: string): Sidecar {
  const budget: SearchBudget = { ...REANCHOR_BUDGET };
  const order = sidecar.claims.map((_, i) => i).sort((a, b) => sidecar.claims[a].target.start - sidecar.claims[b].target.start);
  const claims: Claim[] = [...sidecar.claims];
  let shift = 0;
  for (const i of order) {
    const claim = sidecar.claims[i];
    const found = locateQuote(text, claim.target, claim.target.start + shift, budget);
    if (found === null) {
      claims[i] = orphanClaim(claim);
    } else {
      shift = found.start - claim.target.start;
      claims[i] = placeClaim(claim, text, found.start, found.end);
    }
  }
  return { ...sidecar, claims };
}
