// The status bar item "N claims · M tagged" for the active article; clicking it focuses the Claims panel.
import * as vscode from 'vscode';
import { statusText, statusTooltip } from '../../core/view/claimCounts';
import { type ClaimStore, onlyMoved } from '../store/api';

export function registerClaimStatus(context: vscode.ExtensionContext, deps: { store: ClaimStore }): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('claimlens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'ClaimLens claims';
  item.command = 'claimlens.claims.focus';

  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    const annotations = editor && deps.store.get(editor.document.uri);
    if (!annotations) {
      item.hide();
      return;
    }
    const counts = annotations.counts;
    const text = statusText(counts);
    item.text = `$(quote) ${text}`;
    const readOnly = annotations.status.kind === 'ok' ? '' : `\n${annotations.status.message}`;
    item.tooltip = `${statusTooltip(counts)}${readOnly}\nClick to show the Claims panel`;
    item.accessibilityInformation = { label: `ClaimLens: ${text}. Show the Claims panel.`, role: 'button' };
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
