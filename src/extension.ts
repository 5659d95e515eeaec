// Entry point of the ClaimLens extension: builds the services and wires each feature; no logic lives here.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  void context;
}

export function deactivate(): void {}
