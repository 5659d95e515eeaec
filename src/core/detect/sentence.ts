// One sentence prepared for analysis: its tokens and which of them sit inside quotation marks.
import type { QuoteIndex } from './quotes';
import { hasQuoteWithin, isQuoted } from './quotes';
import type { OffsetRange } from '../model/offsetRange';
import { type Token, tokenize } from './tokens';

export interface SentenceView {
  /** The whole (masked) document text; token offsets index into it. */
  text: string;
  range: OffsetRange;
  tokens: Token[];
  quoted: boolean[];
  quotes: QuoteIndex;
}

export function viewSentence(text: string, range: OffsetRange, quotes: QuoteIndex): SentenceView {
  const tokens = tokenize(text, range.start, range.end);
  // Most sentences hold no quotation: one lookup for the sentence saves one per token.
  const anyQuote = quotes.quotes.length > 0 && (isQuoted(quotes, range.start) || hasQuoteWithin(quotes, range));
  const quoted: boolean[] = new Array<boolean>(tokens.length).fill(false);
  if (anyQuote) {
    // Quotes come in text order and do not overlap: one sweep alongside the tokens.
    const list = quotes.quotes;
    let q = firstQuoteClosingAfter(quotes, range.start);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      while (q < list.length && list[q].close <= t.start) q++;
      quoted[k] = q < list.length && list[q].open <= t.start && !isQuotationMark(t.text);
    }
  }
  return { text, range, tokens, quoted, quotes };
}

/** Index of the first quote that closes after `offset` (a binary search over quotes in text order). */
function firstQuoteClosingAfter(index: QuoteIndex, offset: number): number {
  let lo = 0;
  let hi = index.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.quotes[mid].close <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token starting at or after `offset` (tokens.length if none): a binary search. */
export function tokenIndexAt(view: SentenceView, offset: number): number {
  let lo = 0;
  let hi = view.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function isQuotationMark(s: string): boolean {
  if (s.length === 2) return s === '``' || s === "''";
  return s.length === 1 && (s === '"' || s === '“' || s === '”' || s === '«' || s === '»');
}
