// Wires the Claims panel: its two tree views, the active article it follows, grouping commands and context keys.
import * as vscode from 'vscode';
import { statusText } from '../../core/view/claimCounts';
import type { GroupBy } from '../../core/view/claimGroups';
import { type ClaimStore, onlyMoved } from '../store/api';
import { readGroupBy } from '../settings';
import { localWords } from '../l10n/words';
import { registerClaimLensCommand } from '../commands/commandRegistration';
import { ClaimsTreeProvider, type ClaimsPanelNode } from './claimsTree';
import { selectClaimAtCursor } from './selectAtCursor';
import { SelectionSafeRefill } from './selectionSafeRefill';
import { WorkspaceArticlesProvider } from './workspaceTree';
import { registerWorkspaceSources, type WorkspaceSourcesProvider } from './workspaceSourcesTree';

export interface ClaimsPanel {
  readonly claims: ClaimsTreeProvider;
  /** The Claims view itself, whose selection follows the editor's cursor. */
  readonly claimsView: vscode.TreeView<ClaimsPanelNode>;
  readonly workspace: WorkspaceArticlesProvider;
  /** The Sources view: each source's claims across the workspace. */
  readonly sources: WorkspaceSourcesProvider;
}

/** The reader's last grouping is remembered per workspace; the setting gives the first one. */
const GROUP_BY_STATE_KEY = 'claimlens.panel.groupBy';
/** Workspace counts are read from disk; changes in a burst (typing, a detection run) are listed once. */
const WORKSPACE_REFRESH_MS = 400;

export function registerClaimsPanel(context: vscode.ExtensionContext, deps: { store: ClaimStore }): ClaimsPanel {
  const { store } = deps;
  const claims = new ClaimsTreeProvider(store, context.workspaceState.get<GroupBy>(GROUP_BY_STATE_KEY) ?? readGroupBy());
  const workspace = new WorkspaceArticlesProvider(store);
  const shownClaims = new SelectionSafeRefill(claims);
  const claimsView = vscode.window.createTreeView('claimlens.claims', { treeDataProvider: shownClaims, showCollapseAll: true });
  shownClaims.attach(claimsView);
  const workspaceView = vscode.window.createTreeView('claimlens.workspace', { treeDataProvider: workspace });

  // Context keys are sent to the window only when they change: the view is described again on every keystroke.
  const contextKeys = new Map<string, boolean>();
  const setContextKey = (key: string, value: boolean): void => {
    if (contextKeys.get(key) === value) return;
    contextKeys.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  };
  const describeView = (): void => {
    const uri = claims.articleUri;
    const annotations = uri && store.get(uri);
    claimsView.description = annotations ? `${uri.path.split('/').pop() ?? ''} · ${statusText(annotations.counts, localWords())}` : undefined;
    claimsView.message = annotations && annotations.status.kind !== 'ok' ? annotations.status.message : undefined;
    setContextKey('claimlens.articleActive', annotations !== undefined);
    setContextKey('claimlens.articleHasClaims', (annotations?.claims.size ?? 0) > 0);
  };
  const followEditor = (editor: vscode.TextEditor | undefined): void => {
    // Focus moving to a panel leaves no active editor; the panel keeps showing the last article then.
    if (!editor) return;
    claims.showArticle(store.get(editor.document.uri) ? editor.document.uri : undefined);
    describeView();
  };
  const setGroupBy = (groupBy: GroupBy): void => {
    claims.setGroupBy(groupBy);
    void context.workspaceState.update(GROUP_BY_STATE_KEY, groupBy);
    void vscode.commands.executeCommand('setContext', 'claimlens.groupBy', groupBy);
  };

  /** The counts the workspace view last listed per open article: typing changes none, and must not make it read every sidecar again. */
  const listedCounts = new Map<string, string>();
  const countsChanged = (uri: vscode.Uri): boolean => {
    const annotations = store.get(uri);
    const counts = annotations ? JSON.stringify(annotations.counts) : '';
    if (listedCounts.get(uri.toString()) === counts) return false;
    listedCounts.set(uri.toString(), counts);
    return true;
  };
  let workspaceTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshWorkspaceSoon = (): void => {
    workspaceTimer ??= setTimeout(() => {
      workspaceTimer = undefined;
      workspace.refresh();
    }, WORKSPACE_REFRESH_MS);
  };

  context.subscriptions.push(
    claims,
    shownClaims,
    workspace,
    claimsView,
    workspaceView,
    { dispose: () => workspaceTimer && clearTimeout(workspaceTimer) },
    vscode.window.onDidChangeActiveTextEditor(followEditor),
    store.onDidChange((change) => {
      // Moving with the text changes no count, group or row.
      if (onlyMoved(change)) return;
      const uri = change.articleUri;
      // The store may finish loading the active article after the editor became active.
      if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) claims.showArticle(uri);
      claims.articleChanged(change);
      describeView();
      if (countsChanged(uri)) refreshWorkspaceSoon();
    }),
    store.onDidChangeWorkspace(refreshWorkspaceSoon),
    registerClaimLensCommand('claimlens.groupBySource', () => setGroupBy('source')),
    registerClaimLensCommand('claimlens.groupByCredibility', () => setGroupBy('credibility')),
    registerClaimLensCommand('claimlens.groupByState', () => setGroupBy('state')),
    registerClaimLensCommand('claimlens.groupByKind', () => setGroupBy('kind')),
    registerClaimLensCommand('claimlens.refreshWorkspace', () => workspace.refresh()),
    selectClaimAtCursor({ store, claims, claimsView, refill: shownClaims }),
  );
  void vscode.commands.executeCommand('setContext', 'claimlens.groupBy', claims.grouping);
  followEditor(vscode.window.activeTextEditor);
  return { claims, claimsView, workspace, sources: registerWorkspaceSources(context, store) };
}
