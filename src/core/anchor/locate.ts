// Finding a quote again in a changed text: exact position, then the quote with its context, then a fuzzy match scored like Hypothesis does.
import search from 'approx-string-match';
import type { TextTarget } from '../model/types';
import { backOffPairStart, extendPairEnd } from './target';

export interface Placement {
  start: number;
  end: number;
}

/** Weights of Hypothesis' quote matcher: the quote matters most, then its context, the old position only breaks ties. */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * Below this combined score a fuzzy match is not trusted and the claim becomes an orphan. With intact context a
 * quote may differ by up to a third; with no context left it must be about 90% the same.
 */
export const FUZZY_THRESHOLD = 0.5;
/** A quote may differ from its fuzzy match by at most this share of its length. */
const MAX_QUOTE_ERROR_RATIO = 1 / 3;
/** Fuzzy search first looks this far around the old position (as a multiple of the quote length, at least WINDOW_MIN units). */
const WINDOW_FACTOR = 8;
const WINDOW_MIN = 4096;

/** 1 when `actual` equals `expected`, falling towards 0 with each edit (approximate match of the whole of `expected`). */
function contextScore(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual === expected) return 1;
  const matches = search(actual, expected, expected.length);
  if (matches.length === 0) return 0;
  const errors = Math.min(...matches.map((m) => m.errors));
  return 1 - errors / expected.length;
}

function score(text: string, target: TextTarget, start: number, end: number, quoteErrors: number): number {
  const quoteScore = target.exact.length === 0 ? 1 : 1 - quoteErrors / target.exact.length;
  const prefixScore = contextScore(text.slice(Math.max(0, start - target.prefix.length), start), target.prefix);
  const suffixScore = contextScore(text.slice(end, end + target.suffix.length), target.suffix);
  const positionScore = text.length === 0 ? 1 : 1 - Math.abs(start - target.start) / text.length;
  return (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) / TOTAL_WEIGHT;
}

/** Every occurrence of the exact quote, best context first, then nearest to the old position. */
function findExact(text: string, target: TextTarget): Placement | null {
  let best: { placement: Placement; contextHits: number; distance: number } | null = null;
  for (let at = text.indexOf(target.exact); at !== -1; at = text.indexOf(target.exact, at + 1)) {
    const end = at + target.exact.length;
    const contextHits =
      Number(text.slice(Math.max(0, at - target.prefix.length), at) === target.prefix) +
      Number(text.slice(end, end + target.suffix.length) === target.suffix);
    const distance = Math.abs(at - target.start);
    if (best === null || contextHits > best.contextHits || (contextHits === best.contextHits && distance < best.distance)) {
      best = { placement: { start: at, end }, contextHits, distance };
    }
  }
  return best?.placement ?? null;
}

function findFuzzyIn(text: string, target: TextTarget, from: number, to: number): { placement: Placement; score: number } | null {
  const maxErrors = Math.floor(target.exact.length * MAX_QUOTE_ERROR_RATIO);
  if (maxErrors === 0) return null;
  let best: { placement: Placement; score: number } | null = null;
  for (const match of search(text.slice(from, to), target.exact, maxErrors)) {
    // A fuzzy match may begin or end inside an emoji; widen it to whole characters.
    const start = backOffPairStart(text, from + match.start);
    const end = extendPairEnd(text, from + match.end);
    const s = score(text, target, start, end, match.errors);
    if (best === null || s > best.score) best = { placement: { start, end }, score: s };
  }
  return best;
}

/** Where `target`'s quote is in `text` now, or null when it cannot be placed with confidence. */
export function locateQuote(text: string, target: TextTarget): Placement | null {
  if (target.exact.length === 0) return null;
  if (target.end <= text.length && text.slice(target.start, target.end) === target.exact) {
    return { start: target.start, end: target.end };
  }
  const exact = findExact(text, target);
  if (exact !== null) return exact;
  const radius = Math.max(WINDOW_MIN, target.exact.length * WINDOW_FACTOR);
  const from = Math.max(0, Math.min(target.start, text.length) - radius);
  const to = Math.min(text.length, target.end + radius);
  const near = findFuzzyIn(text, target, from, to);
  const found = near !== null && near.score >= FUZZY_THRESHOLD ? near : from > 0 || to < text.length ? findFuzzyIn(text, target, 0, text.length) : null;
  return found !== null && found.score >= FUZZY_THRESHOLD ? found.placement : null;
}
