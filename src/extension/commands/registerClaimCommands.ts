// Registers every claim command: judging, tagging, placing, moving between claims and detecting them again.
import type * as vscode from 'vscode';
import type { ClaimStore } from '../store/api';
import { registerDetectionCommands, type Detect } from './detectionCommands';
import { registerEntityTaggingCommands } from './entityTaggingCommands';
import { registerKindCommands } from './kindCommands';
import { registerNavigationCommands } from './navigationCommands';
import { registerPlacementCommands } from './placementCommands';
import { registerStateCommands } from './stateCommands';
import { registerTaggingCommands } from './taggingCommands';

export function registerClaimCommands(context: vscode.ExtensionContext, deps: { store: ClaimStore; detect: Detect }): void {
  registerStateCommands(context, deps.store);
  registerTaggingCommands(context, deps.store);
  registerEntityTaggingCommands(context, deps.store);
  registerKindCommands(context, deps.store);
  registerPlacementCommands(context, deps.store);
  registerNavigationCommands(context, deps.store);
  registerDetectionCommands(context, deps);
}
