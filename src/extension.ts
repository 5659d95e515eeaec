// Entry point of the ClaimLens extension: builds the services and wires each feature; no logic lives here.
import type * as vscode from 'vscode';
import { detectAttributions } from './core/detect';
import type { ClaimLensApi } from './extension/api';
import { registerClaimStore } from './extension/store/registerClaimStore';

export function activate(context: vscode.ExtensionContext): ClaimLensApi {
  const store = registerClaimStore(context, { detect: detectAttributions });
  return { store };
}

export function deactivate(): void {}
