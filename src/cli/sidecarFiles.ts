// Reads sidecars for the CLI, validated and re-anchored to their article's text, and writes files atomically.
import { readFile, rename, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { reanchor } from '../core/anchor';
import type { Sidecar } from '../core/model/types';
import { documentInfo, parseSidecar, sidecarFileName } from '../core/sidecar';

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
