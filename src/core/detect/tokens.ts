// Splits a stretch of text into word and punctuation tokens with their UTF-16 offsets (a hand-written scanner:
// it is the detector's innermost loop, and a character loop allocates far less than a Unicode regular expression).

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** True for words and numbers, false for punctuation and symbols. */
  word: boolean;
}

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}\p{M}]/u;
const INITIALISM_RE = /^(?:\p{L}\.)+\p{L}$/u;

/** Whether the character at `i` (code `code`) is a letter, digit or mark; only non-ASCII characters need a string. */
function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT_RE.test(text.charAt(i));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x200b || code === 0xfeff || code === 0x202f;
}

/** Characters that join two word characters into one word: "Chan-il", "Kim's", "U.S", "3.5". */
function isJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 46;
}

function wordCharAt(text: string, i: number, end: number): boolean {
  return i < end && isWordChar(text.charCodeAt(i), text, i);
}

/** End of the word starting at `i`: word characters, inner joiners, digit-group commas ("10,000"). */
function wordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end) {
    const code = text.charCodeAt(j);
    if (isWordChar(code, text, j)) j++;
    else if (isJoiner(code) && wordCharAt(text, j + 1, end)) j += 2;
    else if (code === 44 && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))) j += 4;
    else break;
  }
  // An initialism keeps its final dot: "U.S." is one token.
  if (text.charCodeAt(j) === 46 && j < end && text.charCodeAt(j - 2) === 46 && INITIALISM_RE.test(text.slice(i, j)) && !wordCharAt(text, j + 1, end)) j++;
  return j;
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) { i++; continue; }
    let j: number;
    const word = isWordChar(code, text, i);
    if (word) j = wordEnd(text, i, end);
    // A typewriter quotation mark (`` or '') is one token, like “.
    else if ((code === 96 || code === 39) && i + 1 < end && text.charCodeAt(i + 1) === code) j = i + 2;
    else j = code >= 0xd800 && code <= 0xdbff && i + 1 < end ? i + 2 : i + 1;
    const t = text.slice(i, j);
    tokens.push({ start: i, end: j, text: t, lower: word && !isLowerAscii(text, i, j) ? t.toLowerCase() : t, word });
    i = j;
  }
  return tokens;
}

/** Whether `text[from, to)` holds no upper-case or non-ASCII letter, so it is its own lower case (most words). */
function isLowerAscii(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 65 && code <= 90) || code >= 128) return false;
  }
  return true;
}

/** True when the token starts with an upper-case letter (a name, or a sentence's first word). */
export function isCapitalized(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  // ASCII first: this runs for most words of every candidate sentence.
  if (code < 128) return code >= 65 && code <= 90;
  const c = token.text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
