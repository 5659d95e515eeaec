// Wires the highlighter to the store, the visible editors and the highlight settings.
import * as vscode from 'vscode';
import type { ClaimStore } from '../store/api';
import { readHighlightOptions, SETTINGS } from '../settings';
import { registerClaimLensCommand } from '../commands/commandRegistration';
import { Highlighter } from './highlighter';

export function registerHighlights(context: vscode.ExtensionContext, deps: { store: ClaimStore }): Highlighter {
  const highlighter = new Highlighter(deps.store, readHighlightOptions());
  context.subscriptions.push(
    highlighter,
    deps.store.onDidChange((change) => highlighter.followChange(change)),
    vscode.window.onDidChangeVisibleTextEditors((editors) => highlighter.showIn(editors)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SETTINGS.section}.highlights`)) highlighter.setOptions(readHighlightOptions());
    }),
  );
  highlighter.scheduleVisible();
  context.subscriptions.push(
    registerClaimLensCommand('claimlens.toggleHighlights', () => {
      const shown = highlighter.toggle();
      vscode.window.setStatusBarMessage(shown ? vscode.l10n.t('ClaimLens: highlights shown') : vscode.l10n.t('ClaimLens: highlights hidden'), 3000);
      return shown;
    }),
  );
  return highlighter;
}
