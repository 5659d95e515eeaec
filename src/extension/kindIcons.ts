// One codicon per kind of attribution, shared by the Claims panel's kind groups and the Set Kind picker.
import type { ClaimKind } from '../core/model/types';

export const KIND_ICONS: Readonly<Record<ClaimKind, string>> = {
  statement: 'comment',
  belief: 'lightbulb',
  evidence: 'graph',
  characterization: 'tag',
  request: 'megaphone',
  intention: 'target',
  refusal: 'circle-slash',
};
