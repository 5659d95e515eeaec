// Entry point of the ClaimLens extension: builds the services and wires each feature; no logic lives here.
import type * as vscode from 'vscode';
import { detectAttributions } from './core/detect';
import type { ClaimLensApi } from './extension/api';
import { registerClaimCommands } from './extension/commands/registerClaimCommands';
import { registerExportCommands } from './extension/export/registerExportCommands';
import { registerHighlights } from './extension/highlights/registerHighlights';
import { registerClaimHover } from './extension/hover/registerClaimHover';
import { registerClaimsPanel } from './extension/panel/registerClaimsPanel';
import { registerClaimStatus } from './extension/statusBar/registerClaimStatus';
import { registerClaimStore } from './extension/store/registerClaimStore';

export function activate(context: vscode.ExtensionContext): ClaimLensApi {
  const store = registerClaimStore(context, { detect: detectAttributions });
  const highlighter = registerHighlights(context, { store });
  registerClaimHover(context, { store, highlighter });
  registerClaimCommands(context, { store, detect: detectAttributions });
  const panel = registerClaimsPanel(context, { store });
  const status = registerClaimStatus(context, { store });
  registerExportCommands(context, { store });
  return { store, highlights: highlighter, panel, status };
}

export function deactivate(): void {}
