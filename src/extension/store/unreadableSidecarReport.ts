// Tells the user, once per article, that its sidecar cannot be read, and why edits to it are refused.
import * as vscode from 'vscode';
import type { Notifier } from '../notifier';
import { fileNameOf } from './articleUris';


export class UnreadableSidecarReport {
  /** Article URIs already told about; cleared when the sidecar becomes readable, so a new breakage is reported. */
  private readonly reported = new Set<string>();

  constructor(private readonly notifier: Notifier) {}

  /** The button that opens the broken sidecar, in the display language. */
  private readonly openSidecar = vscode.l10n.t('Open sidecar');

  private offerToOpen(sidecarUri: vscode.Uri, shown: Promise<string | undefined>): void {
    void shown.then((action) => (action === this.openSidecar ? this.notifier.openFile(sidecarUri) : undefined));
  }

  /**
   * Shows the error unless it was already shown for this article since its sidecar was last readable. `keptEdits`:
   * the article had annotation changes not yet saved, which are kept in memory to be merged once the file is fixed.
   */
  report(articleUri: vscode.Uri, sidecarUri: vscode.Uri, message: string, keptEdits = false): void {
    const key = articleUri.toString();
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const text = vscode.l10n.t(
      'ClaimLens cannot read the annotations of {0}: {1}. {2} is left untouched, and annotation changes are refused until it is fixed.',
      fileNameOf(articleUri),
      message,
      fileNameOf(sidecarUri),
    );
    const kept = vscode.l10n.t('Your annotation changes not yet saved are kept and merged into it once it can be read.');
    this.offerToOpen(sidecarUri, this.notifier.error(keptEdits ? `${text} ${kept}` : text, this.openSidecar));
  }

  /** Explains why an annotation change was refused; shown on every refused change because each is a user action. */
  refuseEdit(articleUri: vscode.Uri, sidecarUri: vscode.Uri, message: string): void {
    const text = vscode.l10n.t(
      'ClaimLens did not change the annotations of {0}: its sidecar {1} cannot be read ({2}). Fix or remove the file first.',
      fileNameOf(articleUri),
      fileNameOf(sidecarUri),
      message,
    );
    this.offerToOpen(sidecarUri, this.notifier.warn(text, this.openSidecar));
  }

  /** Edits kept while the sidecar could not be read had nowhere to go when their article closed: the user is told, not left guessing. */
  heldEditsLost(articleUri: vscode.Uri, sidecarUri: vscode.Uri): void {
    const text = vscode.l10n.t(
      'ClaimLens could not save the annotation changes of {0}: {1} still cannot be read, and the article was closed. Fix the sidecar, reopen the article and make the changes again.',
      fileNameOf(articleUri),
      fileNameOf(sidecarUri),
    );
    this.offerToOpen(sidecarUri, this.notifier.warn(text, this.openSidecar));
  }

  recovered(articleUri: vscode.Uri): void {
    this.reported.delete(articleUri.toString());
  }
}
