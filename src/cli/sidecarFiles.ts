// Reads sidecars for the CLI, validated and re-anchored to their article's text, and writes files atomically.
import { readFile } from 'node:fs/promises';
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

export { writeFileAtomically as writeFileAtomic } from './atomicWrite';
