// Decides which ranges of an article get which highlight, in offsets, so the editor only has to paint them.
import { CLAIM_KINDS } from '../model/kinds';
import type { OffsetRange } from '../model/offsetRange';
import type { Claim, ClaimKind, Credibility } from '../model/types';

/** One decoration style each; the editor creates one decoration type per kind. */
export const HIGHLIGHT_KINDS = [
  'suggested',
  'confirmed',
  'rejected',
  'source',
  'cue',
  'hedge',
  'credible',
  'possible',
  'doubtful',
] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export type { OffsetRange };

export interface HighlightOptions {
  /** Whether highlights are shown at all (the toggle command). */
  enabled: boolean;
  /** Rejected claims are either not drawn or drawn faint. */
  rejected: 'hidden' | 'faint';
  /** Mark the source and the cue inside each claim. */
  parts: boolean;
  /** Mark hedging words ("may", "reportedly"). */
  hedges: boolean;
  /** Tint claims by the credibility the reader gave them. */
  credibilityTint: boolean;
  /** The kinds of claim to highlight; a claim whose kind is not known is always highlighted. */
  kinds: readonly ClaimKind[];
}

export const DEFAULT_HIGHLIGHT_OPTIONS: HighlightOptions = {
  enabled: true,
  rejected: 'hidden',
  parts: true,
  hedges: true,
  credibilityTint: false,
  kinds: CLAIM_KINDS,
};

/**
 * Whether the options show claims of `claim`'s kind. Hidden kinds are left out of the highlights, and so of hovers
 * and of moving from claim to claim, which follow what is on screen; the Claims panel still lists them.
 */
export function showsKind(options: Pick<HighlightOptions, 'kinds'>, claim: Claim): boolean {
  return claim.kind === null || options.kinds.includes(claim.kind);
}

export type HighlightPlan = Record<HighlightKind, OffsetRange[]>;

export function emptyPlan(): HighlightPlan {
  // A literal rather than built from HIGHLIGHT_KINDS: a fixed shape keeps the per-claim pushes fast.
  return { suggested: [], confirmed: [], rejected: [], source: [], cue: [], hedge: [], credible: [], possible: [], doubtful: [] };
}

/** Admiralty credibility grouped into three tints: 1–2 credible, 3 possible, 4–5 doubtful; 6 "cannot be judged" gets none. */
export function credibilityTint(credibility: Credibility | null): 'credible' | 'possible' | 'doubtful' | null {
  switch (credibility) {
    case 1:
    case 2:
      return 'credible';
    case 3:
      return 'possible';
    case 4:
    case 5:
      return 'doubtful';
    default:
      return null;
  }
}

function byPosition(a: OffsetRange, b: OffsetRange): number {
  return a.start - b.start || a.end - b.end;
}

/** Claims mostly come in text order already; checking is much cheaper than sorting thousands of ranges on every paint. */
function isSorted(ranges: readonly OffsetRange[]): boolean {
  for (let i = 1; i < ranges.length; i++) if (byPosition(ranges[i - 1], ranges[i]) > 0) return false;
  return true;
}

function nonEmpty(range: OffsetRange): boolean {
  return range.end > range.start;
}

/** The ranges to paint for `claims`; orphans are never drawn because their offsets point at text that moved or vanished. */
export function planHighlights(claims: readonly Claim[], options: HighlightOptions): HighlightPlan {
  const plan = emptyPlan();
  if (!options.enabled) return plan;
  const hidden = new Set<ClaimKind | null>(CLAIM_KINDS.filter((kind) => !options.kinds.includes(kind)));
  for (const claim of claims) {
    if (claim.orphan || hidden.has(claim.kind)) continue;
    if (claim.state === 'rejected' && options.rejected === 'hidden') continue;
    const whole = { start: claim.target.start, end: claim.target.end };
    if (!nonEmpty(whole)) continue;
    plan[claim.state].push(whole);
    // A rejected claim is drawn faint as a whole; marking its parts would make it look alive again.
    if (claim.state === 'rejected') continue;
    if (options.parts) {
      if (claim.source && nonEmpty(claim.source)) plan.source.push({ start: claim.source.start, end: claim.source.end });
      if (claim.cue && nonEmpty(claim.cue)) plan.cue.push({ start: claim.cue.start, end: claim.cue.end });
    }
    if (options.hedges) {
      for (const hedge of claim.hedges) if (nonEmpty(hedge)) plan.hedge.push({ start: hedge.start, end: hedge.end });
    }
    if (options.credibilityTint) {
      const tint = credibilityTint(claim.credibility);
      if (tint) plan[tint].push(whole);
    }
  }
  for (const kind of HIGHLIGHT_KINDS) if (!isSorted(plan[kind])) plan[kind].sort(byPosition);
  return plan;
}
