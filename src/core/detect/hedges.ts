// Hedging cues around a claim and the FactBank-style commitment they add up to.
import type { Commitment, Span } from './types';
import { CUE_ONLY_HEDGES, HEDGE_WORDS, type HedgeStrength } from './lexicon';
import type { Range } from './segment';
import { tokenize } from './tokens';

export interface HedgeHit extends Range {
  strength: HedgeStrength;
}

/** Hedge words (lower case only, so "May" the month is no hedge) of the cue's verb and inside the given ranges, in text order. */
export function findHedges(text: string, cueHead: Range, ranges: Range[]): HedgeHit[] {
  const hits: HedgeHit[] = [];
  for (const r of [cueHead, ...ranges]) {
    for (const t of tokenize(text, r.start, r.end)) {
      const strength = HEDGE_WORDS.get(t.text);
      if (strength && (r === cueHead || !CUE_ONLY_HEDGES.has(t.text))) hits.push({ start: t.start, end: t.end, strength });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The weakest commitment signalled: possibility beats unsupported report beats probability; none means certain. */
export function commitmentOf(hedges: HedgeHit[]): Commitment {
  if (hedges.some((h) => h.strength === 'possible')) return 'possible';
  if (hedges.some((h) => h.strength === 'uncommitted')) return 'uncommitted';
  if (hedges.some((h) => h.strength === 'probable')) return 'probable';
  return 'certain';
}

export function hedgeSpans(original: string, hedges: HedgeHit[]): Span[] {
  return hedges.map((h) => ({ start: h.start, end: h.end, text: original.slice(h.start, h.end) }));
}
