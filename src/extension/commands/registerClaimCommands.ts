// Registers every claim command: judging, tagging, placing and moving between claims.
import type * as vscode from 'vscode';
import type { ClaimStore } from '../store/api';
import { registerNavigationCommands } from './navigationCommands';
import { registerPlacementCommands } from './placementCommands';
import { registerStateCommands } from './stateCommands';
import { registerTaggingCommands } from './taggingCommands';

export function registerClaimCommands(context: vscode.ExtensionContext, deps: { store: ClaimStore }): void {
  registerStateCommands(context, deps.store);
  registerTaggingCommands(context, deps.store);
  registerPlacementCommands(context, deps.store);
  registerNavigationCommands(context, deps.store);
}
