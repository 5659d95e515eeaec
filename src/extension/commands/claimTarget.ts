// Finds the claim a command acts on: the one passed by a hover link or panel item, else the one under the cursor.
import * as vscode from 'vscode';
import type { Claim } from '../../core/model/types';
import { claimAt } from '../../core/view/claimLookup';
import type { ClaimRef } from '../../core/view/claimHover';
import type { ArticleAnnotations, ClaimStore } from '../store/api';

export interface ClaimTarget {
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
 * What the Claims panel's keybindings pass (`"args": { "claimsPanel": "selection" }`): VS Code gives a command run
 * by a key no tree item, so the claim is asked of the panel, which answers through this internal command.
 */
export interface PanelSelectionRef {
  readonly claimsPanel: 'selection';
}

export const SELECTED_CLAIM_COMMAND = 'claimlens._selectedClaim';

export function isPanelSelectionRef(value: unknown): value is PanelSelectionRef {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>).claimsPanel === 'selection';
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

/** Resolves the claim or tells the reader, in words, how to point at one. */
export async function resolveClaim(store: ClaimStore, arg: unknown): Promise<ClaimTarget | undefined> {
  if (isPanelSelectionRef(arg)) {
    const selected = await vscode.commands.executeCommand<ClaimRef | undefined>(SELECTED_CLAIM_COMMAND);
    if (selected) return resolveClaim(store, selected);
    void vscode.window.showInformationMessage('ClaimLens: select a claim in the Claims panel first.');
    return undefined;
  }
  if (isClaimRef(arg)) {
    const annotations = store.get(vscode.Uri.parse(arg.articleUri));
    const claim = annotations?.sidecar.claims.find((c) => c.id === arg.claimId);
    if (annotations && claim) return { annotations, claim };
    void vscode.window.showWarningMessage('ClaimLens: that claim no longer exists (it was deleted or its article was closed).');
    return undefined;
  }
  const active = activeArticle(store);
  if (!active) {
    void vscode.window.showInformationMessage('ClaimLens: open an article (plain text or Markdown) and put the cursor in a claim.');
    return undefined;
  }
  const offset = active.editor.document.offsetAt(active.editor.selection.active);
  const claim = claimAt(active.annotations.sidecar.claims, offset);
  if (claim) return { annotations: active.annotations, claim };
  void vscode.window.showInformationMessage('ClaimLens: no claim at the cursor. Put the cursor in a highlighted claim, or pick one in the Claims panel.');
  return undefined;
}

export function nowIso(): string {
  return new Date().toISOString();
}
