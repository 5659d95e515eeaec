// Node-only: replaces a local file with one rename(2), which is atomic; the web build never loads this module.
import { rename } from 'node:fs/promises';
import type { ReplaceFile } from './fileAccess';
import { renameOverwriting } from './sidecarFiles';

/**
 * VS Code's own rename with overwrite deletes the target first, leaving a moment with no sidecar at all (git or a
 * sync tool could see it vanish). A local file is replaced by one rename(2) instead; other schemes go through VS Code.
 */
export const replaceLocalFile: ReplaceFile = async (temporary, target) => {
  if (target.scheme === 'file' && temporary.scheme === 'file') await rename(temporary.fsPath, target.fsPath);
  else await renameOverwriting(temporary, target);
};
