// Reads an article file for the CLI: strict UTF-8, BOM removed, Markdown recognised by its extension.
import * as path from 'node:path';
import { readTextFile } from '../node/textFiles';

export interface ArticleFile {
  /** The BOM-less text; all offsets index into it. */
  text: string;
  markdown: boolean;
}

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd']);

export function isMarkdownPath(file: string): boolean {
  return MARKDOWN_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/** What to do about an article in another encoding (Windows-1252 and UTF-16 exports of newsroom systems are common). */
const CONVERT_HINT = 'save it as UTF-8 first, e.g. iconv -f WINDOWS-1252 -t UTF-8 (or -f UTF-16)';

/** Reads `file`; throws an Error whose message is a one-line reason ("no such file", "not valid UTF-8 text", "a named pipe"). */
export async function readArticle(file: string): Promise<ArticleFile> {
  const raw = await readTextFile(file).catch((err: unknown) => {
    if (err instanceof Error && err.message.endsWith(': not valid UTF-8 text')) throw new Error(`${err.message}; ${CONVERT_HINT}`);
    throw err;
  });
  if (raw === undefined) throw new Error(`cannot read ${file}: no such file`);
  // VS Code drops a leading BOM from the document text, so offsets count from after it.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return { text, markdown: isMarkdownPath(file) };
}

/** The BOM-less text of an article's bytes read from standard input; throws when they are not UTF-8. */
export function decodeArticle(bytes: Uint8Array, name: string): string {
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error(`cannot read ${name}: not valid UTF-8 text; ${CONVERT_HINT}`);
  }
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}
