// Registers the export and import commands of the command palette and the explorer.
import type * as vscode from 'vscode';
import { registerClaimLensCommand } from '../commands/commandRegistration';
import type { ClaimStore } from '../store/api';
import type { FileAccess } from '../store/fileAccess';
import { exportArticle, exportWorkspace } from './exportCommands';
import { importW3C } from './importCommand';

/**
 * Each command takes optional arguments so tests and automation can skip the prompts:
 * `claimlens.exportArticle(articleUri?, { format?, target? })`, `claimlens.exportWorkspace({ format?, target? })`,
 * `claimlens.importW3C(fileUri?, { article? })`.
 */
export function registerExportCommands(context: vscode.ExtensionContext, deps: { store: ClaimStore; files: FileAccess }): void {
  const version = (context.extension.packageJSON as { version: string }).version;
  context.subscriptions.push(
    registerClaimLensCommand('claimlens.exportArticle', (article, options) => exportArticle(deps, version, article, options)),
    registerClaimLensCommand('claimlens.exportWorkspace', (options) => exportWorkspace(deps, version, options)),
    registerClaimLensCommand('claimlens.importW3C', (file, options) => importW3C(deps, file, options)),
  );
}
