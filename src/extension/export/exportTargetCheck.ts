// Before the editor writes an export: the file the reader chose must not be an article, a sidecar or someone's text file.
import * as vscode from 'vscode';
import { exportTargetProblem } from '../../core/export';
import { sidecarUriFor } from '../store/articleUris';
import type { FileAccess } from '../store/fileAccess';

/** Why `target` must not receive the export of `articles`, or undefined when it may. */
export async function exportTargetRefusal(files: FileAccess, target: vscode.Uri, articles: readonly vscode.Uri[]): Promise<string | undefined> {
  const read = await files.readText(target);
  // Bytes that are not text (or cannot be read) are never an earlier export: they are not written over.
  if (read.kind === 'undecodable' || read.kind === 'failed') return `${vscode.workspace.asRelativePath(target, false)} exists and is not a text file`;
  const existing = read.kind === 'ok' ? read.text.slice(0, 256) : null;
  const hasSidecar = (await files.kindOf(sidecarUriFor(target))) !== 'missing';
  const sameFileSystem = articles.filter((a) => a.scheme === target.scheme && a.authority === target.authority);
  return exportTargetProblem({ path: target.path, existing, hasSidecar }, sameFileSystem.map((a) => a.path)) ?? undefined;
}
