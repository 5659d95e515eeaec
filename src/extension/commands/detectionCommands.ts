// The "detect claims again" command: runs the detector over the article now and merges its suggestions.
import * as vscode from 'vscode';
import type { Attribution, DetectOptions } from '../../core/detect/types';
import { mergeDetections } from '../../core/model/annotations';
import { resolveClaimSources } from '../../core/resolve';
import type { ClaimStore } from '../store/api';
import { activeArticle, isClaimRef, nowIso } from './commandClaim';
import { registerClaimLensCommand } from './commandRegistration';

export type Detect = (text: string, options: DetectOptions) => Attribution[];

/** Resolves to the number of suggestions added, or undefined when there was no article to run on. */
async function detectClaims(store: ClaimStore, detect: Detect, arg: unknown): Promise<number | undefined> {
  const uri = isClaimRef(arg) ? vscode.Uri.parse(arg.articleUri) : activeArticle(store)?.annotations.articleUri;
  const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!uri || !document || !store.get(uri)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: open an article to detect its claims.'));
    return undefined;
  }
  const before = store.get(uri)?.counts.suggested ?? 0;
  const markdown = document.languageId === 'markdown';
  const saved = await store.edit(uri, (sidecar, text) => resolveClaimSources(mergeDetections(sidecar, text, detect(text, { markdown }), nowIso()), text, markdown));
  if (!saved) return undefined;
  const added = (store.get(uri)?.counts.suggested ?? 0) - before;
  const message =
    added === 0
      ? vscode.l10n.t('ClaimLens: no new suggestions')
      : added === 1
        ? vscode.l10n.t('ClaimLens: 1 new suggestion')
        : vscode.l10n.t('ClaimLens: {0} new suggestions', added);
  vscode.window.setStatusBarMessage(message, 4000);
  return added;
}

export function registerDetectionCommands(context: vscode.ExtensionContext, deps: { store: ClaimStore; detect: Detect }): void {
  context.subscriptions.push(registerClaimLensCommand('claimlens.detectClaims', (arg) => detectClaims(deps.store, deps.detect, arg)));
}
