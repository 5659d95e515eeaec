// Names the Claims panel's groups in words: the source, the credibility with its meaning, the state, the kind, or the orphans.
import { KIND_DESCRIPTIONS, KIND_LABELS } from '../model/kinds';
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from '../model/ratings';
import type { ClaimGroup } from './claimGroups';
import { STATE_WORDS } from './claimWords';

export interface GroupWords {
  label: string;
  /** Shown dimmed after the label: the count and, where useful, what the group means. */
  description: string;
}

function count(n: number): string {
  return n === 1 ? '1 claim' : `${n} claims`;
}

function capitalized(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function groupWords(group: ClaimGroup): GroupWords {
  const n = count(group.claims.length);
  const key = group.key;
  switch (key.kind) {
    case 'source': {
      const reliability = key.source.reliability ? ` · ${key.source.reliability}, ${RELIABILITY_LABELS[key.source.reliability]}` : '';
      return { label: key.source.name, description: `${n}${reliability}` };
    }
    case 'detectedSource':
      return { label: key.name, description: `${n} · detected, not tagged` };
    case 'noSource':
      return { label: 'No source found', description: n };
    case 'credibility':
      return key.credibility === null
        ? { label: 'Credibility not rated', description: n }
        : { label: `${key.credibility} — ${CREDIBILITY_LABELS[key.credibility]}`, description: n };
    case 'state':
      return { label: capitalized(STATE_WORDS[key.state]), description: n };
    case 'claimKind':
      return key.claimKind === null
        ? { label: 'Kind not known', description: n }
        : { label: capitalized(KIND_LABELS[key.claimKind]), description: `${n} · ${KIND_DESCRIPTIONS[key.claimKind]}` };
    case 'orphans':
      return { label: 'Orphans', description: `${n} · no longer found in the text` };
  }
}
