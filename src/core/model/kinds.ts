// The seven kinds of attribution in words: the name of each kind and what it covers, with typical cues.
import { CLAIM_KINDS, type ClaimKind } from '../detect/types';

export { CLAIM_KINDS };

export const KIND_LABELS: Readonly<Record<ClaimKind, string>> = {
  statement: 'statement',
  belief: 'belief',
  evidence: 'evidence',
  characterization: 'characterization',
  request: 'request',
  intention: 'intention',
  refusal: 'refusal',
};

/** What each kind covers, with the cues that typically mark it (definitions: docs/annotation-guidelines.md). */
export const KIND_DESCRIPTIONS: Readonly<Record<ClaimKind, string>> = {
  statement: 'speech or writing reported: said, told, according to',
  belief: 'what the source thinks or feels: believes, expects, fears',
  evidence: 'documents, data or studies as the source: records show, the study found',
  characterization: 'the source labels or judges: called it, described as, accused of',
  request: 'the source asks for action or asks a question: urged, called on, asked whether',
  intention: 'a plan, commitment or stance: plans to, vowed to, supports',
  refusal: 'the source declines to say: declined to comment, would not say',
};

export function isClaimKind(value: unknown): value is ClaimKind {
  return typeof value === 'string' && (CLAIM_KINDS as readonly string[]).includes(value);
}
