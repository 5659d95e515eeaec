// Keeps the Claims panel on the claim under the editor's cursor: reveals and selects its item, never taking focus.
import * as vscode from 'vscode';
import { claimAtSelection } from '../../core/view/claimLookup';
import { offsetsOf } from '../commands/commandClaim';
import type { ClaimStore } from '../store/api';
import { readSelectAtCursor, SETTINGS } from '../settings';
import type { ClaimsPanelNode, ClaimsTreeProvider } from './claimsTree';

/** Cursor moves closer together than this (holding an arrow key, dragging a selection) are acted on once. */
const FOLLOW_DELAY_MS = 100;

export function selectClaimAtCursor(deps: {
  store: ClaimStore;
  claims: ClaimsTreeProvider;
  claimsView: vscode.TreeView<ClaimsPanelNode>;
}): vscode.Disposable {
  const { store, claims, claimsView } = deps;
  let enabled = readSelectAtCursor();
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The shown article's claim under the active editor's cursor, if that editor shows the panel's article. */
  const claimAtCursor = () => {
    const editor = vscode.window.activeTextEditor;
    const article = claims.articleUri;
    if (!editor || !article || editor.document.uri.toString() !== article.toString()) return undefined;
    const annotations = store.get(article);
    // Rejected claims count, as for the commands: the panel shows the claim a command from the editor would act on.
    return annotations && claimAtSelection(annotations.claims, offsetsOf(editor));
  };

  const selectClaim = (): void => {
    if (!enabled || !claimsView.visible) return;
    const claim = claimAtCursor();
    if (!claim) return;
    const selected = claimsView.selection[0];
    if (selected?.kind === 'claim' && selected.claimId === claim.id) return;
    const node = claims.claimNodeOf(claim.id);
    if (!node) return;
    // A reveal can fail while the tree is being refreshed after an edit; the next cursor move tries again.
    claimsView.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  };
  /**
   * VS Code's tree keeps a selected row after the panel is refilled without it (another article, a deleted claim), and
   * showing the view later ("View: Show ClaimLens", the activity bar) reveals that row and fails with "Data tree node
   * not found" in an error dialog. So once the panel is refilled, a selection that is gone is replaced by the claim
   * under the cursor or the first group.
   */
  const replaceGoneSelection = (attempt = 0): void => {
    const selected = claimsView.selection[0];
    const shown = claims.articleUri?.toString();
    if (!claimsView.visible || shown === undefined) return;
    // The extension host may not hear of the row VS Code keeps (a row focused with the mouse, then deleted), so an empty
    // selection after a refill is given a row too.
    const gone = !selected || selected.articleUri !== shown || (selected.kind === 'claim' && !claims.claimNodeOf(selected.claimId));
    if (!gone) return;
    const atCursor = claimAtCursor();
    const replacement = (atCursor && claims.claimNodeOf(atCursor.id)) ?? claims.getChildren()[0];
    // The tree may still be refilling (a reveal then fails): try again a few times.
    const again = (): void => {
      if (attempt < 5) replaceGoneSelectionSoon(attempt + 1);
    };
    if (replacement) claimsView.reveal(replacement, { select: true, focus: false, expand: false }).then(again, again);
    else again();
  };
  let refilled: ReturnType<typeof setTimeout> | undefined;
  const replaceGoneSelectionSoon = (attempt = 0): void => {
    if (refilled) clearTimeout(refilled);
    refilled = setTimeout(() => {
      refilled = undefined;
      replaceGoneSelection(attempt);
    }, FOLLOW_DELAY_MS * (attempt + 1));
  };
  const selectSoon = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      selectClaim();
    }, FOLLOW_DELAY_MS);
  };

  return vscode.Disposable.from(
    { dispose: () => [timer, refilled].forEach((t) => t && clearTimeout(t)) },
    claims.onDidChangeTreeData((nodes) => nodes === undefined && replaceGoneSelectionSoon()),
    claimsView.onDidChangeVisibility((event) => event.visible && replaceGoneSelectionSoon()),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor.document.uri.toString() === claims.articleUri?.toString()) selectSoon();
    }),
    vscode.window.onDidChangeActiveTextEditor(selectSoon),
    claimsView.onDidChangeVisibility((event) => event.visible && selectSoon()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.panelFollowCursor}`)) return;
      enabled = readSelectAtCursor();
      selectSoon();
    }),
  );
}
