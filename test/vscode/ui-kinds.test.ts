// Specification of claim kinds in a real VS Code: the hover says the kind, Set Kind records the user's choice, the panel groups by kind and a setting picks the kinds highlighted.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensInternals } from '../../src/extension/api';
import { waitUntil } from './support/wait';
import { hoverMarkdown, openFixtureArticle, placeCursor, suggestedSidecar, textsOf, waitForPlan, waitForSidecar, useEditorFeatureSuite } from './uiFixtures';

/** The fixture's three claims: Seoul and KCNA reported as statements, the analysts' belief. */
function kindedSidecar() {
  const sidecar = suggestedSidecar();
  sidecar.claims[2] = { ...sidecar.claims[2], kind: 'belief' };
  return sidecar;
}

const hoverText = hoverMarkdown;

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('claimlens');

describe('claim kinds', function () {
  this.timeout(30_000);
  let api: ClaimLensInternals;
  useEditorFeatureSuite((a) => { api = a; }, async () => {
    await settings().update('highlights.kinds', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('claimlens.groupBySource');
  });

  it('names the kind of the claim under the pointer in words, with a link to change it', async () => {
    const { editor } = await openFixtureArticle(api, 'kinds-hover', kindedSidecar());
    const text = await hoverText(editor, 'Analysts');
    assert.ok(text.includes('**Kind:** belief — what the source thinks or feels'), text);
    assert.match(text, /\[Kind…\]\(command:claimlens\.setKind\?/);
  });

  it('records a kind set by the user in the sidecar and says in the hover that the user set it', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'kinds-set', kindedSidecar());
    placeCursor(editor, 'launch went well');
    assert.equal(await vscode.commands.executeCommand('claimlens.setKind', undefined, 'evidence'), true);
    const written = await waitForSidecar(uri, 'the kind set by hand', (s) => s.claims.some((c) => c.kind === 'evidence'));
    const kcna = written.claims.find((c) => c.target.exact.startsWith('KCNA'));
    assert.deepEqual([kcna?.kind, kcna?.kindOrigin], ['evidence', 'manual']);
    assert.ok((await hoverText(editor, 'launch')).includes('**Kind:** evidence \\(set by hand\\)'));
  });

  it('refuses a word that is not a claim kind and changes nothing', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'kinds-refuse', kindedSidecar());
    placeCursor(editor, 'launch went well');
    assert.equal(await vscode.commands.executeCommand('claimlens.setKind', undefined, 'rumour'), false);
    assert.deepEqual(api.store.get(uri)?.sidecar.claims.map((c) => c.kind), ['statement', 'statement', 'belief']);
  });

  it('groups the panel by kind, each group saying what its kind covers, and leaves the kind out of the rows', async () => {
    await openFixtureArticle(api, 'kinds-group', kindedSidecar());
    await vscode.commands.executeCommand('claimlens.groupByKind');
    const groups = await waitUntil('the kind groups', () => {
      const nodes = api.panel.claims.getChildren();
      return nodes.length === 2 && label(api.panel.claims.getTreeItem(nodes[0])) === 'Statement' ? nodes : undefined;
    });
    assert.deepEqual(
      groups.map((g) => `${label(api.panel.claims.getTreeItem(g))} — ${String(api.panel.claims.getTreeItem(g).description)}`),
      ['Statement — 2 claims · speech or writing reported: said, told, according to', 'Belief — 1 claim · what the source thinks or feels: believes, expects, fears'],
    );
    const [belief] = api.panel.claims.getChildren(groups[1]);
    assert.equal(api.panel.claims.getTreeItem(belief).description, 'suggested');
  });

  it('highlights only the kinds the setting names, and hovers and visits only those', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'kinds-setting', kindedSidecar());
    await settings().update('highlights.kinds', ['belief'], vscode.ConfigurationTarget.Workspace);
    const plan = await waitForPlan(api, uri, (p) => p.suggested.length === 1);
    assert.deepEqual(textsOf(editor, plan.suggested), ['Analysts believe it matters']);
    assert.equal(await hoverText(editor, 'launch'), '');
    placeCursor(editor, 'Seoul');
    await vscode.commands.executeCommand('claimlens.nextClaim');
    assert.equal(editor.document.getText(editor.selection), 'Analysts believe it matters');
  });

  it('highlights every kind again when the setting is removed', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'kinds-restore', kindedSidecar());
    await settings().update('highlights.kinds', ['refusal'], vscode.ConfigurationTarget.Workspace);
    await waitForPlan(api, uri, (p) => p.suggested.length === 0);
    await settings().update('highlights.kinds', undefined, vscode.ConfigurationTarget.Workspace);
    const plan = await waitForPlan(api, uri, (p) => p.suggested.length === 3);
    assert.equal(textsOf(editor, plan.suggested).length, 3);
  });
});
