// Reads an article file for the CLI: strict UTF-8, BOM removed, Markdown recognised by its extension.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';

export interface ArticleFile {
  /** The BOM-less text; all offsets index into it. */
  text: string;
  markdown: boolean;
}

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd']);
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function isMarkdownPath(file: string): boolean {
  return MARKDOWN_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/** Reads `file`; throws an Error whose message is a one-line reason ("no such file", "not UTF-8 text"). */
export async function readArticle(file: string): Promise<ArticleFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new Error(`cannot read ${file}: ${reason}`);
  }
  return { text: decodeArticle(bytes, file), markdown: isMarkdownPath(file) };
}

/** The BOM-less text of an article's bytes (read from a file or standard input); throws when they are not UTF-8. */
export function decodeArticle(bytes: Uint8Array, name: string): string {
  try {
    // With ignoreBOM false the decoder drops a leading UTF-8 BOM, so offsets match VS Code's document text.
    return decoder.decode(bytes);
  } catch {
    throw new Error(`cannot read ${name}: not valid UTF-8 text`);
  }
}
