// Escape step of the Markdown report: article and note text rendered literally, never as markup or raw HTML.

/**
 * Characters that are markup anywhere in a line (emphasis, code, links, raw HTML, entities, tables, strikethrough,
 * GitHub math). Brackets are escaped, so `(`, `)` and `!` can no longer form a link or image and stay readable.
 */
const INLINE_MARKUP = /[\\`*_[\]<>|~&$]/g;

/**
 * What Markdown viewers turn into links without any markup (GitHub's autolinks, markdown-it's linkify in VS Code's
 * preview): `scheme://`, `//host`, `www.` and other dotted host names, e-mail addresses and @mentions. An escape before
 * the `:` of `://`, the first `/` of `//`, each `.` before a letter and each `@` splits the text where the linkifier
 * looks (numbers like 3.5 stay as they are), and the reader still sees the same characters.
 */
const LINKIFIED = /(?<=[\p{L}\p{N}])\.(?=\p{L})|(?<=[\p{L}\p{N}]):(?=\/\/)|@|\/(?=\/)/gu;

function unlinked(text: string): string {
  return text.replace(LINKIFIED, '\\$&');
}

/** Markers that only mean something at the start of a line: headings, lists, quotes, thematic breaks. */
const LINE_START_MARKER = /^(\s*)(\d+(?=[.)])|[#+\-=>])/;

/** Escapes a line of its own, where block markers at its start would also be read as markup. */
function escapeLine(line: string): string {
  const escaped = unlinked(line.replace(INLINE_MARKUP, '\\$&'));
  return escaped.replace(LINE_START_MARKER, (_match, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}

/**
 * Escapes text placed after other content on a line (table cells, list items, headings); line breaks become spaces so
 * a value cannot break out of its cell or item.
 */
export function escapeMarkdownInline(text: string): string {
  return unlinked(text.replace(/\r\n|\r|\n/g, ' ').replace(INLINE_MARKUP, '\\$&'));
}

/**
 * Escapes a list item's text that may run over several lines (a note): each line break becomes a hard line break
 * inside the item, whose continuation lines are indented by `indent` and escaped like lines of their own, so a line
 * can start neither a heading nor a new item. Blank lines are left out: they would end the item.
 */
export function escapeMarkdownLines(text: string, indent: string): string {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  return lines.map((line, i) => (i === 0 ? escapeMarkdownInline(line) : `${indent}${escapeLine(line)}`)).join('\\\n');
}

/** Renders possibly multi-line text as a block quote, every line escaped. */
export function markdownBlockQuote(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (line === '' ? '>' : `> ${escapeLine(line)}`))
    .join('\n');
}
