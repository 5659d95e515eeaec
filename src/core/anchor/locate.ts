// Finding a quote again in a changed text: exact position, then the quote with its context, then a fuzzy match scored like Hypothesis does.
import search from 'approx-string-match';
import type { OffsetRange } from '../model/offsetRange';
import type { TextTarget } from '../model/types';
import { backOffPairStart, extendPairEnd } from './target';


/**
 * How much searching of the whole text a caller may still spend. A whole-text fuzzy search over a megabyte costs tens
 * of milliseconds, an exact one about one; when an article was replaced by unrelated text, a thousand claims would
 * otherwise freeze the extension host for a minute. Once spent, claims not found near their old place become
 * orphans at once (and are tried again on the next change).
 */
export interface SearchBudget {
  /** Exact searches of the whole text left. One usually suffices per moved block, as the claims after it follow. */
  exactScans: number;
  /** Characters of whole-text fuzzy search left. */
  fuzzyCharacters: number;
}

const UNLIMITED: SearchBudget = { exactScans: Infinity, fuzzyCharacters: Infinity };

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
/** Searches first look this far around the expected position (as a multiple of the quote length, at least WINDOW_MIN units). */
const WINDOW_FACTOR = 4;
const WINDOW_MIN = 1024;

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

function contextHits(text: string, target: TextTarget, start: number): number {
  const end = start + target.exact.length;
  return (
    Number(text.slice(Math.max(0, start - target.prefix.length), start) === target.prefix) +
    Number(text.slice(end, end + target.suffix.length) === target.suffix)
  );
}

function quoteAt(text: string, target: TextTarget, start: number): boolean {
  return start >= 0 && text.startsWith(target.exact, start);
}

/** The occurrence of the exact quote in `text[from, to)` with the best context, then nearest to the old position. */
function findExactIn(text: string, target: TextTarget, from: number, to: number): { placement: OffsetRange; hits: number } | null {
  let best: { placement: OffsetRange; hits: number; distance: number } | null = null;
  for (let at = text.indexOf(target.exact, from); at !== -1 && at + target.exact.length <= to; at = text.indexOf(target.exact, at + 1)) {
    const hits = contextHits(text, target, at);
    const distance = Math.abs(at - target.start);
    if (best === null || hits > best.hits || (hits === best.hits && distance < best.distance)) {
      best = { placement: { start: at, end: at + target.exact.length }, hits, distance };
    }
  }
  return best;
}

/**
 * Searches around the expected position first: in a long article most quotes moved only a little. A nearby copy
 * with at least one side of its context intact is taken; only otherwise is the whole text searched.
 */
function findExact(text: string, target: TextTarget, window: { from: number; to: number }, budget: SearchBudget): OffsetRange | null {
  const near = findExactIn(text, target, window.from, window.to);
  if (near !== null && near.hits >= 1) return near.placement;
  if ((window.from === 0 && window.to === text.length) || budget.exactScans < 1) return near?.placement ?? null;
  budget.exactScans -= 1;
  return findExactIn(text, target, 0, text.length)?.placement ?? null;
}

/** Letters, digits and the joiners inside words ("don't", "test-fire"): a claim should neither start nor end inside a run of them. */
function isWordUnit(text: string, index: number): boolean {
  return index >= 0 && index < text.length && /[\p{L}\p{N}\p{M}_]/u.test(text[index]);
}

/**
 * `placement` widened to whole words where the old quote began and ended on word edges: a fuzzy match may start or end
 * inside a word ("sued late on…" found as "th plants…, was sued…" after an insertion), which no reader would mark.
 */
function onWordEdges(text: string, target: TextTarget, placement: OffsetRange): OffsetRange {
  let { start, end } = placement;
  const startedOnEdge = !isWordUnit(target.exact, 0) || !isWordUnit(target.prefix, target.prefix.length - 1);
  const endedOnEdge = !isWordUnit(target.exact, target.exact.length - 1) || !isWordUnit(target.suffix, 0);
  if (startedOnEdge) while (start > 0 && isWordUnit(text, start - 1) && isWordUnit(text, start)) start--;
  if (endedOnEdge) while (end < text.length && isWordUnit(text, end - 1) && isWordUnit(text, end)) end++;
  return { start: backOffPairStart(text, start), end: extendPairEnd(text, end) };
}

