// Reads and writes sidecars and articles through vscode.workspace.fs, so remote and virtual workspaces work too (local files are replaced atomically).
import { rename } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { Sidecar } from '../../core/model/types';
import { parseSidecar } from '../../core/sidecar';
import { fileNameOf, temporaryUriFor } from './articleUris';

export type SidecarRead =
  | { kind: 'missing' }
  | { kind: 'ok'; sidecar: Sidecar; raw: string }
  /** The file exists but is not a sidecar this version understands; `raw` is kept to recognise later changes. */
  | { kind: 'unreadable'; message: string; raw: string };

/** The file content a read saw, undefined when there was no file: what the store compares to notice changes. */
export function rawOf(read: SidecarRead): string | undefined {
  return read.kind === 'missing' ? undefined : read.raw;
}

function isMissing(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** UTF-8 decoding that drops a BOM, as VS Code does; `fatal` so bytes in another encoding are noticed. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The raw text of a file, or undefined when it does not exist. Other errors propagate. */
async function readText(uri: vscode.Uri): Promise<{ text: string | undefined } | undefined> {
  try {
    return { text: decodeUtf8(await vscode.workspace.fs.readFile(uri)) };
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/**
 * The sidecar's content without parsing it, undefined when there is no file, to notice a change cheaply. A file that
 * cannot be read or decoded gives an empty string, which never equals a content the store read or wrote.
 */
export async function readSidecarText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const file = await readText(uri);
    return file && (file.text ?? '');
  } catch {
    return '';
  }
}

export async function readSidecarFile(uri: vscode.Uri): Promise<SidecarRead> {
  let file: { text: string | undefined } | undefined;
  try {
    file = await readText(uri);
  } catch (error) {
    return { kind: 'unreadable', message: `${fileNameOf(uri)}: ${errorMessage(error)}`, raw: '' };
  }
  if (!file) return { kind: 'missing' };
  if (file.text === undefined) {
    return { kind: 'unreadable', message: `${fileNameOf(uri)}: not valid UTF-8 text`, raw: '' };
  }
  const parsed = parseSidecar(file.text, fileNameOf(uri));
  return parsed.ok
    ? { kind: 'ok', sidecar: parsed.sidecar, raw: file.text }
    : { kind: 'unreadable', message: parsed.error, raw: file.text };
}

export type ArticleRead =
  | { kind: 'missing' }
  /** The bytes are not UTF-8, so the text VS Code shows cannot be compared with them. */
  | { kind: 'undecodable' }
  | { kind: 'ok'; text: string };

/** The article's text as saved on disk, BOM-less, for checking that sidecar offsets match the saved file. */
export async function readArticleFile(uri: vscode.Uri): Promise<ArticleRead> {
  const file = await readText(uri);
  if (!file) return { kind: 'missing' };
  return file.text === undefined ? { kind: 'undecodable' } : { kind: 'ok', text: file.text };
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/**
 * Writes `content` to a temporary file beside `uri` and renames it over `uri`, so a reader (git, a sync tool,
 * another window) sees either the old file or the new one, never half of one.
 */
export async function writeFileAtomically(uri: vscode.Uri, content: string): Promise<void> {
  const temporary = temporaryUriFor(uri);
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(content));
  try {
    // VS Code's own rename with overwrite deletes the target first, leaving a moment with no sidecar at all (git or a
    // sync tool could see it vanish). A local file is replaced by one rename(2), which is atomic.
    if (uri.scheme === 'file') await rename(temporary.fsPath, uri.fsPath);
    else await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary, { useTrash: false }).then(undefined, () => undefined);
    throw error;
  }
}
