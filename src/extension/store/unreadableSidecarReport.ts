// Tells the user, once per article, that its sidecar cannot be read, and why edits to it are refused.
import type * as vscode from 'vscode';
import type { Notifier } from '../notifier';
import { fileNameOf } from './articleUris';

const OPEN_SIDECAR = 'Open sidecar';

export class UnreadableSidecarReport {
  /** Article URIs already told about; cleared when the sidecar becomes readable, so a new breakage is reported. */
  private readonly reported = new Set<string>();

  constructor(private readonly notifier: Notifier) {}

  private offerToOpen(sidecarUri: vscode.Uri, shown: Promise<string | undefined>): void {
    void shown.then((action) => (action === OPEN_SIDECAR ? this.notifier.openFile(sidecarUri) : undefined));
  }

  /**
   * Shows the error unless it was already shown for this article since its sidecar was last readable. `keptEdits`:
   * the article had annotation changes not yet saved, which are kept in memory to be merged once the file is fixed.
   */
  report(articleUri: vscode.Uri, sidecarUri: vscode.Uri, message: string, keptEdits = false): void {
    const key = articleUri.toString();
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const kept = keptEdits ? ' Your annotation changes not yet saved are kept and merged into it once it can be read.' : '';
    const text =
      `ClaimLens cannot read the annotations of ${fileNameOf(articleUri)}: ${message}. ` +
      `${fileNameOf(sidecarUri)} is left untouched, and annotation changes are refused until it is fixed.${kept}`;
    this.offerToOpen(sidecarUri, this.notifier.error(text, OPEN_SIDECAR));
  }

  /** Explains why an annotation change was refused; shown on every refused change because each is a user action. */
  refuseEdit(articleUri: vscode.Uri, sidecarUri: vscode.Uri, message: string): void {
    const text =
      `ClaimLens did not change the annotations of ${fileNameOf(articleUri)}: ` +
      `its sidecar ${fileNameOf(sidecarUri)} cannot be read (${message}). Fix or remove the file first.`;
    this.offerToOpen(sidecarUri, this.notifier.warn(text, OPEN_SIDECAR));
  }

  /** Edits kept while the sidecar could not be read had nowhere to go when their article closed: the user is told, not left guessing. */
  heldEditsLost(articleUri: vscode.Uri, sidecarUri: vscode.Uri): void {
    const text =
      `ClaimLens could not save the annotation changes of ${fileNameOf(articleUri)}: ${fileNameOf(sidecarUri)} still ` +
      'cannot be read, and the article was closed. Fix the sidecar, reopen the article and make the changes again.';
    this.offerToOpen(sidecarUri, this.notifier.warn(text, OPEN_SIDECAR));
  }

  recovered(articleUri: vscode.Uri): void {
    this.reported.delete(articleUri.toString());
  }
}
