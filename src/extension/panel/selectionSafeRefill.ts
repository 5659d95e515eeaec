// The Claims panel as VS Code sees it: refills that never leave VS Code's tree holding a selected row that is gone.
import * as vscode from 'vscode';
import type { ClaimsPanelNode, ClaimsTreeProvider } from './claimsTree';

/** A move of the selection before a refill that does not answer within this time is given up: the refill goes ahead. */
const MOVE_SELECTION_TIMEOUT_MS = 1_000;

/**
 * VS Code refills a tree in two steps: it forgets the rows a refresh removes as soon as the new top-level rows
 * arrive, but drops them from its selection only once the rows of every expanded group have arrived too (each a
 * round trip to the extension host, slow while an article is being read). Showing the view in between ("View: Show
 * ClaimLens", the activity bar) reveals the selected row and fails with an error dialog ("Data tree node not
 * found"). So a refill that would remove the selected row is preceded by one of two steps, both leaving VS Code's
 * tree consistent at every moment:
 * - the selection moves to a row that stays (the selected claim's group, else the first group that stays), when the
 *   panel is shown and such a row exists (a claim deleted or tagged into another group);
 * - otherwise (another article, another grouping, the panel hidden) the tree is emptied first, which VS Code does
 *   in one step, and refilled right after.
 * Rows that stay are the rows with the same id under the same parent: VS Code keeps those across a refresh.
 */
export class SelectionSafeRefill implements vscode.TreeDataProvider<ClaimsPanelNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ClaimsPanelNode | ClaimsPanelNode[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The id of the parent (null: a top-level row) of every row given to VS Code since the last refill. */
  private readonly given = new Map<string, string | null>();
  /** The next request for the top-level rows gets none: the first step of a refill that empties the tree. */
  private emptyOnce = false;
  private view: vscode.TreeView<ClaimsPanelNode> | undefined;
  /** A refill waiting for the selection to move; later refills join it. */
  private pending: Promise<void> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly panel: ClaimsTreeProvider) {
    this.subscription = panel.onDidChangeTreeData((nodes) => {
      if (nodes === undefined) this.refill();
      else this.changed.fire(nodes);
    });
  }

  /**
   * Whether the tree is waiting to be emptied: a reveal now would fetch the (empty) top level itself, before VS Code
   * does, and VS Code would then get the full tree without the empty step.
   */
  get emptying(): boolean {
    return this.emptyOnce;
  }

  /** The view showing this tree: its selection is what a refill must not leave behind. */
  attach(view: vscode.TreeView<ClaimsPanelNode>): void {
    this.view = view;
  }

  getChildren(node?: ClaimsPanelNode): ClaimsPanelNode[] {
    if (!node && this.emptyOnce) {
      this.emptyOnce = false;
      // The refill proper, once VS Code has taken the empty tree.
      setTimeout(() => this.changed.fire(undefined), 0);
      return [];
    }
    const children = this.panel.getChildren(node);
    const parentId = node ? this.panel.nodeId(node) : null;
    for (const child of children) this.given.set(this.panel.nodeId(child), parentId);
    return children;
  }

  getTreeItem(node: ClaimsPanelNode): vscode.TreeItem {
    return this.panel.getTreeItem(node);
  }

  getParent(node: ClaimsPanelNode): ClaimsPanelNode | undefined {
    return this.panel.getParent(node);
  }

  resolveTreeItem(item: vscode.TreeItem, node: ClaimsPanelNode): vscode.TreeItem {
    return this.panel.resolveTreeItem(item, node);
  }

  private refill(): void {
    if (this.pending) return;
    const step = this.stepBeforeRefill();
    if (step === 'none') return this.fireRefill();
    if (step === 'empty') {
      this.emptyOnce = true;
      return this.fireRefill();
    }
    const moved = this.view?.reveal(step, { select: true, focus: false, expand: false }) ?? Promise.resolve();
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, MOVE_SELECTION_TIMEOUT_MS));
    this.pending = Promise.race([Promise.resolve(moved).then(() => false, () => true), timeout.then(() => true)]).then((failed) => {
      this.pending = undefined;
      // The selection could not be moved: empty the tree first after all.
      if (failed) this.emptyOnce = true;
      this.fireRefill();
    });
  }

  private fireRefill(): void {
    this.given.clear();
    this.changed.fire(undefined);
  }

  /** What must happen before a refill: nothing, emptying the tree, or moving the selection to the row returned. */
  private stepBeforeRefill(): 'none' | 'empty' | ClaimsPanelNode {
    if (this.given.size === 0) return 'none';
    const view = this.view;
    if (!view?.visible) return 'empty';
    const selected = view.selection[0];
    if (!selected || this.stays(selected)) return 'none';
    const ownGroup = selected.kind === 'claim' ? this.given.get(this.panel.nodeId(selected)) : undefined;
    // Groups stay when VS Code was given them: every group of the refilled panel is at the top level.
    const staying = this.panel.getChildren().filter((group) => this.given.get(this.panel.nodeId(group)) === null);
    return staying.find((group) => this.panel.nodeId(group) === ownGroup) ?? staying[0] ?? 'empty';
  }

  /** Whether VS Code keeps the row given to it as `node` across the refill: same id, same parent. */
  private stays(node: ClaimsPanelNode): boolean {
    const id = this.panel.nodeId(node);
    const givenParent = this.given.get(id);
    if (givenParent === undefined) return false;
    if (node.kind === 'group') return givenParent === null && this.panel.getChildren().some((group) => this.panel.nodeId(group) === id);
    const now = this.panel.claimNodeOf(node.claimId);
    const parent = now && this.panel.getParent(now);
    return parent !== undefined && this.panel.nodeId(parent) === givenParent;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
