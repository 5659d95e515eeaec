// Commands that judge claims: confirm, reject, delete, and confirm every remaining suggestion of an article.
import * as vscode from 'vscode';
import { deleteClaim, isUntouchedSuggestion, updateClaim, updateClaims } from '../../core/model/annotations';
import type { ClaimState } from '../../core/model/types';
import { shortQuote } from '../../core/view/quote';
import type { ClaimStore } from '../store/api';
import { activeArticle, isClaimRef, nowIso, claimForCommand } from './commandClaim';
import { registerClaimLensCommand } from './commandRegistration';

function setState(store: ClaimStore, state: ClaimState) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = claimForCommand(store, arg);
    if (!target) return false;
    return store.edit(target.annotations.articleUri, (sidecar) => updateClaim(sidecar, target.claim.id, { state }, nowIso()));
  };
}

async function removeClaim(store: ClaimStore, arg?: unknown): Promise<boolean> {
  const target = claimForCommand(store, arg);
  if (!target) return false;
  const { articleUri } = target.annotations;
  // Deleting loses the reader's work on the claim; rejecting an untouched suggestion is the usual way out.
  if (!isUntouchedSuggestion(target.claim)) {
    const remove = vscode.l10n.t('Delete');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Delete the claim “{0}” and your work on it (its state, source, rating and note)?', shortQuote(target.claim.target.exact, 50)),
      { modal: true },
      remove,
    );
    if (answer !== remove) return false;
    // The detector, an undo or another window may have removed the claim while the question was open.
    if (!store.get(articleUri)?.sidecar.claims.some((c) => c.id === target.claim.id)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('ClaimLens: that claim no longer exists (it was deleted or its article was closed).'));
      return false;
    }
  }
  return store.edit(articleUri, (sidecar) => deleteClaim(sidecar, target.claim.id));
}

/**
 * Runs one delete at a time and drops a delete that arrives while another is asking or writing. A held Delete key
 * repeats, and a second press can reach the panel before the first question takes the focus: each would act on
 * whatever row has the focus by then, and VS Code queues modal questions, so answering the first would reveal a
 * second, about another claim. One press deletes at most one claim and leaves no question behind.
 */
function oneDeleteAtATime(remove: (arg?: unknown) => Promise<boolean>): (arg?: unknown) => Promise<boolean> {
  let running = false;
  return async (arg) => {
    if (running) return false;
    running = true;
    try {
      return await remove(arg);
    } finally {
      running = false;
    }
  };
}

async function confirmAllSuggestions(store: ClaimStore, arg?: unknown): Promise<boolean> {
  const annotations = isClaimRef(arg) ? store.get(vscode.Uri.parse(arg.articleUri)) : activeArticle(store)?.annotations;
  if (!annotations) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: open an article to confirm its suggestions.'));
    return false;
  }
  const now = nowIso();
  return store.edit(annotations.articleUri, (sidecar) => updateClaims(sidecar, (c) => c.state === 'suggested' && !c.orphan, { state: 'confirmed' }, now));
}

export function registerStateCommands(context: vscode.ExtensionContext, store: ClaimStore): void {
  context.subscriptions.push(
    registerClaimLensCommand('claimlens.confirmClaim', setState(store, 'confirmed')),
    registerClaimLensCommand('claimlens.rejectClaim', setState(store, 'rejected')),
    registerClaimLensCommand('claimlens.deleteClaim', oneDeleteAtATime((arg) => removeClaim(store, arg))),
    registerClaimLensCommand('claimlens.confirmAllSuggestions', (arg?: unknown) => confirmAllSuggestions(store, arg)),
  );
}
