// Entry point of the ClaimLens extension in a Node extension host (desktop, remote): local sidecars are replaced atomically, and the detector reads in a worker thread.
import * as path from 'node:path';
import type * as vscode from 'vscode';
import type { ClaimLensApi } from './extension/api';
import { activateClaimLens } from './extension/activate';
import { localLanding, replaceLocalFile } from './extension/store/localFileReplace';
import { workspaceFiles } from './extension/store/sidecarFiles';
import { workerDetector } from './node/workerDetector';

export function activate(context: vscode.ExtensionContext): ClaimLensApi {
  // The bundle ships the worker beside this file (dist/detectionWorker.js).
  const background = workerDetector(path.join(__dirname, 'detectionWorker.js'));
  return activateClaimLens(context, { files: workspaceFiles(replaceLocalFile, localLanding), background });
}

export function deactivate(): void {}
