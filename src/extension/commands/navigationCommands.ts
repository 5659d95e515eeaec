// Commands that move through claims: next / previous claim in the editor, and revealing a claim picked in the panel.
import * as vscode from 'vscode';
import type { Claim } from '../../core/model/types';
import { adjacentClaim, claimAtSelection, claimNextTo } from '../../core/view/claimLookup';
import { showsKind } from '../../core/view/highlightPlan';
import { readHighlightOptions } from '../settings';
import { shortQuote } from '../../core/view/quote';
import type { ClaimStore } from '../store/api';
import { activeArticle, isClaimRef } from './commandClaim';
import { registerClaimLensCommand } from './commandRegistration';

function select(editor: vscode.TextEditor, claim: Claim): void {
  const document = editor.document;
  const range = new vscode.Range(document.positionAt(claim.target.start), document.positionAt(claim.target.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function moveToClaim(store: ClaimStore, direction: 1 | -1): string | undefined {
  const active = activeArticle(store);
  if (!active) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: open an article to move between its claims.'));
    return undefined;
  }
  const { editor, annotations } = active;
  // From the selection's start, so that after selecting a claim "previous" does not land on that same claim.
  // Kinds left out of the highlights are passed over: moving lands on what the reader sees highlighted.
  const options = readHighlightOptions();
  const shows = (c: Claim): boolean => showsKind(options, c);
  const start = editor.document.offsetAt(editor.selection.start);
  const end = editor.document.offsetAt(editor.selection.end);
  // A claim selected whole (by this command, the panel or the mouse) is the place to move on from, past claims sharing its start.
  const selected = claimAtSelection(annotations.claims, { start, end, active: start }, false, shows);
  const claim = selected && selected.target.start === start && selected.target.end === end
    ? claimNextTo(annotations.claims, selected, direction, false, shows)
    : adjacentClaim(annotations.claims, start, direction, false, shows);
  if (!claim) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: this article has no claims to move to.'));
    return undefined;
  }
  select(editor, claim);
  return claim.id;
}

async function revealClaim(store: ClaimStore, arg: unknown): Promise<boolean> {
  if (!isClaimRef(arg)) return false;
  const uri = vscode.Uri.parse(arg.articleUri);
  let claim = store.get(uri)?.sidecar.claims.find((c) => c.id === arg.claimId);
  if (!claim && !store.get(uri)) {
    // A claim of an article not open yet (the Sources view lists every article's): open it, then find the claim.
    const loaded = await store.open(await vscode.workspace.openTextDocument(uri));
    claim = loaded.sidecar.claims.find((c) => c.id === arg.claimId);
  }
  if (!claim) return false;
  if (claim.orphan) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'ClaimLens: “{0}” is no longer found in the text. Select where it now is and use Re-attach, or delete it.',
        shortQuote(claim.target.exact, 60),
      ),
    );
    return false;
  }
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false, preview: false });
  select(editor, claim);
  return true;
}

export function registerNavigationCommands(context: vscode.ExtensionContext, store: ClaimStore): void {
  context.subscriptions.push(
    registerClaimLensCommand('claimlens.nextClaim', () => moveToClaim(store, 1)),
    registerClaimLensCommand('claimlens.previousClaim', () => moveToClaim(store, -1)),
    registerClaimLensCommand('claimlens._revealClaim', (arg) => revealClaim(store, arg)),
  );
}
