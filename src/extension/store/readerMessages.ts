// Tells the reader what an article session asks to be told: a sidecar that cannot be read (once), a refused edit, clashes merged, a failed save.
import * as vscode from 'vscode';
import type { SessionMessage } from '../../core/session/types';
import { localConflictWords } from '../l10n/words';
import type { Notifier } from '../notifier';
import { fileNameOf } from './articleUris';
import type { ArticlePlace } from './sessionEffects';
import { conflictMessage } from './storeMessages';
import { UnreadableSidecarReport } from './unreadableSidecarReport';

export class ReaderMessages {
  private readonly report: UnreadableSidecarReport;

  constructor(private readonly notifier: Notifier) {
    this.report = new UnreadableSidecarReport(notifier);
  }

  tell({ articleUri, sidecarUri }: ArticlePlace, message: SessionMessage): void {
    switch (message.kind) {
      case 'unreadable':
        this.report.report(articleUri, sidecarUri, message.message, message.keptEdits);
        return;
      case 'readable':
        this.report.recovered(articleUri);
        return;
      case 'editRefused':
        if (message.status.kind === 'unreadable') this.report.refuseEdit(articleUri, sidecarUri, message.status.message);
        else void this.notifier.warn(vscode.l10n.t('ClaimLens did not change the annotations: {0}', message.status.message));
        return;
      case 'conflicts':
        void this.notifier.warn(conflictMessage(fileNameOf(sidecarUri), message.conflicts, localConflictWords()));
        return;
      case 'writeFailed':
        void this.notifier.error(
          vscode.l10n.t('ClaimLens could not save {0}: {1}. Your annotations are kept in memory.', fileNameOf(sidecarUri), message.message),
        );
        return;
      case 'heldEditsLost':
        this.report.heldEditsLost(articleUri, sidecarUri);
        return;
    }
  }
}
