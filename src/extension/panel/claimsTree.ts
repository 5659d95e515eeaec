// The Claims panel's tree: the active article's claims grouped by source, credibility, state or kind, orphans apart.
import * as vscode from 'vscode';
import type { Claim, Sidecar, Source } from '../../core/model/types';
import { groupClaims, sourceGroupName, type ClaimGroup, type GroupBy } from '../../core/view/claimGroups';
import { mentionAsWritten } from '../../core/view/sourceEntities';
import { composeClaimHover } from '../../core/view/claimHover';
import { claimSummary, stateInWords } from '../../core/view/claimWords';
import { groupWords } from '../../core/view/groupWords';
import { shortQuote } from '../../core/view/quote';
import { KIND_ICONS } from '../kindIcons';
import { localWords } from '../l10n/words';
import type { ArticleChange, ClaimStore } from '../store/api';

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
  /** The claim as last shown; updated in place when its text changes without it changing group, so the node stays the one VS Code knows. */
  claim: Claim;
  readonly source: Source | null;
  /** The claim's source as written, where it differs from the name of the source group it is listed under. */
  readonly mentionedAs: string | null;
}

export type ClaimsPanelNode = GroupNode | ClaimNode;

const GROUP_ICONS: Readonly<Record<ClaimGroup['key']['kind'], string>> = {
  source: 'person',
  detectedSource: 'quote',
  noSource: 'question',
  credibility: 'star-half',
  state: 'checklist',
  claimKind: 'question',
  orphans: 'debug-disconnect',
};

function groupIcon(key: ClaimGroup['key']): vscode.ThemeIcon {
  return new vscode.ThemeIcon(key.kind === 'claimKind' && key.claimKind !== null ? KIND_ICONS[key.claimKind] : GROUP_ICONS[key.kind]);
}

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
/**
 * VS Code builds the rows of an expanded group on every refresh, a collapsed group's only once it is opened: a
 * group of thousands of claims starts collapsed, so that the panel of a huge article stays quick while typing.
 */
const EXPANDED_GROUP_LIMIT = 500;

/**
 * The shown article's groups and their rows, kept until its sidecar or the grouping changes. VS Code knows the
 * nodes it was given by identity: revealing the very node it already holds costs nothing, a new but equal node
 * makes it fetch the whole group again — thousands of rows in a huge article.
 */
class Grouping {
  readonly groups: GroupNode[];
  private readonly groupOfClaim = new Map<string, GroupNode>();
  private readonly rows = new Map<GroupNode, ClaimNode[]>();
  private readonly rowOfClaim = new Map<string, ClaimNode>();
  private readonly sources: ReadonlyMap<string, Source>;

  constructor(
    readonly sidecar: Sidecar,
    readonly groupBy: GroupBy,
    readonly articleUri: string,
  ) {
    this.groups = groupClaims(sidecar, groupBy).map((group): GroupNode => ({ kind: 'group', articleUri, group }));
    for (const node of this.groups) for (const claim of node.group.claims) this.groupOfClaim.set(claim.id, node);
    this.sources = new Map(sidecar.sources.map((s) => [s.id, s]));
  }

  parentOf(claimId: string): GroupNode | undefined {
    return this.groupOfClaim.get(claimId);
  }

  rowsOf(group: GroupNode): ClaimNode[] {
    let rows = this.rows.get(group);
    if (!rows) {
      const shownName = sourceGroupName(group.group);
      rows = group.group.claims.map((claim): ClaimNode => {
        const source = (claim.sourceId !== null && this.sources.get(claim.sourceId)) || null;
        const mentionedAs = shownName === null ? null : mentionAsWritten(claim, shownName);
        return { kind: 'claim', articleUri: this.articleUri, claimId: claim.id, claim, source, mentionedAs };
      });
      for (const row of rows) this.rowOfClaim.set(row.claimId, row);
      this.rows.set(group, rows);
    }
    return rows;
  }

  rowOf(claimId: string): ClaimNode | undefined {
    const group = this.groupOfClaim.get(claimId);
    if (group) this.rowsOf(group);
    return this.rowOfClaim.get(claimId);
  }

  /**
   * Takes new versions of a few claims (typed into, say) that stay in their groups; returns the rows to show again, or
   * undefined when one of them moves to another group, appears or disappears, which takes grouping afresh.
   */
  update(claims: readonly Claim[]): ClaimNode[] | undefined {
    const rows: ClaimNode[] = [];
    for (const claim of claims) {
      const group = this.groupOfClaim.get(claim.id);
      const [regrouped] = groupClaims({ ...this.sidecar, claims: [claim] }, this.groupBy);
      if (!group || regrouped?.id !== group.group.id) return undefined;
      const at = group.group.claims.findIndex((c) => c.id === claim.id);
      group.group.claims[at] = claim;
      const row = this.rowOfClaim.get(claim.id);
      if (!row) continue;
      row.claim = claim;
      rows.push(row);
    }
    return rows;
  }
}

