// The status bar item "N claims · M tagged" for the active article; clicking it focuses the Claims panel.
import * as vscode from 'vscode';
import { statusText, statusTooltip } from '../../core/view/claimCounts';
import { type ClaimStore, onlyMoved } from '../store/api';
import { localWords } from '../l10n/words';

export function registerClaimStatus(context: vscode.ExtensionContext, deps: { store: ClaimStore }): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('claimlens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('ClaimLens claims');
  item.command = 'claimlens.claims.focus';

  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    const annotations = editor && deps.store.get(editor.document.uri);
    if (!annotations) {
      item.hide();
      return;
    }
    const counts = annotations.counts;
    const text = statusText(counts, localWords());
    item.text = `$(quote) ${text}`;
    const readOnly = annotations.status.kind === 'ok' ? '' : `\n${annotations.status.message}`;
    item.tooltip = `${statusTooltip(counts, localWords())}${readOnly}\n${vscode.l10n.t('Click to show the Claims panel')}`;
    item.accessibilityInformation = { label: vscode.l10n.t('ClaimLens: {0}. Show the Claims panel.', text), role: 'button' };
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    deps.store.onDidChange((change) => {
      if (!onlyMoved(change) && change.articleUri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) update();
    }),
  );
  update();
  return item;
}
