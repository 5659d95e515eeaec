// Hedging cues around a claim and the FactBank-style commitment they add up to.
import type { Commitment, Span } from './types';
import { CUE_ONLY_HEDGES, HEDGE_WORDS, type HedgeStrength } from './lexicon';
import type { OffsetRange } from '../model/offsetRange';

/**
 * Any hedge word, whole; longer words first so that "suggested" is not read as "suggest". The hedge words are
 * ASCII, so ASCII word boundaries do (a Unicode-aware expression is several times slower, and runs once per claim).
 */
const HEDGE_RE = new RegExp(`\\b(?:${[...HEDGE_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

export interface HedgeHit extends OffsetRange {
  strength: HedgeStrength;
}

/** Hedge words (lower case only, so "May" the month is no hedge) of the cue's verb and inside the given ranges, in text order. */
export function findHedges(text: string, cueHead: OffsetRange | null, ranges: OffsetRange[]): HedgeHit[] {
  const hits: HedgeHit[] = [];
  for (const r of cueHead ? [cueHead, ...ranges] : ranges) {
    // Searching a slice keeps the search inside the range (a search in the whole text would run on to its end).
    const slice = text.slice(r.start, r.end);
    HEDGE_RE.lastIndex = 0;
    for (let m = HEDGE_RE.exec(slice); m !== null; m = HEDGE_RE.exec(slice)) {
      const strength = HEDGE_WORDS.get(m[0]);
      const start = r.start + m.index;
      if (strength && (r === cueHead || !CUE_ONLY_HEDGES.has(m[0]))) hits.push({ start, end: start + m[0].length, strength });
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
