// How the extension tells the user something (messages with actions) and keeps a log, as an interface the store is given.
import * as vscode from 'vscode';

/** The "ClaimLens" log (Output panel): failures with their details, and timings at trace level. */
export interface Log {
  trace(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface Notifier {
  /** Shows a warning and logs it; resolves with the action the user chose, if any. Never rejects. */
  warn(message: string, ...actions: string[]): Promise<string | undefined>;
  /** Shows an error and logs it; resolves with the action the user chose, if any. Never rejects. */
  error(message: string, ...actions: string[]): Promise<string | undefined>;
  /** Shows a file in an editor (the "Open sidecar" action). Never rejects. */
  openFile(uri: vscode.Uri): Promise<void>;
  readonly log: Log;
}

function settled<T>(shown: Thenable<T | undefined>): Promise<T | undefined> {
  return Promise.resolve(shown).then(undefined, () => undefined);
}

/** Messages through `vscode.window`, logged to `log`. */
export function windowNotifier(log: Log): Notifier {
  return {
    warn(message, ...actions) {
      log.warn(message);
      return settled(vscode.window.showWarningMessage(message, ...actions));
    },
    error(message, ...actions) {
      log.error(message);
      return settled(vscode.window.showErrorMessage(message, ...actions));
    },
    async openFile(uri) {
      await settled(vscode.window.showTextDocument(uri));
    },
    log,
  };
}