/** The quote's first and last units kept exactly: enough to recognise both ends of a claim whose middle was edited. */
const EDGE_LENGTH = 24;
/** Quotes shorter than this have no middle worth telling from their ends. */
const EDGE_MIN_QUOTE = 3 * 12;
/** How much longer than before a claim may have grown from text inserted into it. */
const EDGE_GROWTH = 4;

/**
 * A quote whose start and end are still there but whose middle changed (text inserted or deleted inside the claim):
 * the head found in the window, the nearest tail after it within reach. Among several heads, one whose prefix context
 * still stands before it wins, then the one nearest the expected place.
 */
function findByEdges(text: string, target: TextTarget, window: { from: number; to: number }, expected: number): OffsetRange | null {
  const length = target.exact.length;
  if (length < EDGE_MIN_QUOTE) return null;
  const edge = Math.min(EDGE_LENGTH, Math.floor(length / 3));
  const head = target.exact.slice(0, edge);
  const tail = target.exact.slice(length - edge);
  const reach = length * EDGE_GROWTH + WINDOW_MIN;
  let best: { placement: OffsetRange; hits: number; distance: number } | null = null;
  for (let at = text.indexOf(head, window.from); at !== -1 && at < window.to; at = text.indexOf(head, at + 1)) {
    // Searched only within reach, so a missing tail costs a bounded look, not a scan of the rest of the article.
    const found = text.slice(at + edge, at + reach).indexOf(tail);
    if (found === -1) continue;
    const end = at + edge + found + edge;
    const hits =
      Number(text.slice(Math.max(0, at - target.prefix.length), at) === target.prefix) +
      Number(text.slice(end, end + target.suffix.length) === target.suffix);
    const distance = Math.abs(at - expected);
    if (best === null || hits > best.hits || (hits === best.hits && distance < best.distance)) best = { placement: { start: at, end }, hits, distance };
  }
  return best?.placement ?? null;
}

function findFuzzyIn(text: string, target: TextTarget, from: number, to: number): { placement: OffsetRange; score: number } | null {
  const maxErrors = Math.floor(target.exact.length * MAX_QUOTE_ERROR_RATIO);
  if (maxErrors === 0) return null;
  let best: { placement: OffsetRange; score: number } | null = null;
  for (const match of search(text.slice(from, to), target.exact, maxErrors)) {
    // A fuzzy match may begin or end inside a word or an emoji; widen it to whole words and characters.
    const { start, end } = onWordEdges(text, target, { start: from + match.start, end: from + match.end });
    const s = score(text, target, start, end, match.errors);
    if (best === null || s > best.score) best = { placement: { start, end }, score: s };
  }
  return best;
}

/**
 * Where `target`'s quote is in `text` now, or null when it cannot be placed with confidence. `hint` is where the
 * quote probably starts now (its old start moved like the claims before it); it is tried right after the old start.
 */
export function locateQuote(text: string, target: TextTarget, hint: number = target.start, budget: SearchBudget = UNLIMITED): OffsetRange | null {
  const length = target.exact.length;
  if (length === 0) return null;
  if (quoteAt(text, target, target.start)) return { start: target.start, end: target.start + length };
  if (hint !== target.start && quoteAt(text, target, hint) && contextHits(text, target, hint) === 2) return { start: hint, end: hint + length };
  const radius = Math.max(WINDOW_MIN, length * WINDOW_FACTOR);
  const around = Math.min(Math.max(hint, 0), text.length);
  const window = { from: Math.max(0, around - radius), to: Math.min(text.length, around + length + radius) };
  const exact = findExact(text, target, window, budget);
  if (exact !== null) return exact;
  const edges = findByEdges(text, target, window, around);
  if (edges !== null) return edges;
  const near = findFuzzyIn(text, target, window.from, window.to);
  if (near !== null && near.score >= FUZZY_THRESHOLD) return near.placement;
  if ((window.from === 0 && window.to === text.length) || budget.fuzzyCharacters < text.length) return null;
  budget.fuzzyCharacters -= text.length;
  const whole = findFuzzyIn(text, target, 0, text.length);
  return whole !== null && whole.score >= FUZZY_THRESHOLD ? whole.placement : null;
}
