// Specification of how the Claims panel refills in a real VS Code: never leaving VS Code's tree holding a selected row
// that is gone (showing the view would then fail with "Data tree node not found").
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensInternals } from '../../src/extension/api';
import type { ClaimsPanelNode } from '../../src/extension/panel/claimsTree';
import { SelectionSafeRefill } from '../../src/extension/panel/selectionSafeRefill';
import { serializeSidecar } from '../../src/core/sidecar';
import { freshFolder, sidecarOf, writeText } from './storeFixtures';
import { waitUntil } from './support/wait';
import { ARTICLE, openFixtureArticle, suggestedSidecar, useEditorFeatureSuite } from './uiFixtures';

/**
 * The Claims view as the refill sees it: whether it is shown, its selection, and the reveals asked of it. (The real
 * view's selection cannot be set from an extension; this one's can.)
 */
class ViewDouble {
  visible = true;
  selection: ClaimsPanelNode[] = [];
  constructor(private readonly log: string[], private readonly idOf: (node: ClaimsPanelNode) => string) {}
  reveal(node: ClaimsPanelNode, options: { select?: boolean }): Promise<void> {
    this.log.push(`reveal ${this.idOf(node)}${options.select ? ' and select' : ''}`);
    return Promise.resolve();
  }
}

describe('Claims panel refills', function () {
  this.timeout(30_000);
  let api: ClaimLensInternals;
  let refill: SelectionSafeRefill | undefined;
  useEditorFeatureSuite((a) => { api = a; }, async () => {
    refill?.dispose();
    await vscode.commands.executeCommand('claimlens.groupBySource');
  });

  /**
   * A refill over the panel's tree with a view double, and its log of steps. Like VS Code, the double fetches the rows
   * again after each refill (the top level, then each group's rows); the log says how many claims of which article came.
   */
  function watchRefills(): { view: ViewDouble; log: string[]; claim: (words: string) => ClaimsPanelNode } {
    const log: string[] = [];
    const panel = api.panel.claims;
    const shown = new SelectionSafeRefill(panel);
    refill = shown;
    const view = new ViewDouble(log, (node) => panel.nodeId(node));
    shown.attach(view as unknown as vscode.TreeView<ClaimsPanelNode>);
    let rows: ClaimsPanelNode[] = [];
    const fetch = (): void => {
      rows = shown.getChildren().flatMap((group) => shown.getChildren(group));
    };
    shown.onDidChangeTreeData((nodes) => {
      if (nodes !== undefined) return;
      log.push('refill');
      setTimeout(() => {
        fetch();
        // An article by its fixture's name: the folder is named `name-time-count`.
        const articles = [...new Set(rows.map((row) => row.articleUri.split('/').slice(-2)[0].split('-').slice(0, -2).join('-')))];
        log.push(`fetched ${rows.filter((row) => row.kind === 'claim').length} claims${articles.length ? ` of ${articles.join(', ')}` : ''}`);
      }, 0);
    });
    fetch();
    const claim = (words: string): ClaimsPanelNode => {
      const node = rows.find((n) => n.kind === 'claim' && n.claim.target.exact.startsWith(words));
      assert.ok(node, `the panel lists the claim “${words}…”`);
      return node;
    };
    return { view, log, claim };
  }

  it('moves the selection to the deleted claim’s group before refilling the panel without the claim', async () => {
    await openFixtureArticle(api, 'refill-delete-selected');
    // One group holding all three suggestions: the deleted claim's group stays.
    await vscode.commands.executeCommand('claimlens.groupByState');
    const { view, log, claim } = watchRefills();
    const kcna = claim('KCNA');
    view.selection = [kcna];
    const group = api.panel.claims.getParent(kcna);
    assert.ok(group);
    assert.equal(await vscode.commands.executeCommand('claimlens.deleteClaim', kcna), true);
    await waitUntil('the panel to refill', () => log.includes('refill'));
    assert.deepEqual(log.slice(0, 2), [`reveal ${api.panel.claims.nodeId(group)} and select`, 'refill']);
  });

  it('refills at once when the selected claim stays where it was', async () => {
    await openFixtureArticle(api, 'refill-delete-other');
    await vscode.commands.executeCommand('claimlens.groupByState');
    const { view, log, claim } = watchRefills();
    view.selection = [claim('Seoul')];
    assert.equal(await vscode.commands.executeCommand('claimlens.deleteClaim', claim('KCNA')), true);
    await waitUntil('the panel to refill and be fetched', () => log.length >= 2);
    assert.deepEqual(log.slice(0, 2), ['refill', 'fetched 2 claims of refill-delete-other']);
  });

  it('empties the panel first when it shows another article, then fills it with the other article’s claims', async () => {
    await openFixtureArticle(api, 'refill-switch-before');
    // The other article is loaded before it is shown, so the panel goes straight from one article to the other.
    const uri = vscode.Uri.joinPath(await freshFolder('refill-switch-after'), 'article.txt');
    await writeText(uri, ARTICLE);
    await writeText(sidecarOf(uri), serializeSidecar(suggestedSidecar()));
    const document = await vscode.workspace.openTextDocument(uri);
    await api.store.open(document);
    const { view, log, claim } = watchRefills();
    view.selection = [claim('KCNA')];
    await vscode.window.showTextDocument(document);
    await waitUntil('the other article’s claims to be fetched', () => log.includes('fetched 3 claims of refill-switch-after'));
    const fetches = log.filter((step) => step.startsWith('fetched'));
    // The article before may still be refilled (its sidecar written) until the other one is shown.
    const lastBefore = fetches.lastIndexOf('fetched 3 claims of refill-switch-before');
    assert.deepEqual(fetches.slice(lastBefore + 1, fetches.indexOf('fetched 3 claims of refill-switch-after') + 1), ['fetched 0 claims', 'fetched 3 claims of refill-switch-after']);
    assert.ok(!log.some((step) => step.startsWith('reveal')), 'no row of the article before is revealed');
  });

  it('empties the panel first when it refills while hidden, whatever is selected', async () => {
    await openFixtureArticle(api, 'refill-hidden');
    const { view, log, claim } = watchRefills();
    view.visible = false;
    view.selection = [claim('Seoul')];
    assert.equal(await vscode.commands.executeCommand('claimlens.deleteClaim', claim('KCNA')), true);
    await waitUntil('the remaining claims to be fetched', () => log.includes('fetched 2 claims of refill-hidden'));
    const fetches = log.filter((step) => step.startsWith('fetched'));
    assert.deepEqual(fetches.slice(0, 2), ['fetched 0 claims', 'fetched 2 claims of refill-hidden']);
  });

  it('refills the panel after a claim is deleted even when a row is asked for between the delete and the refill', async () => {
    const { uri } = await openFixtureArticle(api, 'refill-asked-between');
    const panel = api.panel.claims;
    const kcna = panel.getChildren().flatMap((group) => panel.getChildren(group)).find((n) => n.kind === 'claim' && n.claim.target.exact.startsWith('KCNA'));
    assert.ok(kcna?.kind === 'claim');
    let refilled = false;
    const listening = [
      panel.onDidChangeTreeData((nodes) => { refilled ||= nodes === undefined; }),
      // Heard after the panel heard of the delete: what following the editor's cursor may do then, grouping afresh.
      api.store.onDidChange((change) => { if (change.articleUri.toString() === uri.toString()) panel.claimNodeOf(kcna.claimId); }),
    ];
    try {
      assert.equal(await vscode.commands.executeCommand('claimlens.deleteClaim', kcna), true);
      await waitUntil('the panel to refill', () => refilled);
    } finally {
      listening.forEach((l) => l.dispose());
    }
  });
});
