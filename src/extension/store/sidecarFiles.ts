// File access through vscode.workspace.fs (local, remote, virtual and web workspaces), and reading sidecars and articles with it.
import * as vscode from 'vscode';
import { rawOf, type SidecarRead } from '../../core/session/types';
import { fileNameOf, temporaryUriFor } from './articleUris';
import type { FileAccess, FileKind, FileStamp, LandingOf, ReplaceFile, TextRead } from './fileAccess';

import { errorMessage } from './sessionEffects';

export { rawOf, type SidecarRead };
export { errorMessage, readSidecarFile, readSidecarText } from './sessionEffects';


function isMissing(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}

/** An error that names the file, so that a message built from it tells the user which file is meant. */
function namingFile(uri: vscode.Uri, error: unknown): Error {
  const message = errorMessage(error);
  return new Error(message.includes(fileNameOf(uri)) ? message : `${fileNameOf(uri)}: ${message}`);
}

/** UTF-8 decoding that drops a BOM, as VS Code does; `fatal` so bytes in another encoding are noticed. */
function decodeUtf8(bytes: Uint8Array): string | undefined | { tooLarge: true } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    // A fatal decoding error is a TypeError; anything else means the text does not fit in one JavaScript string.
    return error instanceof TypeError ? undefined : { tooLarge: true };
  }
}

async function kindOfFile(uri: vscode.Uri): Promise<FileKind> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0 ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

async function deleteQuietly(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
}

/** VS Code's rename with overwrite: there is a moment without the target, which is all a web or remote host offers. */
export const renameOverwriting: ReplaceFile = async (temporary, target) => {
  await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
};

/**
 * `FileAccess` over `vscode.workspace.fs`; `replace` puts a finished temporary file in place of its target, and
 * `landing` says where that writes (VS Code's rename replaces a link: the link itself).
 */
export function workspaceFiles(replace: ReplaceFile = renameOverwriting, landing: LandingOf = async (uri) => uri): FileAccess {
  return {
    landing,

    async readText(uri: vscode.Uri): Promise<TextRead> {
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch (error) {
        return isMissing(error) ? { kind: 'missing' } : { kind: 'failed', message: namingFile(uri, error).message };
      }
      const text = decodeUtf8(bytes);
      if (typeof text === 'object') {
        return { kind: 'failed', message: `${fileNameOf(uri)}: too large to read (${Math.round(bytes.length / 2 ** 20)} MB)` };
      }
      return text === undefined ? { kind: 'undecodable', message: `${fileNameOf(uri)}: not valid UTF-8 text` } : { kind: 'ok', text };
    },

    kindOf: kindOfFile,

    async stamp(uri: vscode.Uri): Promise<FileStamp> {
      try {
        const { mtime, size } = await vscode.workspace.fs.stat(uri);
        return { mtime, size };
      } catch {
        return undefined;
      }
    },

    async writeAtomically(uri: vscode.Uri, content: string, stillAsRead?: () => Promise<boolean>): Promise<boolean> {
      const temporary = temporaryUriFor(uri);
      try {
        await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(content));
      } catch (error) {
        await deleteQuietly(temporary);
        throw namingFile(uri, error);
      }
      if (stillAsRead && !(await stillAsRead())) {
        await deleteQuietly(temporary);
        return false;
      }
      try {
        await replace(temporary, uri);
      } catch (error) {
        // VS Code's rename with overwrite deletes the target first: once the target is gone, the temporary file is the only copy on disk.
        if (await kindOfFile(uri) === 'missing') throw new Error(vscode.l10n.t('{0}: {1}; its new content is kept in {2}', fileNameOf(uri), errorMessage(error), fileNameOf(temporary)));
        await deleteQuietly(temporary);
        throw namingFile(uri, error);
      }
      return true;
    },

    async rename(from: vscode.Uri, to: vscode.Uri): Promise<void> {
      try {
        await vscode.workspace.fs.rename(from, to, { overwrite: false });
      } catch (error) {
        throw namingFile(from, error);
      }
    },

    async delete(uri: vscode.Uri): Promise<void> {
      try {
        await vscode.workspace.fs.delete(uri, { useTrash: false });
      } catch (error) {
        throw namingFile(uri, error);
      }
    },
  };
}
