// Registers a ClaimLens command so that a failure reaches the reader as a message instead of vanishing in a log.
import * as vscode from 'vscode';

type Handler = (...args: unknown[]) => unknown;

export function registerClaimLensCommand(id: string, handler: Handler): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await handler(...args);
    } catch (err: unknown) {
      const reason = err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(vscode.l10n.t('ClaimLens: {0}', reason));
      return false;
    }
  });
}
