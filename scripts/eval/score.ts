// Scores predicted attributions against gold ones with the definitions of docs/detection.md (pure, no I/O).

/** The offsets of a span; scoring never looks at its text. */
export interface SpanOffsets {
  start: number;
  end: number;
}

/** What the scorer needs of a claim, gold or predicted. */
export interface ScorableClaim {
  content: SpanOffsets;
  source: SpanOffsets | null;
  cue: SpanOffsets | null;
}

/** Counts behind a precision/recall/F1 figure, kept so that documents can be summed (micro-averaging). */
export interface Counts {
  matched: number;
  predicted: number;
  gold: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

/** A gold claim and the predicted claim paired with it. */
export interface MatchedPair {
  gold: number;
  predicted: number;
  contentF1: number;
}

export interface DocumentScore {
  /** Attribution matching: one-to-one, greedy by content character F1, pairs count at F1 ≥ 0.5. */
  attribution: Counts;
  /** The same with a quote split around its cue counted as one attribution on both sides (issue 10's measure). */
  joinedAttribution: Counts;
  /** Exact-span matching per role over the sets of distinct spans. */
  roles: Record<Role, Counts>;
  pairs: MatchedPair[];
  /** Matched pairs whose predicted source overlaps the gold source (or both have none). */
  sourceOverlaps: number;
  /** Indices of gold claims left unmatched (misses) and predicted ones left unmatched (false alarms). */
  missedGold: number[];
  falseAlarms: number[];
}

/** The content-overlap F1 at which a predicted claim counts as finding a gold claim. */
export const MATCH_THRESHOLD = 0.5;

function length(span: SpanOffsets): number {
  return Math.max(0, span.end - span.start);
}

function overlap(a: SpanOffsets, b: SpanOffsets): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Character F1 of two spans: 2·overlap / (|a| + |b|); 0 when both are empty. */
export function characterF1(a: SpanOffsets, b: SpanOffsets): number {
  const total = length(a) + length(b);
  return total === 0 ? 0 : (2 * overlap(a, b)) / total;
}

/**
 * Pairs gold and predicted claims one-to-one, best content overlap first.
 * Ties are broken by gold position, then predicted position, so the result is deterministic.
 */
export function matchClaims(gold: readonly ScorableClaim[], predicted: readonly ScorableClaim[]): MatchedPair[] {
  return greedyPairs(gold.length, predicted.length, (gi, pi) => characterF1(gold[gi].content, predicted[pi].content));
}

/** One-to-one pairs by a content similarity, best first, counting at MATCH_THRESHOLD; sorted by gold index. */
function greedyPairs(goldCount: number, predictedCount: number, contentF1Of: (gold: number, predicted: number) => number): MatchedPair[] {
  const candidates: MatchedPair[] = [];
  for (let gi = 0; gi < goldCount; gi++) {
    for (let pi = 0; pi < predictedCount; pi++) {
      const contentF1 = contentF1Of(gi, pi);
      if (contentF1 >= MATCH_THRESHOLD) candidates.push({ gold: gi, predicted: pi, contentF1 });
    }
  }
  candidates.sort((a, b) => b.contentF1 - a.contentF1 || a.gold - b.gold || a.predicted - b.predicted);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const candidate of candidates) {
    if (usedGold.has(candidate.gold) || usedPredicted.has(candidate.predicted)) continue;
    usedGold.add(candidate.gold);
    usedPredicted.add(candidate.predicted);
    pairs.push(candidate);
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

function distinctSpans(claims: readonly ScorableClaim[], role: Role): Set<string> {
  const keys = new Set<string>();
  for (const claim of claims) {
    const span = claim[role];
    if (span) keys.add(`${span.start}:${span.end}`);
  }
  return keys;
}

/** Exact-span counts of one role: a hit only when both offsets are equal. */
export function roleCounts(gold: readonly ScorableClaim[], predicted: readonly ScorableClaim[], role: Role): Counts {
  const goldSpans = distinctSpans(gold, role);
  const predictedSpans = distinctSpans(predicted, role);
  let matched = 0;
  for (const key of predictedSpans) if (goldSpans.has(key)) matched++;
  return { matched, predicted: predictedSpans.size, gold: goldSpans.size };
}

function sourcesAgree(gold: SpanOffsets | null, predicted: SpanOffsets | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return overlap(gold, predicted) > 0;
}

/** One attribution as issue 10's held-out measure counts it: a quote split around its cue is one, with several parts. */
export interface PartedClaim {
  parts: SpanOffsets[];
}

function sameSpan(a: SpanOffsets, b: SpanOffsets): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * Claims that share both their source and their cue span (the guidelines' two claims of a quote split around its
 * cue) become one attribution whose content is both parts; every other claim stays one attribution of one part.
 */
export function joinSplitQuotes(claims: readonly ScorableClaim[]): PartedClaim[] {
  const joined: { source: SpanOffsets | null; cue: SpanOffsets | null; parts: SpanOffsets[] }[] = [];
  for (const claim of claims) {
    const { source, cue } = claim;
    const partner =
      source && cue ? joined.find((j) => j.source !== null && j.cue !== null && sameSpan(j.source, source) && sameSpan(j.cue, cue)) : undefined;
    if (partner) partner.parts.push(claim.content);
    else joined.push({ source, cue, parts: [claim.content] });
  }
  return joined.map((j) => ({ parts: j.parts }));
}

/** The parts as sorted, non-overlapping spans, so that no character counts twice. */
function union(parts: readonly SpanOffsets[]): SpanOffsets[] {
  const sorted = [...parts].sort((a, b) => a.start - b.start);
  const merged: SpanOffsets[] = [];
  for (const part of sorted) {
    const last = merged[merged.length - 1];
    if (last && part.start <= last.end) last.end = Math.max(last.end, part.end);
    else merged.push({ start: part.start, end: part.end });
  }
  return merged;
}

/** Character F1 of two attributions of one or more content parts each. */
export function partedCharacterF1(a: readonly SpanOffsets[], b: readonly SpanOffsets[]): number {
  const ua = union(a);
  const ub = union(b);
  const total = ua.reduce((n, s) => n + length(s), 0) + ub.reduce((n, s) => n + length(s), 0);
  if (total === 0) return 0;
  let shared = 0;
  for (const x of ua) for (const y of ub) shared += overlap(x, y);
  return (2 * shared) / total;
}

/**
 * Attribution counts with split quotes joined on both sides (issue 10's measure): one-to-one greedy matching by
 * content character F1 over all parts, pairs counting at F1 ≥ 0.5, as `matchClaims` does for single spans.
 */
export function joinedAttributionCounts(gold: readonly ScorableClaim[], predicted: readonly ScorableClaim[]): Counts {
  const g = joinSplitQuotes(gold);
  const p = joinSplitQuotes(predicted);
  const pairs = greedyPairs(g.length, p.length, (gi, pi) => partedCharacterF1(g[gi].parts, p[pi].parts));
  return { matched: pairs.length, predicted: p.length, gold: g.length };
}

export function scoreDocument(gold: readonly ScorableClaim[], predicted: readonly ScorableClaim[]): DocumentScore {
  const pairs = matchClaims(gold, predicted);
  const pairedGold = new Set(pairs.map((p) => p.gold));
  const pairedPredicted = new Set(pairs.map((p) => p.predicted));
  return {
    attribution: { matched: pairs.length, predicted: predicted.length, gold: gold.length },
    joinedAttribution: joinedAttributionCounts(gold, predicted),
    roles: {
      source: roleCounts(gold, predicted, 'source'),
      cue: roleCounts(gold, predicted, 'cue'),
      content: roleCounts(gold, predicted, 'content'),
    },
    pairs,
    sourceOverlaps: pairs.filter((p) => sourcesAgree(gold[p.gold].source, predicted[p.predicted].source)).length,
    missedGold: gold.map((_, i) => i).filter((i) => !pairedGold.has(i)),
    falseAlarms: predicted.map((_, i) => i).filter((i) => !pairedPredicted.has(i)),
  };
}

/** Precision, recall and F1 of counts; an empty side counts as perfect so that "nothing to find, nothing found" scores 1. */
export function prf(counts: Counts): Prf {
  const precision = counts.predicted === 0 ? (counts.gold === 0 ? 1 : 0) : counts.matched / counts.predicted;
  const recall = counts.gold === 0 ? (counts.predicted === 0 ? 1 : 0) : counts.matched / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface CorpusScore {
  documents: number;
  /** Counts summed over documents, then turned into P/R/F1 (micro-average). */
  micro: { attribution: Prf; roles: Record<Role, Prf> };
  /** Mean of the per-document P/R/F1 (macro-average). */
  macro: { attribution: Prf; roles: Record<Role, Prf> };
  totals: { attribution: Counts; roles: Record<Role, Counts> };
  /** Micro-averaged attribution with split quotes joined (issue 10's held-out measure). */
  joinedAttribution: { totals: Counts; micro: Prf };
  /** Share of matched claims whose source overlaps the gold source. */
  sourceOverlapShare: number;
}

function sum(counts: readonly Counts[]): Counts {
  return counts.reduce(
    (acc, c) => ({ matched: acc.matched + c.matched, predicted: acc.predicted + c.predicted, gold: acc.gold + c.gold }),
    { matched: 0, predicted: 0, gold: 0 },
  );
}

function mean(figures: readonly Prf[]): Prf {
  if (figures.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const n = figures.length;
  return {
    precision: figures.reduce((a, f) => a + f.precision, 0) / n,
    recall: figures.reduce((a, f) => a + f.recall, 0) / n,
    f1: figures.reduce((a, f) => a + f.f1, 0) / n,
  };
}

function perRole<T>(make: (role: Role) => T): Record<Role, T> {
  return { source: make('source'), cue: make('cue'), content: make('content') };
}

export function scoreCorpus(documents: readonly DocumentScore[]): CorpusScore {
  const attribution = sum(documents.map((d) => d.attribution));
  const roles = perRole((role) => sum(documents.map((d) => d.roles[role])));
  const overlaps = documents.reduce((a, d) => a + d.sourceOverlaps, 0);
  const joined = sum(documents.map((d) => d.joinedAttribution));
  return {
    documents: documents.length,
    micro: { attribution: prf(attribution), roles: perRole((role) => prf(roles[role])) },
    macro: {
      attribution: mean(documents.map((d) => prf(d.attribution))),
      roles: perRole((role) => mean(documents.map((d) => prf(d.roles[role])))),
    },
    totals: { attribution, roles },
    joinedAttribution: { totals: joined, micro: prf(joined) },
    sourceOverlapShare: attribution.matched === 0 ? 0 : overlaps / attribution.matched,
  };
}
