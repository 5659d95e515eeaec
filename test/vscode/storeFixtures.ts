// Helpers of the store's real-VS-Code suites: the store itself, fresh article files in the workspace, tagging, file reads.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addManualClaim, updateClaim } from '../../src/core/model/annotations';
import type { Claim, Sidecar } from '../../src/core/model/types';
import type { AnnotationStore, ClaimLensApi } from '../../src/extension/api';
import { CLAIMLENS_ID } from './support/extension';
import { waitUntil } from './support/wait';
import { workspaceUri } from './support/workspace';

export const QUOTE = 'Kim Jong Un oversaw the test-fire of the latest anti-aircraft missile system';
export const ARTICLE = `Military readiness\n\nThe Korean Central News Agency (KCNA) reported that ${QUOTE}. Seoul was not told.\n`;

/** Tags the first occurrence of `quote` as a manual claim rated credibility 2, as the tagging command does. */
export async function tagQuote(store: AnnotationStore, article: vscode.Uri, quote: string): Promise<string> {
  let id = '';
  const accepted = await store.edit(article, (sidecar, text) => {
    const start = text.indexOf(quote);
    assert.ok(start >= 0, `the article contains "${quote}"`);
    const added = addManualClaim(sidecar, text, start, start + quote.length, new Date().toISOString());
    id = added.claim.id;
    return updateClaim(added.sidecar, id, { credibility: 2, state: 'confirmed' }, new Date().toISOString());
  });
  assert.equal(accepted, true, 'the store accepted the edit');
  return id;
}

export async function sidecarOnDisk(article: vscode.Uri): Promise<Sidecar | undefined> {
  const raw = await readText(sidecarOf(article));
  return raw === undefined ? undefined : (JSON.parse(raw) as Sidecar);
}

export function claimIn(sidecar: Sidecar | undefined, id: string): Claim | undefined {
  return sidecar?.claims.find((claim) => claim.id === id);
}

export async function claimStore(): Promise<AnnotationStore> {
  const extension = vscode.extensions.getExtension<ClaimLensApi>(CLAIMLENS_ID);
  if (!extension) throw new Error(`${CLAIMLENS_ID} is not installed in this VS Code`);
  return (await extension.activate()).annotations;
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
export async function openArticle(store: AnnotationStore, uri: vscode.Uri): Promise<vscode.TextEditor> {
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

/** A fresh article (in a new folder, or in `place`) open in an editor, with QUOTE tagged and its sidecar written. */
export async function articleWithTaggedQuote(store: AnnotationStore, place: string | vscode.Uri, text = ARTICLE) {
  const folder = typeof place === 'string' ? await freshFolder(place) : place;
  const article = vscode.Uri.joinPath(folder, 'article.txt');
  await writeText(article, text);
  const editor = await openArticle(store, article);
  const id = await tagQuote(store, article, QUOTE);
  await waitUntil('the sidecar with the tagged claim', async () => claimIn(await sidecarOnDisk(article), id));
  return { folder, article, editor, id };
}
