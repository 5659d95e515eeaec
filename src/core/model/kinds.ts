// The seven kinds of attribution in words: the name of each kind and what it covers, with typical cues.
import { CLAIM_KINDS, type ClaimKind } from '../detect/types';
import { ENGLISH } from '../words';

export { CLAIM_KINDS };

/** In English; a caller showing another language passes its own `ClaimWords`. */
export const KIND_LABELS: Readonly<Record<ClaimKind, string>> = ENGLISH.claim.kinds;

/** What each kind covers, with the cues that typically mark it (definitions: docs/annotation-guidelines.md). */
export const KIND_DESCRIPTIONS: Readonly<Record<ClaimKind, string>> = ENGLISH.claim.kindDescriptions;

export function isClaimKind(value: unknown): value is ClaimKind {
  return typeof value === 'string' && (CLAIM_KINDS as readonly string[]).includes(value);
}
