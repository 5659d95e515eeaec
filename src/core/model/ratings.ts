// Admiralty (NATO) ratings: the reliability letter of a source, the credibility number of a claim, and how they read together.
import { ENGLISH, type RatingWords } from '../words';
import type { Credibility, Reliability } from './types';

/** In English; a caller showing another language passes its own `RatingWords`. */
export const RELIABILITY_LABELS: Readonly<Record<Reliability, string>> = ENGLISH.rating.reliability;
export const CREDIBILITY_LABELS: Readonly<Record<Credibility, string>> = ENGLISH.rating.credibility;

export const RELIABILITIES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
export const CREDIBILITIES: readonly Credibility[] = [1, 2, 3, 4, 5, 6];

export function isReliability(value: unknown): value is Reliability {
  return typeof value === 'string' && (RELIABILITIES as readonly string[]).includes(value);
}

export function isCredibility(value: unknown): value is Credibility {
  return typeof value === 'number' && (CREDIBILITIES as readonly number[]).includes(value);
}

/** The usual short code, e.g. "B2"; an unrated half reads "?" ("B?", "?2"); nothing rated gives "". */
export function ratingCode(reliability: Reliability | null, credibility: Credibility | null): string {
  if (reliability === null && credibility === null) return '';
  return `${reliability ?? '?'}${credibility ?? '?'}`;
}

/** The code with its meaning, e.g. "B2 — usually reliable, probably true"; "" when nothing is rated. */
export function describeRating(reliability: Reliability | null, credibility: Credibility | null, words: RatingWords = ENGLISH.rating): string {
  const code = ratingCode(reliability, credibility);
  if (code === '') return '';
  const reliabilityText = reliability === null ? words.reliabilityNotRated : words.reliability[reliability];
  const credibilityText = credibility === null ? words.credibilityNotRated : words.credibility[credibility];
  return `${code} — ${reliabilityText}, ${credibilityText}`;
}
