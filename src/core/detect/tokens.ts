// Splits a stretch of text into word and punctuation tokens with their UTF-16 offsets.

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** True for words and numbers, false for punctuation and symbols. */
  word: boolean;
}

// Initialisms keep their dots ("U.S."). A word is letters/digits joined by inner hyphens, apostrophes, dots ("U.S") or digit commas ("10,000").
// Each repetition consumes a character of a disjoint class, so matching stays linear.
const TOKEN_RE = /(?:\p{L}\.){2,}(?!\p{L})|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[-'’.](?=[\p{L}\p{N}])|,(?=\d{3}))*|\S/gu;
const WORD_START_RE = /^[\p{L}\p{N}]/u;

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m !== null; m = TOKEN_RE.exec(slice)) {
    const t = m[0];
    tokens.push({ start: start + m.index, end: start + m.index + t.length, text: t, lower: t.toLowerCase(), word: WORD_START_RE.test(t) });
  }
  return tokens;
}

/** True when the token starts with an upper-case letter (a name, or a sentence's first word). */
export function isCapitalized(token: Token): boolean {
  const c = token.text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
