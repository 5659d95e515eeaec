// Figures beside attribution F1 that issue 10 tracks: recall by cue group and by kind, kind accuracy on matched
// claims, and source resolution (`source.refersTo`) precision and recall. Pure, no I/O.
import { CLAIM_KINDS, type ClaimKind, type Span } from '../../src/core/detect/types';
import type { MatchedPair, SpanOffsets } from './score';

/** A found/total pair behind a recall or accuracy figure, kept as counts so documents can be summed. */
export interface Tally {
  hit: number;
  total: number;
}

/** Gold claims grouped by their cue: the common reporting verbs, and every other cue (or none). */
export type CueGroup = 'common' | 'other';
export const CUE_GROUPS: readonly CueGroup[] = ['common', 'other'];

/** What the report calls each cue group. */
export const CUE_GROUP_LABELS: Record<CueGroup, string> = {
  common: 'say/tell/according to/add/write/believe/show',
  other: 'every other cue',
};

/** Gold claims without a kind (older hand-written gold) are counted under this key. */
export type KindKey = ClaimKind | 'none';
export const KIND_KEYS: readonly KindKey[] = [...CLAIM_KINDS, 'none'];

// The cue words issue 10 measures separately, with their inflections; any word of the cue may carry it
// ("has said", "told reporters", "would not say whether", "According to").
const COMMON_CUE =
  /\b(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|write|writes|wrote|writing|written|believe|believes|believed|believing|show|shows|showed|showing|shown)\b|\baccording to\b/i;

/** The cue group of a gold claim, by the words of its cue; a claim without a cue is in the other group. */
export function cueGroup(cue: { text: string } | null): CueGroup {
  return cue !== null && COMMON_CUE.test(cue.text) ? 'common' : 'other';
}

/** What the breakdown needs of a gold claim. */
export interface KindedGoldClaim {
  cue: Span | null;
  source: (SpanOffsets & { refersTo?: SpanOffsets }) | null;
  kind?: ClaimKind;
}

/** What the breakdown needs of a predicted claim; `refersTo` is read whether or not the detector's type declares it. */
export interface KindedPrediction {
  source: SpanOffsets | null;
  kind?: ClaimKind;
}

/** Source resolution counts: gold claims with `refersTo`, predictions with one, and matched pairs whose two overlap. */
export interface ResolutionCounts {
  correct: number;
  predicted: number;
  gold: number;
}

export interface Breakdown {
  /** Recall per cue group: matched gold claims / gold claims of the group. */
  cueGroups: Record<CueGroup, Tally>;
  /** Recall per gold kind. */
  kinds: Record<KindKey, Tally>;
  /** Matched claims whose gold has a kind: how many the detector gave the same kind. */
  kindAccuracy: Tally;
  resolution: ResolutionCounts;
}

function refersToOf(source: SpanOffsets | null): SpanOffsets | null {
  if (source === null || !('refersTo' in source)) return null;
  const refersTo: unknown = source.refersTo;
  if (typeof refersTo !== 'object' || refersTo === null) return null;
  const { start, end } = refersTo as Record<string, unknown>;
  return typeof start === 'number' && typeof end === 'number' ? { start, end } : null;
}

function overlaps(a: SpanOffsets, b: SpanOffsets): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

function emptyTallies<K extends string>(keys: readonly K[]): Record<K, Tally> {
  return Object.fromEntries(keys.map((k) => [k, { hit: 0, total: 0 }])) as Record<K, Tally>;
}

/** The breakdown of one document, from its gold claims, predictions and the attribution matching between them. */
export function breakdownDocument(gold: readonly KindedGoldClaim[], predicted: readonly KindedPrediction[], pairs: readonly MatchedPair[]): Breakdown {
  const matchedGold = new Map(pairs.map((p) => [p.gold, p.predicted]));
  const cueGroups = emptyTallies(CUE_GROUPS);
  const kinds = emptyTallies(KIND_KEYS);
  const kindAccuracy: Tally = { hit: 0, total: 0 };
  const resolution: ResolutionCounts = { correct: 0, predicted: 0, gold: 0 };
  gold.forEach((claim, index) => {
    const found = matchedGold.has(index) ? 1 : 0;
    const group = cueGroups[cueGroup(claim.cue)];
    group.total++;
    group.hit += found;
    const kind = kinds[claim.kind ?? 'none'];
    kind.total++;
    kind.hit += found;
    if (refersToOf(claim.source) !== null) resolution.gold++;
  });
  resolution.predicted = predicted.filter((p) => refersToOf(p.source) !== null).length;
  for (const pair of pairs) {
    const goldClaim = gold[pair.gold];
    const prediction = predicted[pair.predicted];
    if (goldClaim.kind !== undefined) {
      kindAccuracy.total++;
      if (prediction.kind === goldClaim.kind) kindAccuracy.hit++;
    }
    const goldRefersTo = refersToOf(goldClaim.source);
    const predictedRefersTo = refersToOf(prediction.source);
    if (goldRefersTo && predictedRefersTo && overlaps(goldRefersTo, predictedRefersTo)) resolution.correct++;
  }
  return { cueGroups, kinds, kindAccuracy, resolution };
}

function addTallies<K extends string>(keys: readonly K[], parts: readonly Record<K, Tally>[]): Record<K, Tally> {
  const sum = emptyTallies(keys);
  for (const part of parts) {
    for (const key of keys) {
      sum[key].hit += part[key].hit;
      sum[key].total += part[key].total;
    }
  }
  return sum;
}

/** Sums document breakdowns (micro-averaging, like the attribution totals). */
export function sumBreakdowns(parts: readonly Breakdown[]): Breakdown {
  return {
    cueGroups: addTallies(CUE_GROUPS, parts.map((p) => p.cueGroups)),
    kinds: addTallies(KIND_KEYS, parts.map((p) => p.kinds)),
    kindAccuracy: addTallies(['all'], parts.map((p) => ({ all: p.kindAccuracy }))).all,
    resolution: parts.reduce(
      (acc, p) => ({ correct: acc.correct + p.resolution.correct, predicted: acc.predicted + p.resolution.predicted, gold: acc.gold + p.resolution.gold }),
      { correct: 0, predicted: 0, gold: 0 },
    ),
  };
}
