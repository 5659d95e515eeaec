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

/** Replaces every character of `from..to` except line breaks with a space. */
function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

/** Calls `visit` for every non-empty match of the global `re` in `source`. */
function eachMatch(source: string, re: RegExp, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    if (m[0].length === 0) re.lastIndex++;
    else visit(m);
  }
}

function blankAll(source: string, chars: string[], re: RegExp): void {
  eachMatch(source, re, (m) => blank(chars, m.index, m.index + m[0].length));
}

/**
 * Returns a string of the same length as `markdown` in which front matter, code, HTML comments and tags, link
 * targets and markup characters are spaces. Prose characters keep their offsets, so spans found in the
 * masked text are spans of the raw file.
 */
export function maskMarkdown(markdown: string): string {
  const chars = markdown.split('');
  const front = FRONT_MATTER_RE.exec(markdown);
  if (front) blank(chars, 0, front[0].length);
  blankAll(markdown, chars, FENCE_RE);
  blankAll(markdown, chars, HTML_COMMENT_RE);
  // Later patterns run over the partly masked text so that code and comments cannot look like links.
  let masked = chars.join('');
  blankAll(masked, chars, INLINE_CODE_RE);
  blankAll(masked, chars, LINK_DEFINITION_RE);
  blankAll(masked, chars, IMAGE_RE);
  masked = chars.join('');
  eachMatch(masked, INLINE_LINK_RE, (m) => {
    blank(chars, m.index, m.index + 1);
    blank(chars, m.index + 1 + m[1].length, m.index + m[0].length);
  });
  blankAll(masked, chars, AUTOLINK_RE);
  blankAll(masked, chars, HTML_TAG_RE);
  blankAll(masked, chars, HEADING_UNDERLINE_RE);
  masked = chars.join('');
  eachMatch(masked, LINE_MARKER_RE, (m) => blank(chars, m.index + m[1].length, m.index + m[0].length));
  masked = chars.join('');
  blankAll(masked, chars, EMPHASIS_RE);
  blankAll(masked, chars, ESCAPE_RE);
  return chars.join('');
}
