// Finds the claim a command acts on: the one passed by a hover link or panel item, else the one under the cursor.
import * as vscode from 'vscode';
import type { Claim } from '../../core/model/types';
import { claimAtSelection } from '../../core/view/claimLookup';
import type { ClaimRef } from '../../core/view/claimHover';
import type { ArticleAnnotations, ClaimStore } from '../store/api';

export interface CommandClaim {
  readonly annotations: ArticleAnnotations;
  readonly claim: Claim;
}

/** Hover links pass a plain `ClaimRef`; panel items carry the same two fields. */
export function isClaimRef(value: unknown): value is ClaimRef {
  if (typeof value !== 'object' || value === null) return false;
  const { articleUri, claimId } = value as Record<string, unknown>;
  return typeof articleUri === 'string' && typeof claimId === 'string';
}

/**
 * The Claims panel's keybindings pass `[{ "$treeViewId": "claimlens.claims", "$focusedTreeItem": true }]`: VS Code
 * gives a command run by a key no tree item, and a tree's focus (the row the arrow keys move, which is not its
 * selection) is not in the extension API; the extension host replaces that marker — the context VS Code itself
 * passes to a view's title actions — by the focused item. The array keeps "nothing focused" apart from "no
 * argument", which would mean the claim under the editor's cursor.
 */
function focusedPanelItem(arg: unknown): { item: unknown } | undefined {
  return Array.isArray(arg) && arg.length === 1 ? { item: arg[0] as unknown } : undefined;
}

export function claimRef(articleUri: vscode.Uri, claim: Claim): ClaimRef {
  return { articleUri: articleUri.toString(), claimId: claim.id };
}

/** The annotations of the article in the active editor, if it is one ClaimLens annotates. */
export function activeArticle(store: ClaimStore): { editor: vscode.TextEditor; annotations: ArticleAnnotations } | undefined {
  const editor = vscode.window.activeTextEditor;
  const annotations = editor && store.get(editor.document.uri);
  return editor && annotations ? { editor, annotations } : undefined;
}

/** The editor's selection as offsets, for finding the claim it points at. */
export function offsetsOf(editor: vscode.TextEditor): { start: number; end: number; active: number } {
  const { document, selection } = editor;
  return { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end), active: document.offsetAt(selection.active) };
}

/** Resolves the claim or tells the reader, in words, how to point at one. */
export function claimForCommand(store: ClaimStore, arg: unknown): CommandClaim | undefined {
  const focused = focusedPanelItem(arg);
  if (focused) {
    if (isClaimRef(focused.item)) return claimForCommand(store, focused.item);
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: move to a claim in the Claims panel first (its rows under the groups).'));
    return undefined;
  }
  if (isClaimRef(arg)) {
    const annotations = store.get(vscode.Uri.parse(arg.articleUri));
    const claim = annotations?.sidecar.claims.find((c) => c.id === arg.claimId);
    if (annotations && claim) return { annotations, claim };
    void vscode.window.showWarningMessage(vscode.l10n.t('ClaimLens: that claim no longer exists (it was deleted or its article was closed).'));
    return undefined;
  }
  const active = activeArticle(store);
  if (!active) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: open an article (plain text or Markdown) and put the cursor in a claim.'));
    return undefined;
  }
  const claim = claimAtSelection(active.annotations.claims, offsetsOf(active.editor));
  if (claim) return { annotations: active.annotations, claim };
  void vscode.window.showInformationMessage(
    vscode.l10n.t('ClaimLens: no claim at the cursor. Put the cursor in a highlighted claim, or pick one in the Claims panel.'),
  );
  return undefined;
}

export function nowIso(): string {
  return new Date().toISOString();
}
