// Moves an article's sidecar when the article is renamed or moved, so annotations follow their article.
import type * as vscode from 'vscode';
import { serializeSidecar } from '../../core/sidecar';
import { fileNameOf, sidecarUriFor } from './articleUris';
import type { FileAccess } from './fileAccess';
import { readSidecarFile } from './sidecarFiles';
import { isSidecarPath } from './sidecarPaths';

export type SidecarMove =
  | { kind: 'none' }
  | { kind: 'moved'; from: vscode.Uri; to: vscode.Uri }
  /** Another sidecar already sits at the destination; neither file was touched. */
  | { kind: 'blocked'; from: vscode.Uri; to: vscode.Uri };

/**
 * Called after `oldArticle` became `newArticle`. A readable sidecar is rewritten at its new place with the new
 * file name recorded in `document.file`; an unreadable one is renamed byte for byte, never rewritten.
 * Renamed folders carry their sidecars along already, and a sidecar renamed by hand is the user's business.
 */
export async function moveSidecar(files: FileAccess, oldArticle: vscode.Uri, newArticle: vscode.Uri): Promise<SidecarMove> {
  if (isSidecarPath(oldArticle.path) || isSidecarPath(newArticle.path)) return { kind: 'none' };
  if ((await files.kindOf(newArticle)) === 'folder') return { kind: 'none' };
  const from = sidecarUriFor(oldArticle);
  const to = sidecarUriFor(newArticle);
  const read = await readSidecarFile(files, from);
  if (read.kind === 'missing') return { kind: 'none' };
  if ((await files.kindOf(to)) !== 'missing') return { kind: 'blocked', from, to };
  if (read.kind === 'unreadable') {
    await files.rename(from, to);
  } else {
    const document = { ...read.sidecar.document, file: fileNameOf(newArticle) };
    // Looked at again right before the replace: a sidecar that appeared there meanwhile (a git checkout) is not written over.
    const stillFree = async (): Promise<boolean> => (await files.kindOf(to)) === 'missing';
    if (!(await files.writeAtomically(to, serializeSidecar({ ...read.sidecar, document }), stillFree))) return { kind: 'blocked', from, to };
    await files.delete(from);
  }
  return { kind: 'moved', from, to };
}
