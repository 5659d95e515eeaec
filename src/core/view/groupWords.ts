// Names the Claims panel's groups in words: the source, the credibility with its meaning, the state, the kind, or the orphans.
import { ENGLISH, type Words } from '../words';
import type { ClaimGroup } from './claimGroups';

export interface GroupLabel {
  label: string;
  /** Shown dimmed after the label: the count and, where useful, what the group means. */
  description: string;
}

function capitalized(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function groupWords(group: ClaimGroup, words: Words = ENGLISH): GroupLabel {
  const n = words.claim.count(group.claims.length);
  const w = words.groups;
  const key = group.key;
  switch (key.kind) {
    case 'source': {
      const reliability = key.source.reliability ? ` · ${key.source.reliability}, ${words.rating.reliability[key.source.reliability]}` : '';
      return { label: key.source.name, description: `${n}${reliability}` };
    }
    case 'detectedSource':
      return { label: key.name, description: `${n} · ${w.detectedNotTagged}` };
    case 'noSource':
      return { label: w.noSourceNamed, description: n };
    case 'credibility':
      return key.credibility === null
        ? { label: w.credibilityNotRated, description: n }
        : { label: `${key.credibility} — ${words.rating.credibility[key.credibility]}`, description: n };
    case 'state':
      return { label: capitalized(words.claim.states[key.state]), description: n };
    case 'claimKind':
      return key.claimKind === null
        ? { label: w.kindNotKnown, description: n }
        : { label: capitalized(words.claim.kinds[key.claimKind]), description: `${n} · ${words.claim.kindDescriptions[key.claimKind]}` };
    case 'orphans':
      return { label: w.orphans, description: `${n} · ${w.orphansExplained}` };
  }
}
