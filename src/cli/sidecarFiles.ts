// Reads sidecars for the CLI, validated and anchored to their article's text, and writes files atomically.
import { anchoredTo, reanchor } from '../core/anchor';
import type { Sidecar } from '../core/model/types';
import { documentInfo, parseSidecar, sidecarFileName } from '../core/sidecar';
import * as path from 'node:path';
import { removeAbandonedTemporaries } from '../node/atomicWrite';
import { readTextFile, UnreadableFileError } from '../node/textFiles';

export type LoadedSidecar =
  | { ok: true; sidecar: Sidecar; reanchored: boolean; raw: string }
  | { ok: false; error: string };

/** The sidecar file's text, undefined when there is none; throws an UnreadableFileError (pipe, not UTF-8, too large…). */
export async function readSidecarText(file: string): Promise<string | undefined> {
  return readTextFile(file);
}

/**
 * The article's sidecar anchored to `text`, or why it cannot be used (missing, unreadable, invalid). When the article
 * changed since the sidecar was saved (another editor, git), or its offsets do not select their text, its claims are
 * re-anchored in memory; the file on disk is left alone. `raw` is the file's content as read, to check before a write.
 */
export async function readSidecarFor(article: string, text: string): Promise<LoadedSidecar> {
  const file = sidecarFileName(article);
  let raw: string | undefined;
  try {
    raw = await readSidecarText(file);
  } catch (err) {
    return { ok: false, error: err instanceof UnreadableFileError ? err.message : String(err) };
  }
  if (raw === undefined) return { ok: false, error: `${file}: no such file` };
  const parsed = parseSidecar(raw, file);
  if (!parsed.ok) return parsed;
  const info = documentInfo(article, text);
  if (parsed.sidecar.document.hash === info.hash) {
    const anchored = anchoredTo(parsed.sidecar, text);
    return { ok: true, sidecar: anchored.sidecar, reanchored: anchored.reanchored, raw };
  }
  return { ok: true, sidecar: { ...reanchor(parsed.sidecar, text), document: info }, reanchored: true, raw };
}

/**
 * Clears the temporary files killed writes left beside `sidecar` and speaks of those kept because they hold
 * annotations the sidecar lacks (a save that failed after its target was deleted, or one the sidecar never took in).
 * With no sidecar at all, such a file is its last saved content: writing a new sidecar beside it would hide that work
 * from the editor, so the caller refuses (`error`) rather than only warning.
 */
export async function keptTemporaries(sidecar: string, sidecarExists: boolean, dryRun: boolean): Promise<{ warnings: string[] } | { error: string }> {
  const kept = await removeAbandonedTemporaries(sidecar, dryRun);
  const name = path.basename(sidecar);
  if (!sidecarExists) {
    // A complete sidecar is the last save; half of one (a first write killed halfway) is kept too, but blocks nothing.
    const complete: string[] = [];
    for (const file of kept) if (parseSidecar((await readTextFile(file).catch(() => undefined)) ?? '', file).ok) complete.push(file);
    if (complete.length > 0) {
      return { error: `${sidecar} is missing, but ${complete.join(', ')} holds annotations a save left there; rename it to ${name} (or delete it), then run again — nothing was written` };
    }
    return { warnings: kept.map((file) => `kept ${file}: a write of ${name} cut off halfway; delete it once you have looked at it`) };
  }
  return { warnings: kept.map((file) => `kept ${file}: it holds annotations ${name} lacks (left by a save that failed); compare the two, then delete it`) };
}

/**
 * For commands that only read (`stats`, `export`): the temporary files beside `sidecar` that hold annotations it lacks,
 * each with what to do about it. Nothing is removed: a command that writes no sidecar has no business clearing them.
 */
export async function keptTemporaryWarnings(sidecar: string, sidecarExists = true): Promise<string[]> {
  const kept = await removeAbandonedTemporaries(sidecar, true);
  const name = path.basename(sidecar);
  const shown = (file: string): string => path.relative(process.cwd(), file).split(path.sep).join('/');
  return kept.map((file) =>
    sidecarExists
      ? `kept temporary copy ${shown(file)} holds annotations ${shown(sidecar)} lacks (a save that failed left it; not counted here): open it and compare it with ${name}; if it holds the work you want, rename it over ${name}, else delete it`
      : `kept temporary copy ${shown(file)} may hold the only annotations of ${shown(sidecar)}, which is missing (a save that failed left it; not counted here): open it; if it holds the work you want, rename it to ${name}, else delete it`,
  );
}

export { writeFileAtomically as writeFileAtomic } from '../node/atomicWrite';
