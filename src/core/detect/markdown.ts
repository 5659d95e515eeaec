// Masks Markdown markup with spaces so that detection sees only prose while every offset stays that of the raw file.

const FRONT_MATTER_RE = /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FENCE_RE = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n[ \t]{0,3}\1[`~]*[ \t]*(?=\r?\n|$)|$(?![\s\S]))/gm;
const HTML_COMMENT_RE = /<!--[\s\S]*?(?:-->|$(?![\s\S]))/g;
const LINK_DEFINITION_RE = /^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*/gm;
const IMAGE_RE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const INLINE_LINK_RE = /\[([^\]\n]*)\](\([^)\n]*\)|\[[^\]\n]*\])/g;
const AUTOLINK_RE = /<(?:https?:|mailto:)[^>\s]*>/g;
const HTML_TAG_RE = /<\/?[A-Za-z][^>\n]*>/g;
const INLINE_CODE_RE = /`+[^`\n]*`+/g;
const LINE_MARKER_RE = /^([ \t]*)((?:>[ \t]?)+|#{1,6}(?=[ \t]|$)|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])|(?:[-*_][ \t]*){3,}$)/gm;
const ESCAPE_RE = /\\(?=[\\`*_{}[\]()#+\-.!>~|])/g;
const HEADING_UNDERLINE_RE = /^[ \t]*(?:=+|-+)[ \t]*$/gm;

/**
 * Emphasis markers (what `/(?<![\p{L}\p{N}])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\p{L}\p{N}])|~~/gu` finds, scanning
 * the text): up to three `*` or `_` opening before a non-space where no letter or digit comes before, or closing after
 * a non-space where no letter or digit follows; and `~~`. Read by hand at each `*`, `_` and `~`: on Node 20 that
 * expression, with its Unicode look-behinds, took about 70 times as long as on Node 24 and was the larger part of
 * masking an article.
 */
export function emphasisMarkers(text: string): [number, number][] {
  const markers: [number, number][] = [];
  EMPHASIS_MARK_RE.lastIndex = 0;
  for (let m = EMPHASIS_MARK_RE.exec(text); m !== null; m = EMPHASIS_MARK_RE.exec(text)) {
    const p = m.index;
    const length = text.charCodeAt(p) === 126 ? (text.charCodeAt(p + 1) === 126 ? 2 : 0) : emphasisAt(text, p);
    if (length === 0) continue;
    markers.push([p, p + length]);
    EMPHASIS_MARK_RE.lastIndex = p + length;
  }
  return markers;
}

/** The characters an emphasis marker starts with: a plain search skips the rest of the text. */
const EMPHASIS_MARK_RE = /[*_~]/g;

/** The length of the emphasis marker of `*` and `_` at `p` (which holds one), or 0. */
function emphasisAt(text: string, p: number): number {
  let run = 1;
  while (run < 3 && isEmphasisMark(text.charCodeAt(p + run))) run++;
  // Fewer marks than the run holds always fit: a mark is itself a non-space and neither letter nor digit.
  if (!isLetterOrDigitBefore(text, p) && (isNonSpaceAt(text, p + run) || run > 1)) return isNonSpaceAt(text, p + run) ? run : run - 1;
  if (p > 0 && !isSpaceCode(text.charCodeAt(p - 1))) return !isLetterOrDigitAt(text, p + run) ? run : run > 1 ? run - 1 : 0;
  return 0;
}

function isEmphasisMark(code: number): boolean {
  return code === 42 || code === 95;
}

/** Whether the code unit is white space as `\s` reads it. */
function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITE_SPACE_RE.test(String.fromCharCode(code));
}

const WHITE_SPACE_RE = /\s/;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/** Whether a character stands at `i` (a code unit, so not past the end) and is no white space. */
function isNonSpaceAt(text: string, i: number): boolean {
  return i < text.length && !isSpaceCode(text.charCodeAt(i));
}

/** Whether the code point starting at `i` is a letter or digit (false past the end). */
function isLetterOrDigitAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT_RE.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/** Whether the code point ending just before `p` is a letter or digit (false at the start). */
function isLetterOrDigitBefore(text: string, p: number): boolean {
  if (p === 0) return false;
  const code = text.charCodeAt(p - 1);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // A low surrogate after its high one ends an astral character, which a Unicode look-behind reads whole.
  const astral = code >= 0xdc00 && code <= 0xdfff && p >= 2 && text.charCodeAt(p - 2) >= 0xd800 && text.charCodeAt(p - 2) <= 0xdbff;
  return LETTER_OR_DIGIT_RE.test(astral ? text.slice(p - 2, p) : String.fromCharCode(code));
}

/** Ranges to blank, collected per stage and applied in one linear pass. */
type Blanks = [number, number][];

const NOT_LINE_BREAK_RE = /[^\r\n]/g;

/** `text` with every character of the given ranges except line breaks replaced by a space. */
function applyBlanks(text: string, blanks: Blanks): string {
  if (blanks.length === 0) return text;
  blanks.sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let at = 0;
  for (const [from, to] of blanks) {
    const start = Math.max(from, at);
    if (to <= start) continue;
    pieces.push(text.slice(at, start), text.slice(start, to).replace(NOT_LINE_BREAK_RE, ' '));
    at = to;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/** Calls `visit` for every non-empty match of the global `re` in `source`. */
function eachMatch(source: string, re: RegExp, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    if (m[0].length === 0) re.lastIndex++;
    else visit(m);
  }
}

function blankAll(source: string, blanks: Blanks, re: RegExp): void {
  eachMatch(source, re, (m) => blanks.push([m.index, m.index + m[0].length]));
}

/**
 * Returns a string of the same length as `markdown` in which front matter, code, HTML comments and tags, link
 * targets and markup characters are spaces. Prose characters keep their offsets, so spans found in the
 * masked text are spans of the raw file.
 */
export function maskMarkdown(markdown: string): string {
  let blanks: Blanks = [];
  const front = FRONT_MATTER_RE.exec(markdown);
  if (front) blanks.push([0, front[0].length]);
  blankAll(markdown, blanks, FENCE_RE);
  blankAll(markdown, blanks, HTML_COMMENT_RE);
  // Later patterns run over the partly masked text so that code and comments cannot look like links.
  let masked = applyBlanks(markdown, blanks);
  blanks = [];
  blankAll(masked, blanks, INLINE_CODE_RE);
  blankAll(masked, blanks, LINK_DEFINITION_RE);
  blankAll(masked, blanks, IMAGE_RE);
  masked = applyBlanks(masked, blanks);
  blanks = [];
  eachMatch(masked, INLINE_LINK_RE, (m) => {
    blanks.push([m.index, m.index + 1], [m.index + 1 + m[1].length, m.index + m[0].length]);
  });
  blankAll(masked, blanks, AUTOLINK_RE);
  blankAll(masked, blanks, HTML_TAG_RE);
  blankAll(masked, blanks, HEADING_UNDERLINE_RE);
  masked = applyBlanks(masked, blanks);
  blanks = [];
  eachMatch(masked, LINE_MARKER_RE, (m) => blanks.push([m.index + m[1].length, m.index + m[0].length]));
  masked = applyBlanks(masked, blanks);
  blanks = [];
  for (const marker of emphasisMarkers(masked)) blanks.push(marker);
  blankAll(masked, blanks, ESCAPE_RE);
  return applyBlanks(masked, blanks);
}
