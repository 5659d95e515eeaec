// Escapes article text for Markdown so that quoted claims render as the words they are, never as links or markup.

/** Backslash-escapes every character CommonMark could read as markup, and keeps line breaks from starting blocks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&"]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}