/** More changed claims than this at once (a detection run, a bulk command) are shown by grouping afresh. */
const ROW_UPDATE_LIMIT = 20;

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsPanelNode> {
  private readonly changed = new vscode.EventEmitter<ClaimsPanelNode | ClaimsPanelNode[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private article: vscode.Uri | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private grouped: Grouping | undefined;
  /** The grouping was dropped since the last refresh: the next one refills the whole tree. */
  private regrouped = false;
  /** Rows whose claims changed since the last refresh, while the grouping stands. */
  private readonly changedRows = new Set<ClaimNode>();

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
  articleChanged(change: ArticleChange): void {
    if (change.articleUri.toString() !== this.article?.toString()) return;
    const rows = this.updatedRows(change);
    if (rows) rows.forEach((row) => this.changedRows.add(row));
    else {
      this.grouped = undefined;
      // Flagged, not read from `grouped`: anything asking for a row before the timer (following the cursor) groups afresh.
      this.regrouped = true;
    }
    this.refreshTimer ??= setTimeout(() => {
      this.refreshTimer = undefined;
      const changedRows = [...this.changedRows];
      this.changedRows.clear();
      if (this.regrouped) {
        this.regrouped = false;
        this.changed.fire(undefined);
      } else if (changedRows.length > 0) this.changed.fire(changedRows);
    }, PANEL_REFRESH_MS);
  }

  /** The rows a change of a few claims needs shown again, or undefined when grouping must be done afresh. */
  private updatedRows(change: ArticleChange): ClaimNode[] | undefined {
    const grouped = this.grouped;
    if (!grouped || change.changed === 'all' || change.changed.size > ROW_UPDATE_LIMIT) return undefined;
    const claims = this.store.get(change.articleUri)?.claims;
    if (!claims) return undefined;
    const updated: Claim[] = [];
    for (const id of change.changed) {
      const claim = claims.find(id);
      if (!claim) return undefined;
      updated.push(claim);
    }
    return grouped.update(updated);
  }

  getChildren(node?: ClaimsPanelNode): ClaimsPanelNode[] {
    const grouping = this.currentGrouping();
    if (!grouping) return [];
    if (!node) return grouping.groups;
    return node.kind === 'group' ? grouping.rowsOf(node) : [];
  }

  /** A claim's group, so that `TreeView.reveal` can open the way to it; groups sit at the top. */
  getParent(node: ClaimsPanelNode): GroupNode | undefined {
    return node.kind === 'claim' ? this.currentGrouping()?.parentOf(node.claimId) : undefined;
  }

  /** The shown article's claim as the panel's own node, for revealing it; undefined when the panel does not list it. */
  claimNodeOf(claimId: string): ClaimNode | undefined {
    return this.currentGrouping()?.rowOf(claimId);
  }

  /**
   * Grouping sorts every claim of the article, so it is done again only when claims changed (not when they only
   * moved with the text: rows show no offsets, and commands find their claim by id) or the grouping did.
   */
  private currentGrouping(): Grouping | undefined {
    const annotations = this.article && this.store.get(this.article);
    if (!annotations) return undefined;
    const cached = this.grouped;
    if (cached?.articleUri === annotations.articleUri.toString() && cached.groupBy === this.groupBy) return cached;
    this.grouped = new Grouping(annotations.sidecar, this.groupBy, annotations.articleUri.toString());
    return this.grouped;
  }

  /** The id VS Code knows a row by: a row with the same id under the same parent stays the same row across a refresh. */
  nodeId(node: ClaimsPanelNode): string {
    return node.kind === 'group' ? `${node.articleUri}#group:${this.groupBy}:${node.group.id}` : `${node.articleUri}#claim:${node.claimId}`;
  }

  getTreeItem(node: ClaimsPanelNode): vscode.TreeItem {
    return node.kind === 'group' ? this.groupItem(node) : this.claimItem(node);
  }

  private groupItem(node: GroupNode): vscode.TreeItem {
    const words = groupWords(node.group, localWords());
    const open = node.group.claims.length <= EXPANDED_GROUP_LIMIT;
    const item = new vscode.TreeItem(words.label, open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.nodeId(node);
    item.description = words.description;
    item.tooltip = `${words.label} — ${words.description}`;
    item.iconPath = groupIcon(node.group.key);
    item.contextValue = node.group.key.kind === 'orphans' ? 'claimGroup.orphans' : 'claimGroup';
    return item;
  }

  private claimItem(node: ClaimNode): vscode.TreeItem {
    const { claim, source } = node;
    // The content, not the whole claim: under a source group every claim would otherwise start with the same name.
    const quote = shortQuote(claim.content?.text ?? claim.target.exact, 70);
    const item = new vscode.TreeItem(quote, vscode.TreeItemCollapsibleState.None);
    item.id = this.nodeId(node);
    const words = localWords().claim;
    const summary = claimSummary(claim, source, this.groupBy !== 'source', this.groupBy !== 'kind', words);
    item.description = node.mentionedAs === null ? summary : `${summary} · ${words.mentionedAs(node.mentionedAs)}`;
    item.iconPath = claimIcon(claim);
    item.contextValue = claim.orphan ? 'claim.orphan' : `claim.${claim.state}`;
    item.accessibilityInformation = { label: `${quote}, ${stateInWords(claim, localWords().claim)}, ${item.description}` };
    item.command = {
      command: 'claimlens._revealClaim',
      title: vscode.l10n.t('Show claim in the article'),
      arguments: [{ articleUri: node.articleUri, claimId: claim.id }],
    };
    return item;
  }

  /** The hover text is built only when the reader points at an item, not for each of thousands of rows. */
  resolveTreeItem(item: vscode.TreeItem, node: ClaimsPanelNode): vscode.TreeItem {
    if (node.kind === 'claim') item.tooltip = new vscode.MarkdownString(composeClaimHover(node.claim, node.source, null, localWords()));
    return item;
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.changed.dispose();
  }
}
