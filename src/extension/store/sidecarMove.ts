// Moves an article's sidecar when the article is renamed or moved, so annotations follow their article.
import type * as vscode from 'vscode';
import { serializeSidecar } from '../../core/sidecar';
import { sameStamp, type FileAccess, type FileStamp } from './fileAccess';
import { readSidecarFile } from './sessionEffects';
import { baseName, isSidecarPath, sidecarPathFor } from './sidecarPaths';

export type SidecarMove =
  | { kind: 'none' }
  | { kind: 'moved'; from: vscode.Uri; to: vscode.Uri }
  /** Another sidecar already sits at the destination; neither file was touched. */
  | { kind: 'blocked'; from: vscode.Uri; to: vscode.Uri }
  /**
   * The annotations were written at the destination, but the old sidecar changed after it was read (the CLI or another
   * window wrote to it): it was kept, so both files exist and the newer write is not lost.
   */
  | { kind: 'copied'; from: vscode.Uri; to: vscode.Uri };

/**
 * Called after `oldArticle` became `newArticle`. A readable sidecar is rewritten at its new place with the new
 * file name recorded in `document.file`; an unreadable one is renamed byte for byte, never rewritten.
 * Renamed folders carry their sidecars along already, and a sidecar renamed by hand is the user's business.
 */
export async function moveSidecar(files: FileAccess, oldArticle: vscode.Uri, newArticle: vscode.Uri): Promise<SidecarMove> {
  if (isSidecarPath(oldArticle.path) || isSidecarPath(newArticle.path)) return { kind: 'none' };
  if ((await files.kindOf(newArticle)) === 'folder') return { kind: 'none' };
  const from = oldArticle.with({ path: sidecarPathFor(oldArticle.path) });
  const to = newArticle.with({ path: sidecarPathFor(newArticle.path) });
  // Taken before the read, so that any write after it shows in the stamp (or, where the stamp is too coarse, in the content).
  const readStamp = await files.stamp(from);
  const read = await readSidecarFile(files, from);
  if (read.kind === 'missing') return { kind: 'none' };
  if ((await files.kindOf(to)) !== 'missing') return { kind: 'blocked', from, to };
  if (read.kind === 'unreadable') {
    await files.rename(from, to);
    return { kind: 'moved', from, to };
  }
  const document = { ...read.sidecar.document, file: baseName(newArticle.path) };
  // Looked at again right before the replace: a sidecar that appeared there meanwhile (a git checkout) is not written over.
  const stillFree = async (): Promise<boolean> => (await files.kindOf(to)) === 'missing';
  if (!(await files.writeAtomically(to, serializeSidecar({ ...read.sidecar, document }), stillFree))) return { kind: 'blocked', from, to };
  if (!(await stillAsCopied(files, from, readStamp, read.raw))) return { kind: 'copied', from, to };
  await files.delete(from);
  return { kind: 'moved', from, to };
}

/** Whether the old sidecar still holds what was copied: the same stamp, or, when the stamp moved (a touch, a rewrite of the same bytes), the same content. */
async function stillAsCopied(files: FileAccess, from: vscode.Uri, readStamp: FileStamp, copied: string): Promise<boolean> {
  if (readStamp !== undefined && sameStamp(readStamp, await files.stamp(from))) return true;
  const now = await files.readText(from);
  return now.kind === 'ok' && now.text === copied;
}
