// Helpers of the store's real-VS-Code suite: the store itself, fresh article files in the workspace, file reads.
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';
import type { ClaimStore } from '../../src/extension/store/api';
import { CLAIMLENS_ID } from './support/extension';
import { workspaceUri } from './support/workspace';

export async function claimStore(): Promise<ClaimStore> {
  const extension = vscode.extensions.getExtension<ClaimLensApi>(CLAIMLENS_ID);
  if (!extension) throw new Error(`${CLAIMLENS_ID} is not installed in this VS Code`);
  return (await extension.activate()).store;
}

let folders = 0;

/** A new, empty folder in the workspace, so every test works on its own files. */
export async function freshFolder(name: string): Promise<vscode.Uri> {
  folders += 1;
  const folder = workspaceUri(`store-tests/${name}-${Date.now().toString(36)}-${folders}`);
  await vscode.workspace.fs.createDirectory(folder);
  return folder;
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function readBytes(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
}

export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const bytes = await readBytes(uri);
  return bytes && new TextDecoder().decode(bytes);
}

export function sidecarOf(article: vscode.Uri): vscode.Uri {
  return article.with({ path: `${article.path}.claims.json` });
}

/** Opens the article in an editor and waits until the store has loaded it. */
export async function openArticle(store: ClaimStore, uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  await store.open(document);
  return editor;
}

/** Closes every editor without the save prompt that would stall the suite: unsaved test edits are reverted first. */
export async function closeEditorsDiscardingChanges(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((doc) => doc.isDirty && !doc.isUntitled)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Resolves once the file watcher has reported `uri` created or changed. VS Code coalesces a creation and a deletion
 * that are both still pending into no event at all, so a test that deletes a file it just wrote waits for this first.
 */
export function watcherSaw(uri: vscode.Uri): { seen: () => boolean; dispose: () => void } {
  const folder = vscode.Uri.joinPath(uri, '..');
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
  let saw = false;
  watcher.onDidCreate(() => { saw = true; });
  watcher.onDidChange(() => { saw = true; });
  return { seen: () => saw, dispose: () => watcher.dispose() };
}
