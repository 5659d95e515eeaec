// The panel's Sources section: every source of the workspace with its claims in all articles, by tagged source or by the name the text resolves it to.
import * as vscode from 'vscode';
import { shortQuote } from '../../core/view/quote';
import { type WorkspaceSource, type WorkspaceSourceClaim, workspaceSources } from '../../core/view/workspaceSources';
import { localWords } from '../l10n/words';
import { onlyMoved } from '../../core/session/types';
import type { ClaimStore } from '../store/api';
import { showWelcomeWhenEmpty } from './workspaceTree';

export interface WorkspaceSourceNode {
  readonly kind: 'workspaceSource';
  readonly source: WorkspaceSource;
}

/** Carries `articleUri` and `claimId`, so claim commands accept it as they accept a Claims panel row. */
export interface WorkspaceClaimNode {
  readonly kind: 'workspaceClaim';
  readonly articleUri: string;
  readonly claimId: string;
  readonly entry: WorkspaceSourceClaim;
  readonly sourceKey: string;
}

export type WorkspaceSourcesNode = WorkspaceSourceNode | WorkspaceClaimNode;

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

export class WorkspaceSourcesProvider implements vscode.TreeDataProvider<WorkspaceSourcesNode> {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: ClaimStore) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: WorkspaceSourcesNode): Promise<WorkspaceSourcesNode[]> {
    if (!node) {
      const annotated = await this.store.workspaceAnnotations();
      showWelcomeWhenEmpty('claimlens.sourcesListed');
      const sources = workspaceSources(annotated.map((a) => ({ articleUri: a.articleUri.toString(), sidecar: a.sidecar })));
      return sources.map((source): WorkspaceSourceNode => ({ kind: 'workspaceSource', source }));
    }
    if (node.kind === 'workspaceClaim') return [];
    return node.source.claims.map(
      (entry): WorkspaceClaimNode => ({ kind: 'workspaceClaim', articleUri: entry.articleUri, claimId: entry.claim.id, entry, sourceKey: node.source.key }),
    );
  }

  getTreeItem(node: WorkspaceSourcesNode): vscode.TreeItem {
    const words = localWords();
    if (node.kind === 'workspaceSource') {
      const { source } = node;
      const item = new vscode.TreeItem(source.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `workspaceSource:${source.key}`;
      const parts = [words.claim.count(source.claims.length), words.report.articles(source.articles)];
      if (!source.tagged) parts.push(words.groups.detectedNotTagged);
      item.description = parts.join(' · ');
      item.tooltip = `${source.name} — ${item.description}`;
      item.iconPath = new vscode.ThemeIcon(source.tagged ? 'person' : 'quote');
      item.contextValue = 'workspaceSource';
      return item;
    }
    const { claim, mentionedAs } = node.entry;
    const quote = shortQuote(claim.content?.text ?? claim.target.exact, 70);
    const item = new vscode.TreeItem(quote, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.sourceKey}#${node.articleUri}#${claim.id}`;
    const parts = [fileName(node.articleUri), words.claim.states[claim.state]];
    if (mentionedAs !== null) parts.push(words.claim.mentionedAs(mentionedAs));
    item.description = parts.join(' · ');
    item.tooltip = `${vscode.workspace.asRelativePath(vscode.Uri.parse(node.articleUri), false)}\n${claim.target.exact}`;
    item.contextValue = `workspaceClaim.${claim.state}`;
    item.command = {
      command: 'claimlens._revealClaim',
      title: vscode.l10n.t('Show claim in the article'),
      arguments: [{ articleUri: node.articleUri, claimId: claim.id }],
    };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Sources are gathered from every sidecar: changes in a burst (typing, a detection run) are listed once. */
const SOURCES_REFRESH_MS = 500;

/** The Sources view: refreshed, while it is shown, when annotations change in an article or on disk. */
export function registerWorkspaceSources(context: vscode.ExtensionContext, store: ClaimStore): WorkspaceSourcesProvider {
  const sources = new WorkspaceSourcesProvider(store);
  const view = vscode.window.createTreeView('claimlens.sources', { treeDataProvider: sources, showCollapseAll: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stale = false;
  const refreshSoon = (): void => {
    // A hidden view is only marked: reading every sidecar for nobody would cost while typing.
    if (!view.visible) {
      stale = true;
      return;
    }
    timer ??= setTimeout(() => {
      timer = undefined;
      sources.refresh();
    }, SOURCES_REFRESH_MS);
  };
  context.subscriptions.push(
    sources,
    view,
    { dispose: () => timer && clearTimeout(timer) },
    view.onDidChangeVisibility(({ visible }) => {
      if (visible && stale) {
        stale = false;
        sources.refresh();
      }
    }),
    store.onDidChange((change) => {
      if (!onlyMoved(change)) refreshSoon();
    }),
    store.onDidChangeWorkspace(refreshSoon),
  );
  return sources;
}
