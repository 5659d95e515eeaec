// Reads articles and sidecars from disk for the CLI: UTF-8 text without BOM, validated sidecars re-anchored to the text.
import { readFile, rename, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { reanchor } from '../core/anchor';
import type { Sidecar } from '../core/model/types';
import { documentInfo, parseSidecar, sidecarFileName } from '../core/sidecar';
import { describeError } from './report';

/**
 * The text as VS Code sees it: UTF-8 decoded strictly (another encoding is reported, not garbled) and any BOM dropped.
 * Errors name the file.
 */
export async function readArticleText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new Error(`${file}: ${describeError(err)}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error(`${file}: not UTF-8 text; convert it to UTF-8 first (e.g. iconv -f WINDOWS-1252 -t UTF-8)`);
  }
}

export type LoadedSidecar = { ok: true; sidecar: Sidecar; reanchored: boolean } | { ok: false; error: string };

/**
 * The article's sidecar anchored to `text`. When the article changed since the sidecar was saved (another editor, git),
 * its claims are re-anchored in memory; the file on disk is left alone.
 */
export async function readSidecarFor(article: string, text: string): Promise<LoadedSidecar> {
  const file = sidecarFileName(article);
  const parsed = parseSidecar(await readFile(file, 'utf8'), file);
  if (!parsed.ok) return parsed;
  const info = documentInfo(article, text);
  if (parsed.sidecar.document.hash === info.hash) return { ok: true, sidecar: parsed.sidecar, reanchored: false };
  return { ok: true, sidecar: { ...reanchor(parsed.sidecar, text), document: info }, reanchored: true };
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file where a good one was. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, file);
}
