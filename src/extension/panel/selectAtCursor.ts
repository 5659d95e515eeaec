// Keeps the Claims panel on the claim under the editor's cursor: reveals and selects its item, never taking focus.
import * as vscode from 'vscode';
import { claimAtSelection } from '../../core/view/claimLookup';
import { offsetsOf } from '../commands/commandClaim';
import type { ClaimStore } from '../store/api';
import { readSelectAtCursor, SETTINGS } from '../settings';
import type { ClaimsPanelNode, ClaimsTreeProvider } from './claimsTree';
import type { SelectionSafeRefill } from './selectionSafeRefill';

/** Cursor moves closer together than this (holding an arrow key, dragging a selection) are acted on once. */
const FOLLOW_DELAY_MS = 100;
/**
 * A reveal fails while VS Code is refilling the tree (after a detection merge, a regrouping); it is tried again this
 * many times, a follow delay apart, so that the panel catches up without waiting for the next cursor move.
 */
const REVEAL_RETRIES = 20;

export function selectClaimAtCursor(deps: {
  store: ClaimStore;
  claims: ClaimsTreeProvider;
  claimsView: vscode.TreeView<ClaimsPanelNode>;
  refill: Pick<SelectionSafeRefill, 'emptying'>;
}): vscode.Disposable {
  const { store, claims, claimsView, refill } = deps;
  let enabled = readSelectAtCursor();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retriesLeft = REVEAL_RETRIES;

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
    // The tree is about to be emptied and refilled: reveal once it is.
    if (refill.emptying) return selectSoon();
    const claim = claimAtCursor();
    if (!claim) return;
    const selected = claimsView.selection[0];
    if (selected?.kind === 'claim' && selected.claimId === claim.id) return;
    const node = claims.claimNodeOf(claim.id);
    if (!node) return;
    claimsView.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => {
      if (retriesLeft-- > 0) selectSoon();
    });
  };
  const selectSoon = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      selectClaim();
    }, FOLLOW_DELAY_MS);
  };

  /** A new reason to follow (the cursor moved, the view appeared): a fresh set of retries. */
  const follow = (): void => {
    retriesLeft = REVEAL_RETRIES;
    selectSoon();
  };

  return vscode.Disposable.from(
    { dispose: () => timer && clearTimeout(timer) },
    vscode.window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor.document.uri.toString() === claims.articleUri?.toString()) follow();
    }),
    vscode.window.onDidChangeActiveTextEditor(follow),
    claimsView.onDidChangeVisibility((event) => event.visible && follow()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.panelFollowCursor}`)) return;
      enabled = readSelectAtCursor();
      follow();
    }),
  );
}
