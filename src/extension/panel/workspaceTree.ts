// The panel's Workspace section: every annotated article of the workspace with its counts; clicking opens it.
import * as vscode from 'vscode';
import { localWords } from '../l10n/words';
import type { ClaimStore, WorkspaceArticle } from '../store/api';

/**
 * Sets the context key a view's welcome text waits for: until the first listing is done, an empty view means "not
 * read yet", and telling the reader there is nothing annotated would be wrong.
 */
export function showWelcomeWhenEmpty(contextKey: string): void {
  void vscode.commands.executeCommand('setContext', contextKey, true);
}

export class WorkspaceArticlesProvider implements vscode.TreeDataProvider<WorkspaceArticle> {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: ClaimStore) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: WorkspaceArticle): Promise<WorkspaceArticle[]> {
    if (node) return [];
    const articles = await this.store.listWorkspace();
    showWelcomeWhenEmpty('claimlens.workspaceListed');
    return [...articles].sort((a, b) => a.articleUri.path.localeCompare(b.articleUri.path));
  }

  getTreeItem(article: WorkspaceArticle): vscode.TreeItem {
    const item = new vscode.TreeItem(article.articleUri, vscode.TreeItemCollapsibleState.None);
    item.id = article.sidecarUri.toString();
    const folder = vscode.workspace.asRelativePath(vscode.Uri.joinPath(article.articleUri, '..'), false);
    if (article.error) {
      item.description = vscode.l10n.t('annotations cannot be read');
      item.tooltip = article.error;
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
      item.contextValue = 'article.unreadable';
    } else {
      const words = localWords();
      const parts = [words.claim.count(article.claims), words.counts.tagged(article.tagged)];
      if (article.orphans > 0) parts.push(words.counts.orphans(article.orphans));
      item.description = parts.join(' · ');
      item.tooltip = `${vscode.workspace.asRelativePath(article.articleUri, false)}\n${item.description}`;
      item.contextValue = 'article';
    }
    if (folder && folder !== '.' && !folder.startsWith('/')) item.description = `${item.description} — ${folder}`;
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open article'), arguments: [article.articleUri] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
