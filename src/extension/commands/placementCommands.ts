// Commands that place claims by hand: add a claim from the selection, re-attach an orphan to the selection.
import * as vscode from 'vscode';
import { addManualClaim, reattachClaim } from '../../core/model/annotations';
import type { ClaimStore } from '../store/api';
import { shortQuote } from '../../core/view/quote';
import { activeArticle, nowIso, claimForCommand, type CommandClaim } from './commandClaim';
import { registerClaimLensCommand } from './commandRegistration';
import { localWords } from '../l10n/words';

/** The non-empty selections of the active article, or `whatToSelect` told to the user. */
function selectedRanges(store: ClaimStore, whatToSelect: string): { editor: vscode.TextEditor; ranges: vscode.Selection[] } | undefined {
  const active = activeArticle(store);
  const ranges = active?.editor.selections.filter((s) => !s.isEmpty) ?? [];
  if (!active || ranges.length === 0) {
    void vscode.window.showInformationMessage(whatToSelect);
    return undefined;
  }
  return { editor: active.editor, ranges };
}

/** Resolves to the ids of the claims added (one per selection), or undefined when nothing was selected. */
async function addClaim(store: ClaimStore): Promise<string[] | undefined> {
  const selected = selectedRanges(store, vscode.l10n.t('ClaimLens: select the text of the claim in an article first.'));
  if (!selected) return undefined;
  const { editor, ranges } = selected;
  const ids: string[] = [];
  const saved = await store.edit(editor.document.uri, (sidecar, text) =>
    ranges.reduce((next, range) => {
      const added = addManualClaim(next, text, editor.document.offsetAt(range.start), editor.document.offsetAt(range.end), nowIso());
      ids.push(added.claim.id);
      return added.sidecar;
    }, sidecar),
  );
  return saved ? ids : undefined;
}

/** From the palette there is no claim under the cursor to act on (orphans have no place), so the reader picks one. */
async function pickOrphan(store: ClaimStore): Promise<CommandClaim | undefined> {
  const annotations = activeArticle(store)?.annotations;
  const orphans = annotations?.sidecar.claims.filter((c) => c.orphan) ?? [];
  if (!annotations || orphans.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: the active article has no orphaned claims to re-attach.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    orphans.map((claim) => ({ label: shortQuote(claim.target.exact, 80), description: localWords().claim.states[claim.state], claim })),
    { title: vscode.l10n.t('Re-attach which claim to the selection?') },
  );
  return picked && { annotations, claim: picked.claim };
}

async function reattach(store: ClaimStore, arg: unknown): Promise<boolean> {
  const selected = selectedRanges(store, vscode.l10n.t('ClaimLens: select the text where the claim now is in an article first.'));
  if (!selected) return false;
  const target = arg === undefined ? await pickOrphan(store) : claimForCommand(store, arg);
  if (!target) return false;
  const { editor, ranges } = selected;
  if (editor.document.uri.toString() !== target.annotations.articleUri.toString()) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: select the new place of the claim in its own article.'));
    return false;
  }
  const start = editor.document.offsetAt(ranges[0].start);
  const end = editor.document.offsetAt(ranges[0].end);
  return store.edit(target.annotations.articleUri, (sidecar, text) => reattachClaim(sidecar, target.claim.id, text, start, end, nowIso()));
}

export function registerPlacementCommands(context: vscode.ExtensionContext, store: ClaimStore): void {
  context.subscriptions.push(
    registerClaimLensCommand('claimlens.addClaim', () => addClaim(store)),
    registerClaimLensCommand('claimlens.reattachClaim', (arg) => reattach(store, arg)),
  );
}
