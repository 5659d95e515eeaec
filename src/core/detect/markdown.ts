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
const EMPHASIS_RE = /(?<![\p{L}\p{N}])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\p{L}\p{N}])|~~/gu;
const ESCAPE_RE = /\\(?=[\\`*_{}[\]()#+\-.!>~|])/g;
const HEADING_UNDERLINE_RE = /^[ \t]*(?:=+|-+)[ \t]*$/gm;

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
  blankAll(masked, blanks, EMPHASIS_RE);
  blankAll(masked, blanks, ESCAPE_RE);
  return applyBlanks(masked, blanks);
}
