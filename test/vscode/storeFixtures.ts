// Helpers of the store's real-VS-Code suite: fresh article files in the workspace, file reads, waiting for conditions.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';
import type { ClaimStore } from '../../src/extension/store/api';

export async function claimStore(): Promise<ClaimStore> {
  const extension = vscode.extensions.getExtension<ClaimLensApi>('claimlens.claimlens');
  assert.ok(extension, 'the ClaimLens extension is installed');
  return (await extension.activate()).store;
}

let folders = 0;

/** A new, empty folder in the workspace, so every test works on its own files. */
export async function freshFolder(name: string): Promise<vscode.Uri> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(root, 'the tests run with a workspace folder open');
  folders += 1;
  const folder = vscode.Uri.joinPath(root, 'store-tests', `${name}-${Date.now().toString(36)}-${folders}`);
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

/**
 * Polls `probe` until it returns something other than undefined, failing with `what` after `timeoutMs`.
 * File watchers and document reloads are asynchronous, so the suite waits for their effect, never for a time.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
