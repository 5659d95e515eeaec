// Wires the ClaimStore to VS Code: document lifecycle, the sidecar watcher and file renames.
import * as vscode from 'vscode';
import type { ClaimStore } from './api';
import { isArticleDocument } from './articleUris';
import { type Detector, SidecarClaimStore } from './claimStore';

/**
 * Articles themselves need no watcher of ours: VS Code reloads an open, unchanged document when its file
 * changes on disk and reports that as a document change, which the store re-anchors. Sidecars are watched.
 */
export function registerClaimStore(context: vscode.ExtensionContext, deps: { detect?: Detector }): ClaimStore {
  const store = new SidecarClaimStore(deps.detect);
  const openArticle = (document: vscode.TextDocument): void => {
    if (isArticleDocument(document)) void store.open(document);
  };
  const sidecars = vscode.workspace.createFileSystemWatcher('**/*.claims.json');
  context.subscriptions.push(
    store,
    sidecars,
    sidecars.onDidCreate((uri) => store.handleSidecarChange(uri)),
    sidecars.onDidChange((uri) => store.handleSidecarChange(uri)),
    sidecars.onDidDelete((uri) => store.handleSidecarChange(uri)),
    vscode.workspace.onDidOpenTextDocument(openArticle),
    vscode.workspace.onDidChangeTextDocument((event) => store.handleTextChange(event)),
    vscode.workspace.onDidSaveTextDocument((document) => store.handleSave(document)),
    vscode.workspace.onDidCloseTextDocument((document) => store.handleClose(document)),
    vscode.workspace.onDidRenameFiles((event) => store.handleRename(event.files)),
  );
  vscode.workspace.textDocuments.forEach(openArticle);
  return store;
}
