// One sentence prepared for analysis: its tokens and which of them sit inside quotation marks.
import type { QuoteIndex } from './quotes';
import { hasQuoteWithin, isQuoted } from './quotes';
import type { Range } from './segment';
import { type Token, tokenize } from './tokens';

export interface SentenceView {
  /** The whole (masked) document text; token offsets index into it. */
  text: string;
  range: Range;
  tokens: Token[];
  quoted: boolean[];
  quotes: QuoteIndex;
}

export function viewSentence(text: string, range: Range, quotes: QuoteIndex): SentenceView {
  const tokens = tokenize(text, range.start, range.end);
  // Most sentences hold no quotation: one lookup for the sentence saves one per token.
  const anyQuote = quotes.quotes.length > 0 && (isQuoted(quotes, range.start) || hasQuoteWithin(quotes, range));
  const quoted = tokens.map((t) => anyQuote && !isQuotationMark(t.text) && isQuoted(quotes, t.start));
  return { text, range, tokens, quoted, quotes };
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
  return s.length === 1 && (s === '"' || s === '“' || s === '”' || s === '«' || s === '»');
}
