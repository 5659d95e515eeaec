// Shortens claim text to a one-line quote for lists and titles, without cutting a word or a surrogate pair in half.

/** Collapses whitespace and cuts to at most `max` UTF-16 code units (plus an ellipsis), preferring a word boundary. */
export function shortQuote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = max;
  // Never end on a lone high surrogate: the emoji would render as a replacement character.
  if (/[\uD800-\uDBFF]/.test(flat.charAt(cut - 1))) cut -= 1;
  const space = flat.lastIndexOf(' ', cut);
  if (space > max * 0.6) cut = space;
  return `${flat.slice(0, cut).trimEnd()}…`;
}
