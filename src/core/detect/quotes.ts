// Looks up quotations by their marks and joins the parts of a quote continued across paragraphs.
import type { OffsetRange } from '../model/offsetRange';
import type { Quote } from './segment';
import { trimRange } from './trim';

export interface QuoteIndex {
  quotes: Quote[];
  /** Offset of an opening mark → quote index. */
  byOpen: Map<number, number>;
  /** Offset just after a closing mark → quote index. */
  byClose: Map<number, number>;
}

export function indexQuotes(quotes: Quote[]): QuoteIndex {
  const byOpen = new Map<number, number>();
  const byClose = new Map<number, number>();
  quotes.forEach((q, i) => {
    byOpen.set(q.open, i);
    if (q.closed) byClose.set(q.close, i);
  });
  return { quotes, byOpen, byClose };
}

/** First and last quote index of the continued quote that quote `i` belongs to. */
export function chainOf(index: QuoteIndex, i: number): { first: number; last: number } {
  let first = i;
  while (first > 0 && index.quotes[first - 1].continues) first--;
  let last = i;
  while (last < index.quotes.length - 1 && index.quotes[last].continues) last++;
  return { first, last };
}


/** The quoted words of a (possibly continued) quote, without marks, edge spaces or a final comma/period. */
export function chainContent(text: string, index: QuoteIndex, i: number): OffsetRange {
  const { first, last } = chainOf(index, i);
  return trimRange(text, index.quotes[first].inner.start, index.quotes[last].inner.end, ',.;:');
}

/** Whether `offset` lies inside any quotation (binary search over quotes in text order). */
export function isQuoted(index: QuoteIndex, offset: number): boolean {
  let lo = 0;
  let hi = index.quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = index.quotes[mid];
    if (offset < q.open) hi = mid - 1;
    else if (offset >= q.close) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Whether a quotation opens inside `range` (binary search for the first quote opening at or after its start). */
export function hasQuoteWithin(index: QuoteIndex, range: OffsetRange): boolean {
  let lo = 0;
  let hi = index.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.quotes[mid].open < range.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < index.quotes.length && index.quotes[lo].open < range.end;
}
