// Entry point of the ClaimLens extension in a Node extension host (desktop, remote): local sidecars are replaced atomically.
import type * as vscode from 'vscode';
import type { ClaimLensApi } from './extension/api';
import { activateClaimLens } from './extension/activate';
import { localLanding, replaceLocalFile } from './extension/store/localFileReplace';
import { workspaceFiles } from './extension/store/sidecarFiles';

export function activate(context: vscode.ExtensionContext): ClaimLensApi {
  return activateClaimLens(context, { files: workspaceFiles(replaceLocalFile, localLanding) });
}

export function deactivate(): void {}
