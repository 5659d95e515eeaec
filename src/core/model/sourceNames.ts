// The one way ClaimLens compares source names: as a reader does, "The Korean Central News Agency" is "Korean Central News Agency", "KCNA" is "kcna".

/**
 * A source name reduced to what tells sources apart: compatibility-normalized Unicode, lower case, no possessive 's,
 * no punctuation, single spaces, no leading article. Empty for a name of punctuation only.
 */
export function normalizeSourceName(name: string): string {
  return (
    name
      .normalize('NFKC')
      .toLowerCase()
      // An article is a word of its own: the "A" of "A.P." or "A-Team" is an initial, and stays.
      .replace(/^[^\p{L}\p{N}]*(?:the|a|an)\s+(?=[\p{L}\p{N}])/u, '')
      .replace(/[’']s\b/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** Whether two names name the same source (see `normalizeSourceName`); a name that normalizes to nothing matches only itself. */
export function sameSourceName(a: string, b: string): boolean {
  const [x, y] = [normalizeSourceName(a), normalizeSourceName(b)];
  return x === '' || y === '' ? a.trim() === b.trim() : x === y;
}

/**
 * A detected source as a reader names it: one line, without the comma that closes an appositive ("Jane Doe, a
 * professor at Yale," reads "Jane Doe, a professor at Yale"), which the source span holds by the guidelines, and
 * without Markdown emphasis, whose marks a span may cut ("The **council" in "The **council** said").
 */
export function sourceWording(text: string): string {
  return text.replace(/\*+|_{2,}/g, '').replace(/\s+/g, ' ').replace(/[\s,]+$/, '').trim();
}
