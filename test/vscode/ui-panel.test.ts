// Specification of the Claims panel and status bar in a real VS Code: the tree of the active article, its actions, the workspace list.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensInternals } from '../../src/extension/api';
import { writeText } from './storeFixtures';
import { waitUntil } from './support/wait';
import { openFixtureArticle, panelRows, sidecarWithOrphan, suggestedSidecar, treeLabel, useEditorFeatureSuite } from './uiFixtures';

const label = treeLabel;
const rows = panelRows;

describe('Claims panel', function () {
  this.timeout(30_000);
  let api: ClaimLensInternals;
  useEditorFeatureSuite((a) => { api = a; }, async () => {
    await vscode.commands.executeCommand('claimlens.groupBySource');
  });

  it('groups the active article’s claims by detected source, with counts', async () => {
    await openFixtureArticle(api, 'panel-sources');
    const groups = await waitUntil('the panel to show the article', () => {
      const nodes = api.panel.claims.getChildren();
      return nodes.length === 3 ? nodes : undefined;
    });
    assert.deepEqual(rows(api, groups), [
      'Seoul — 1 claim · detected, not tagged',
      'KCNA — 1 claim · detected, not tagged',
      'Analysts — 1 claim · detected, not tagged',
    ]);
  });

  it('lists each claim as a short quote of its content with its state in words and a state-specific context value', async () => {
    await openFixtureArticle(api, 'panel-claims');
    const [seoul] = await waitUntil('the groups', () => api.panel.claims.getChildren()[0] && api.panel.claims.getChildren());
    const [claim] = api.panel.claims.getChildren(seoul);
    const item = api.panel.claims.getTreeItem(claim);
    assert.deepEqual(
      [label(item), item.description, item.contextValue, item.command?.command],
      ['Pyongyang may test a missile this week', 'suggested · statement', 'claim.suggested', 'claimlens._revealClaim'],
    );
  });

  it('regroups by state and by credibility', async () => {
    const rated = suggestedSidecar();
    rated.claims[0] = { ...rated.claims[0], state: 'confirmed', credibility: 2 };
    await openFixtureArticle(api, 'panel-regroup', rated);
    await vscode.commands.executeCommand('claimlens.groupByState');
    assert.deepEqual(rows(api, api.panel.claims.getChildren()), ['Suggested — 2 claims', 'Confirmed — 1 claim']);
    await vscode.commands.executeCommand('claimlens.groupByCredibility');
    assert.deepEqual(rows(api, api.panel.claims.getChildren()), ['2 — probably true — 1 claim', 'Credibility not rated — 2 claims']);
  });

  it('shows orphans in their own group, marked for re-attach and delete', async () => {
    const { uri } = await openFixtureArticle(api, 'panel-orphans', sidecarWithOrphan());
    await waitUntil('the orphan', () => api.store.get(uri)?.sidecar.claims.find((c) => c.orphan));
    const groups = api.panel.claims.getChildren();
    const orphans = groups[groups.length - 1];
    const [orphan] = api.panel.claims.getChildren(orphans);
    assert.deepEqual(
      [api.panel.claims.getTreeItem(orphans).contextValue, api.panel.claims.getTreeItem(orphan).contextValue],
      ['claimGroup.orphans', 'claim.orphan'],
    );
  });

  it('reveals and selects a claim when its item is clicked', async () => {
    const { editor } = await openFixtureArticle(api, 'panel-reveal');
    const groups = api.panel.claims.getChildren();
    const [analysts] = api.panel.claims.getChildren(groups[2]);
    const command = api.panel.claims.getTreeItem(analysts).command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    assert.equal(editor.document.getText(vscode.window.activeTextEditor?.selection), 'Analysts believe it matters');
  });

  it('confirms a claim through its panel item', async () => {
    const { uri } = await openFixtureArticle(api, 'panel-confirm');
    const [kcna] = api.panel.claims.getChildren(api.panel.claims.getChildren()[1]);
    await vscode.commands.executeCommand('claimlens.confirmClaim', kcna);
    await waitUntil('the claim confirmed', () => api.store.get(uri)?.sidecar.claims.find((c) => c.target.exact.startsWith('KCNA') && c.state === 'confirmed'));
    const [confirmed] = api.panel.claims.getChildren(api.panel.claims.getChildren()[1]);
    assert.equal(api.panel.claims.getTreeItem(confirmed).contextValue, 'claim.confirmed');
  });

  it('empties when the active editor is not an article, so the welcome content shows', async () => {
    const { uri } = await openFixtureArticle(api, 'panel-welcome');
    const settings = vscode.Uri.joinPath(uri, '..', 'settings.json');
    await writeText(settings, '{}\n');
    await vscode.window.showTextDocument(settings);
    await waitUntil('the panel to empty', () => (api.panel.claims.getChildren().length === 0 ? true : undefined));
  });

  it('lists annotated articles of the workspace with their counts', async () => {
    const tagged = suggestedSidecar();
    tagged.claims[0] = { ...tagged.claims[0], credibility: 1 };
    const { uri } = await openFixtureArticle(api, 'panel-workspace', tagged);
    const article = await waitUntil('the article in the workspace list', async () =>
      (await api.panel.workspace.getChildren()).find((a) => a.articleUri.toString() === uri.toString()),
    );
    assert.match(String(api.panel.workspace.getTreeItem(article).description), /^3 claims · 1 tagged/);
  });

  it('counts the active article’s claims in the status bar', async () => {
    const tagged = suggestedSidecar();
    tagged.claims[0] = { ...tagged.claims[0], credibility: 1 };
    await openFixtureArticle(api, 'status', tagged);
    await waitUntil('the status bar text', () => (api.status.text === '$(quote) 3 claims · 1 tagged' ? true : undefined));
    assert.equal(api.status.command, 'claimlens.claims.focus');
  });
});
