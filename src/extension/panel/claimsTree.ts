// The Claims panel's tree: the active article's claims grouped by source, credibility or state, orphans apart.
import * as vscode from 'vscode';
import type { Claim, Source } from '../../core/model/types';
import { groupClaims, type ClaimGroup, type GroupBy } from '../../core/view/claimGroups';
import { composeClaimHover } from '../../core/view/claimHover';
import { claimSummary, stateInWords } from '../../core/view/claimWords';
import { groupWords } from '../../core/view/groupWords';
import { shortQuote } from '../../core/view/quote';
import type { ClaimStore } from '../store/api';

export interface GroupNode {
  readonly kind: 'group';
  readonly articleUri: string;
  readonly group: ClaimGroup;
}

/** Carries `articleUri` and `claimId`, so the claim commands accept a node as their target as they accept a hover link. */
export interface ClaimNode {
  readonly kind: 'claim';
  readonly articleUri: string;
  readonly claimId: string;
  readonly claim: Claim;
  readonly source: Source | null;
}

export type ClaimsPanelNode = GroupNode | ClaimNode;

const GROUP_ICONS: Readonly<Record<ClaimGroup['key']['kind'], string>> = {
  source: 'person',
  detectedSource: 'quote',
  noSource: 'question',
  credibility: 'star-half',
  state: 'checklist',
  orphans: 'debug-disconnect',
};

/** Shapes differ by state, so the icon says it without colour; the description says it in words. */
function claimIcon(claim: Claim): vscode.ThemeIcon {
  if (claim.orphan) return new vscode.ThemeIcon('debug-disconnect', new vscode.ThemeColor('list.warningForeground'));
  switch (claim.state) {
    case 'suggested':
      return new vscode.ThemeIcon('circle-large-outline');
    case 'confirmed':
      return new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('claimlens.confirmedIcon'));
    case 'rejected':
      return new vscode.ThemeIcon('circle-slash');
  }
}

const PANEL_REFRESH_MS = 100;

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsPanelNode> {
  private readonly changed = new vscode.EventEmitter<ClaimsPanelNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private article: vscode.Uri | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: ClaimStore,
    private groupBy: GroupBy,
  ) {}

  get articleUri(): vscode.Uri | undefined {
    return this.article;
  }

  get grouping(): GroupBy {
    return this.groupBy;
  }

  /** Shows another article, or none; `undefined` clears the panel to its welcome content. */
  showArticle(uri: vscode.Uri | undefined): void {
    if (uri?.toString() === this.article?.toString()) return;
    this.article = uri;
    this.changed.fire(undefined);
  }

  setGroupBy(groupBy: GroupBy): void {
    if (groupBy === this.groupBy) return;
    this.groupBy = groupBy;
    this.changed.fire(undefined);
  }

  /**
   * Only the shown article's changes reach the tree, and at most once per interval: regrouping thousands of
   * claims on every keystroke would cost more than the panel is worth while typing.
   */
  articleChanged(uri: vscode.Uri): void {
    if (uri.toString() !== this.article?.toString()) return;
    this.refreshTimer ??= setTimeout(() => {
      this.refreshTimer = undefined;
      this.changed.fire(undefined);
    }, PANEL_REFRESH_MS);
  }

  getChildren(node?: ClaimsPanelNode): ClaimsPanelNode[] {
    if (!this.article) return [];
    const annotations = this.store.get(this.article);
    if (!annotations) return [];
    const articleUri = this.article.toString();
    if (!node) return groupClaims(annotations.sidecar, this.groupBy).map((group) => ({ kind: 'group', articleUri, group }));
    if (node.kind === 'claim') return [];
    const sources = new Map(annotations.sidecar.sources.map((s) => [s.id, s]));
    return node.group.claims.map((claim) => ({
      kind: 'claim',
      articleUri,
      claimId: claim.id,
      claim,
      source: (claim.sourceId !== null && sources.get(claim.sourceId)) || null,
    }));
  }

  getTreeItem(node: ClaimsPanelNode): vscode.TreeItem {
    return node.kind === 'group' ? this.groupItem(node) : this.claimItem(node);
  }

  private groupItem(node: GroupNode): vscode.TreeItem {
    const words = groupWords(node.group);
    const item = new vscode.TreeItem(words.label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `${node.articleUri}#group:${this.groupBy}:${node.group.id}`;
    item.description = words.description;
    item.tooltip = `${words.label} — ${words.description}`;
    item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group.key.kind]);
    item.contextValue = node.group.key.kind === 'orphans' ? 'claimGroup.orphans' : 'claimGroup';
    return item;
  }

  private claimItem(node: ClaimNode): vscode.TreeItem {
    const { claim, source } = node;
    // The content, not the whole claim: under a source group every claim would otherwise start with the same name.
    const quote = shortQuote(claim.content?.text ?? claim.target.exact, 70);
    const item = new vscode.TreeItem(quote, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.articleUri}#claim:${claim.id}`;
    item.description = claimSummary(claim, source, this.groupBy !== 'source');
    item.tooltip = new vscode.MarkdownString(composeClaimHover(claim, source, null));
    item.iconPath = claimIcon(claim);
    item.contextValue = claim.orphan ? 'claim.orphan' : `claim.${claim.state}`;
    item.accessibilityInformation = { label: `${quote}, ${stateInWords(claim)}, ${item.description}` };
    item.command = { command: 'claimlens._revealClaim', title: 'Show claim in the article', arguments: [{ articleUri: node.articleUri, claimId: claim.id }] };
    return item;
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.changed.dispose();
  }
}
