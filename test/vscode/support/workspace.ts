// Locates files in the test workspace: a fresh copy of samples/ (as samples/) and test/fixtures/ (as fixtures/).
import * as vscode from 'vscode';

/** The URI of `relativePath` inside the opened test workspace, e.g. `fixtures/vscode/article.txt`. */
export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test VS Code has no workspace folder open');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

/** Opens a workspace file in an editor and returns that editor. */
export async function openInEditor(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document);
}
