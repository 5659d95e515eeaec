// Node-only: replaces a local file with one rename(2), which is atomic, and says where that writes; the web build never loads this module.
import * as vscode from 'vscode';
import { landingPath, replaceWithTemporary } from '../../node/atomicWrite';
import type { LandingOf, ReplaceFile } from './fileAccess';
import { renameOverwriting } from './sidecarFiles';

/**
 * VS Code's own rename with overwrite deletes the target first, leaving a moment with no sidecar at all (git or a
 * sync tool could see it vanish), and replaces a symbolic link with a plain file of default permissions. A local
 * file is replaced by one rename(2) instead, written through a link and keeping the permissions it had, as the CLI
 * does; other schemes go through VS Code.
 */
export const replaceLocalFile: ReplaceFile = async (temporary, target) => {
  if (target.scheme === 'file' && temporary.scheme === 'file') await replaceWithTemporary(temporary.fsPath, target.fsPath);
  else await renameOverwriting(temporary, target);
};

/** Where `replaceLocalFile` writes: a local file's symbolic links followed, as `replaceWithTemporary` follows them. */
export const localLanding: LandingOf = async (uri) => (uri.scheme === 'file' ? vscode.Uri.file(await landingPath(uri.fsPath)) : uri);
