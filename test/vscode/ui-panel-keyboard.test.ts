// Specification of the Claims panel with the cursor and the keyboard in a real VS Code: it follows the editor's
// cursor, and its keys act on the claim selected in it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';
import type { ClaimsPanelNode } from '../../src/extension/panel/claimsTree';
import { waitUntil } from './support/wait';
import { openFixtureArticle, placeCursor, suggestedSidecar, useEditorFeatureSuite, waitForSidecar } from './uiFixtures';

/** What the panel's keybindings pass to their command (see package.json). */
const PANEL_SELECTION = { claimsPanel: 'selection' };

function selectedClaimText(api: ClaimLensApi): string | undefined {
  const [node] = api.panel.claimsView.selection;
  return node?.kind === 'claim' ? node.claim.target.exact : undefined;
}

/** Shows the Claims view, then gives the focus back to the article's editor, as a reader working in it has. */
async function showPanelBeside(editor: vscode.TextEditor): Promise<vscode.TextEditor> {
  await vscode.commands.executeCommand('claimlens.claims.focus');
  await waitUntil('the Claims view to be visible', () => api().panel.claimsView.visible);
  return vscode.window.showTextDocument(editor.document);
}

let current: ClaimLensApi | undefined;
function api(): ClaimLensApi {
  assert.ok(current, 'the suite has reached the extension');
  return current;
}

/** The claim node of the panel whose claim starts with `words`. */
function claimNode(words: string): ClaimsPanelNode {
  const nodes = api().panel.claims.getChildren().flatMap((group) => api().panel.claims.getChildren(group));
  const node = nodes.find((n) => n.kind === 'claim' && n.claim.target.exact.startsWith(words));
  assert.ok(node, `the panel lists the claim “${words}…”`);
  return node;
}

describe('Claims panel with the cursor and the keyboard', function () {
  this.timeout(30_000);
  useEditorFeatureSuite((a) => { current = a; });

  it('selects the claim under the editor’s cursor in the panel, leaving the focus in the editor', async () => {
    const { editor } = await openFixtureArticle(api(), 'follow-cursor');
    const focused = await showPanelBeside(editor);
    placeCursor(focused, 'the launch went well');
    await waitUntil('the panel to select the KCNA claim', () => selectedClaimText(api())?.startsWith('KCNA reported'));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
  });

  it('moves the panel’s selection along as the cursor moves from claim to claim', async () => {
    const { editor } = await openFixtureArticle(api(), 'follow-cursor-moves');
    const focused = await showPanelBeside(editor);
    placeCursor(focused, 'Pyongyang');
    await waitUntil('the Seoul claim selected', () => selectedClaimText(api())?.startsWith('Seoul said'));
    placeCursor(focused, 'it matters');
    await waitUntil('the Analysts claim selected', () => selectedClaimText(api())?.startsWith('Analysts believe'));
  });

  it('gives every claim its group as parent, so that the panel can reveal it', async () => {
    await openFixtureArticle(api(), 'panel-parent');
    const node = claimNode('KCNA');
    const parent = api().panel.claims.getParent(node);
    assert.ok(parent && parent.kind === 'group');
    assert.ok(api().panel.claims.getChildren(parent).some((child) => child.kind === 'claim' && child.claimId === (node.kind === 'claim' ? node.claimId : '')));
  });

  it('deletes the claim selected in the panel through the Delete key’s command', async () => {
    const { uri, editor } = await openFixtureArticle(api(), 'panel-delete-key');
    await showPanelBeside(editor);
    await api().panel.claimsView.reveal(claimNode('KCNA'), { select: true, focus: true });
    assert.equal(await vscode.commands.executeCommand('claimlens.deleteClaim', PANEL_SELECTION), true);
    const sidecar = await waitForSidecar(uri, 'the KCNA claim deleted', (s) => s.claims.length === 2);
    assert.deepEqual(
      sidecar.claims.map((c) => c.target.exact.split(' ')[0]),
      ['Seoul', 'Analysts'],
    );
  });

  it('deletes the panel item passed to the delete command', async () => {
    const { uri } = await openFixtureArticle(api(), 'panel-delete-item');
    assert.equal(await vscode.commands.executeCommand('claimlens.deleteClaim', claimNode('Analysts')), true);
    await waitForSidecar(uri, 'the Analysts claim deleted', (s) => s.claims.every((c) => !c.target.exact.startsWith('Analysts')));
  });

  it('confirms the claim selected in the panel through the panel’s confirm key', async () => {
    const { uri, editor } = await openFixtureArticle(api(), 'panel-confirm-key');
    await showPanelBeside(editor);
    await api().panel.claimsView.reveal(claimNode('Seoul'), { select: true, focus: true });
    assert.equal(await vscode.commands.executeCommand('claimlens.confirmClaim', PANEL_SELECTION), true);
    await waitForSidecar(uri, 'the Seoul claim confirmed', (s) => s.claims.some((c) => c.target.exact.startsWith('Seoul') && c.state === 'confirmed'));
  });

  it('does nothing when a group, not a claim, is selected in the panel', async () => {
    const { uri, editor } = await openFixtureArticle(api(), 'panel-delete-group', suggestedSidecar());
    await showPanelBeside(editor);
    const [firstGroup] = api().panel.claims.getChildren();
    await api().panel.claimsView.reveal(firstGroup, { select: true, focus: true });
    await waitUntil('the group selected', () => api().panel.claimsView.selection[0]?.kind === 'group');
    assert.equal(await vscode.commands.executeCommand('claimlens.deleteClaim', PANEL_SELECTION), false);
    assert.equal(api().store.get(uri)?.sidecar.claims.length, 3);
  });
});
