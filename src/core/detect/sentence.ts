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
  const quoted = tokens.map((t) => anyQuote && !isQuotationMark(t.text) && isQuoted(quotes, t.start));
  return { text, range, tokens, quoted, quotes };
}

export function isQuotationMark(s: string): boolean {
  return s.length === 1 && (s === '"' || s === '“' || s === '”' || s === '«' || s === '»');
}
