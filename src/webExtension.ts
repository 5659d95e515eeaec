// Entry point of ClaimLens in the web worker extension host (vscode.dev, github.dev, code-server's browser host).
import type * as vscode from 'vscode';
import type { ClaimLensApi } from './extension/api';
import { activateClaimLens } from './extension/activate';
import { renameOverwriting, workspaceFiles } from './extension/store/sidecarFiles';

/**
 * The web has no atomic rename: a sidecar is replaced through VS Code's rename with overwrite, which deletes the
 * old file a moment before the new one takes its name (see the README's "In the browser").
 */
export function activate(context: vscode.ExtensionContext): ClaimLensApi {
  return activateClaimLens(context, { files: workspaceFiles(renameOverwriting) });
}

export function deactivate(): void {}
