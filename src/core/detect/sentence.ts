// One sentence prepared for analysis: its tokens and which of them sit inside quotation marks.
import type { QuoteIndex } from './quotes';
import { isQuoted } from './quotes';
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
  const quoted = tokens.map((t) => isQuotationMark(t.text) ? false : isQuoted(quotes, t.start));
  return { text, range, tokens, quoted, quotes };
}

const QUOTATION_MARKS = new Set(['"', '“', '”', '«', '»']);

export function isQuotationMark(s: string): boolean {
  return QUOTATION_MARKS.has(s);
}
