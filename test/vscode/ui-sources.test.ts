// Specification of resolved sources in a real VS Code: the panel grouped by who spoke, the hover, one-step tagging and the Sources view.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { detectAttributions } from '../../src/core/detect';
import { emptySidecar, mergeDetections } from '../../src/core/model/annotations';
import type { Sidecar } from '../../src/core/model/types';
import type { ClaimLensInternals } from '../../src/extension/api';
import { waitUntil } from './support/wait';
import { openFixtureArticle, panelRows, useEditorFeatureSuite, waitForSidecar } from './uiFixtures';

const ENDORSEMENT = [
  'The Washington Post, the influential US daily, endorsed Senator Maria Alvarez on Sunday.',
  '',
  'The newspaper said Alvarez had "the experience the moment demands."',
  '',
  'In a separate column, the daily argued that the race was closer than polls suggest. It also said turnout would decide the result.',
  '',
  'Mayor Tom Hallett said the endorsement changed nothing.',
  '',
].join('\n');

const FOLLOW_UP = 'The Washington Post reported on Monday that turnout was high.\n\nThe daily said polls closed late.\n';

/** The article's claims as the detector finds and resolves them: the suites switch detection off, so it is done here. */
function detected(text: string): Sidecar {
  return mergeDetections(emptySidecar('article.txt', text), text, detectAttributions(text, { resolveSources: true }), '2026-01-01T00:00:00.000Z');
}

const rows = panelRows;

function claimRefBy(api: ClaimLensInternals, uri: vscode.Uri, sourceText: string): { articleUri: string; claimId: string } {
  const claim = api.store.get(uri)?.sidecar.claims.find((c) => c.source?.text === sourceText);
  assert.ok(claim, `the article has a claim by "${sourceText}"`);
  return { articleUri: uri.toString(), claimId: claim.id };
}

describe('resolved sources', function () {
  this.timeout(30_000);
  let api: ClaimLensInternals;
  useEditorFeatureSuite((a) => { api = a; }, async () => {
    await vscode.commands.executeCommand('claimlens.groupBySource');
  });

  it('groups a newspaper’s claims in the Claims panel under its name, whatever the text calls it', async () => {
    await vscode.commands.executeCommand('claimlens.groupBySource');
    await openFixtureArticle(api, 'sources-panel', detected(ENDORSEMENT), ENDORSEMENT);
    const groups = await waitUntil('the panel to show the article', () => {
      const nodes = api.panel.claims.getChildren();
      return nodes.length >= 2 ? nodes : undefined;
    });
    assert.deepEqual(rows(api, groups).slice(0, 2), ['The Washington Post — 4 claims · detected, not tagged', 'Mayor Tom Hallett — 1 claim · detected, not tagged']);
    const mentions = rows(api, api.panel.claims.getChildren(groups[0])).map((row) => /as “([^”]+)”/.exec(row)?.[1] ?? '');
    assert.deepEqual(mentions, ['The Washington Post, the influential US daily', 'The newspaper', 'the daily', 'It']);
  });

  it('says in the hover who a description stands for: “the daily” → The Washington Post', async () => {
    const { editor } = await openFixtureArticle(api, 'sources-hover', detected(ENDORSEMENT), ENDORSEMENT);
    const position = editor.document.positionAt(ENDORSEMENT.indexOf('the daily') + 4);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
    const text = hovers.flatMap((h) => h.contents).map((c) => (c instanceof vscode.MarkdownString ? c.value : '')).join('\n');
    assert.ok(text.includes('**Source:** “the daily” → The Washington Post'), text);
  });

  it('tags the newspaper’s other claims with its source in one step, and undoes that step', async () => {
    const { uri } = await openFixtureArticle(api, 'sources-tagging', detected(ENDORSEMENT), ENDORSEMENT);
    const newspaper = claimRefBy(api, uri, 'The newspaper');
    assert.equal(await vscode.commands.executeCommand('claimlens.tagSource', newspaper, 'Washington Post'), true);
    assert.equal(await vscode.commands.executeCommand('claimlens.tagSameSource', newspaper), 3);
    const tagged = await waitForSidecar(uri, 'four claims tagged', (s) => s.claims.filter((c) => c.sourceId !== null).length === 4);
    const postId = tagged.sources.find((s) => s.name === 'Washington Post')?.id;
    assert.deepEqual(
      tagged.claims.filter((c) => c.sourceId === postId).map((c) => c.source?.text),
      ['The Washington Post, the influential US daily,', 'The newspaper', 'the daily', 'It'],
    );
    assert.equal(tagged.claims.find((c) => c.source?.text === 'Mayor Tom Hallett')?.sourceId, null);
    assert.deepEqual(rows(api, api.panel.claims.getChildren()).slice(0, 1), ['Washington Post — 4 claims']);

    assert.equal(await vscode.commands.executeCommand('claimlens.undoTagSameSource', uri.toString()), 3);
    const undone = await waitForSidecar(uri, 'only the first claim tagged', (s) => s.claims.filter((c) => c.sourceId !== null).length === 1);
    assert.equal(undone.claims.find((c) => c.sourceId !== null)?.source?.text, 'The newspaper');
  });

  it('refuses to tag the other claims of a claim whose source is not tagged, changing nothing', async () => {
    const { uri } = await openFixtureArticle(api, 'sources-untagged', detected(ENDORSEMENT), ENDORSEMENT);
    const before = api.store.get(uri)?.sidecar;
    assert.equal(await vscode.commands.executeCommand('claimlens.tagSameSource', claimRefBy(api, uri, 'the daily')), 0);
    assert.equal(api.store.get(uri)?.sidecar, before);
  });

  it('gathers a source’s claims from every article in the Sources view', async () => {
    const first = await openFixtureArticle(api, 'sources-view-a', detected(ENDORSEMENT), ENDORSEMENT);
    const second = await openFixtureArticle(api, 'sources-view-b', detected(FOLLOW_UP), FOLLOW_UP);
    // Other suites' articles quote the Post too, and one tags it "Washington Post": the group may carry that name.
    const post = await waitUntil('the Sources view to list the Post from both articles', async () => {
      const nodes = await api.panel.sources.getChildren();
      return nodes.find((n) => {
        if (n.kind !== 'workspaceSource' || !/Washington Post$/.test(n.source.name)) return false;
        const articles = new Set(n.source.claims.map((c) => c.articleUri));
        return articles.has(first.uri.toString()) && articles.has(second.uri.toString());
      });
    });
    const item = api.panel.sources.getTreeItem(post);
    assert.match(String(item.description), /^\d+ claims · \d+ articles/);
    const claims = await api.panel.sources.getChildren(post);
    const daily = claims.find((c) => c.kind === 'workspaceClaim' && c.articleUri === second.uri.toString() && c.entry.mentionedAs === 'The daily');
    assert.ok(daily, 'the follow-up’s “The daily” is listed under the Post');
    assert.equal(api.panel.sources.getTreeItem(daily).command?.command, 'claimlens._revealClaim');
  });

  it('counts a source quoted in one article as “1 article”', async () => {
    const text = 'Harbour master Ines Okonkwo-Varga said the quay would reopen on Friday.\n';
    await openFixtureArticle(api, 'sources-view-one', detected(text), text);
    const single = await waitUntil('the Sources view to list the harbour master', async () => {
      const nodes = await api.panel.sources.getChildren();
      return nodes.find((n) => n.kind === 'workspaceSource' && /Okonkwo-Varga/.test(n.source.name));
    });
    assert.match(String(api.panel.sources.getTreeItem(single).description), /· 1 article(?!s)/);
  });
});
