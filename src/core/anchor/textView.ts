// Read access to an article's text in slices, so that following a keystroke reads the few characters around it, not a copy of the whole text.

/**
 * A text read in slices. A string is one; the editor gives a view of its document that copies only what is sliced.
 * Offsets are UTF-16 code units, as everywhere.
 */
export interface TextView {
  readonly length: number;
  slice(start: number, end: number): string;
}

/** The whole text as one string: a copy for a document view, so callers do this only where they need all of it. */
export function wholeText(text: TextView): string {
  return typeof text === 'string' ? text : text.slice(0, text.length);
}
