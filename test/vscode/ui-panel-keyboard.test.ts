// Specification of the Claims panel with the cursor and the keyboard in a real VS Code: it follows the editor's
// cursor, and its keys act on the claim that has the focus in it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensInternals } from '../../src/extension/api';
import type { ClaimsPanelNode } from '../../src/extension/panel/claimsTree';
import { selectClaimAtCursor } from '../../src/extension/panel/selectAtCursor';
import { waitUntil } from './support/wait';
import { contributedKeybindings } from './support/extension';
import { ARTICLE, openFixtureArticle, placeCursor, useEditorFeatureSuite, waitForSidecar } from './uiFixtures';

/**
 * What a command bound to a key in the panel receives: the extension host replaces the keybinding's
 * `[{ $treeViewId, $focusedTreeItem }]` by the panel's focused item (undefined when no row has the focus).
 */
function focusedInPanel(node: ClaimsPanelNode | undefined): [ClaimsPanelNode | undefined] {
  return [node];
}

function selectedClaimText(api: ClaimLensInternals): string | undefined {
  const [node] = api.panel.claimsView.selection;
  return node?.kind === 'claim' ? node.claim.target.exact : undefined;
}

/** Shows the Claims view, then gives the focus back to the article's editor, as a reader working in it has. */
async function showPanelBeside(editor: vscode.TextEditor): Promise<vscode.TextEditor> {
  await vscode.commands.executeCommand('claimlens.claims.focus');
  await waitUntil('the Claims view to be visible', () => api().panel.claimsView.visible);
  return vscode.window.showTextDocument(editor.document);
}

let current: ClaimLensInternals | undefined;
function api(): ClaimLensInternals {
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

  it('tries a reveal that failed while the tree was refilled again, without another cursor move, until it selects the claim', async () => {
    const { editor } = await openFixtureArticle(api(), 'follow-cursor-retry');
    const focused = await showPanelBeside(editor);
    // A view whose first two reveals fail, as VS Code's do while it refills the tree ("Data tree node not found").
    let reveals = 0;
    const visibility = new vscode.EventEmitter<vscode.TreeViewVisibilityChangeEvent>();
    const view = {
      visible: true,
      selection: [] as ClaimsPanelNode[],
      onDidChangeVisibility: visibility.event,
      reveal: async (node: ClaimsPanelNode): Promise<void> => {
        reveals++;
        if (reveals <= 2) throw new Error('Data tree node not found');
        view.selection = [node];
      },
    };
    // The extension's claim lists are its own bundle's class: this suite's copy of the lookup reads them as arrays.
    const store = { get: (uri: vscode.Uri) => { const annotations = api().store.get(uri); return annotations && { ...annotations, claims: annotations.claims.toArray() }; } };
    const follower = selectClaimAtCursor({
      store: store as unknown as ClaimLensInternals['store'],
      claims: api().panel.claims,
      claimsView: view as unknown as vscode.TreeView<ClaimsPanelNode>,
      refill: { emptying: false },
    });
    try {
      placeCursor(focused, 'the launch went well');
      await waitUntil('the third reveal to select the KCNA claim', () => {
        const [node] = view.selection;
        return node?.kind === 'claim' && node.claim.target.exact.startsWith('KCNA reported');
      });
      assert.equal(reveals, 3);
    } finally {
      follower.dispose();
      visibility.dispose();
    }
  });

  it('leaves no row of the article before selected once the panel shows another article, so showing the view cannot fail', async () => {
    const { editor } = await openFixtureArticle(api(), 'selection-before');
    const focused = await showPanelBeside(editor);
    placeCursor(focused, 'the launch went well');
    await waitUntil('the panel to select the KCNA claim', () => selectedClaimText(api())?.startsWith('KCNA reported'));
    const before = editor.document.uri.toString();
    // The other article opens with its cursor in a headline, outside any claim: following the cursor selects nothing.
    const { editor: other } = await openFixtureArticle(api(), 'selection-after', null, `Launch day headline\n\n${ARTICLE}`);
    await waitUntil('the panel to show the other article', () => api().panel.claims.articleUri?.toString() === other.document.uri.toString());
    // VS Code sometimes drops the selection of a refilled tree and sometimes keeps the row that is gone.
    await waitUntil('the selection to leave the article before', () => api().panel.claimsView.selection.every((node) => node.articleUri === other.document.uri.toString()));
    assert.ok(api().panel.claimsView.selection.every((node) => node.articleUri !== before));
    await vscode.commands.executeCommand('workbench.view.extension.claimlens');
  });

  it('gives every claim its group as parent, so that the panel can reveal it', async () => {
    await openFixtureArticle(api(), 'panel-parent');
    const node = claimNode('KCNA');
    const parent = api().panel.claims.getParent(node);
    assert.ok(parent && parent.kind === 'group');
    assert.ok(api().panel.claims.getChildren(parent).some((child) => child.kind === 'claim' && child.claimId === (node.kind === 'claim' ? node.claimId : '')));
  });

  it('binds Delete and the judging keys in the panel to the panel’s focused item', () => {
    const inPanel = contributedKeybindings().filter((k) => k.when?.includes('focusedView == claimlens.claims'));
    assert.deepEqual(
      inPanel.map((k) => [k.command, k.key, k.args]),
      ['claimlens.deleteClaim', 'claimlens.confirmClaim', 'claimlens.rejectClaim', 'claimlens.tagSource', 'claimlens.setCredibility'].map((command, i) => [
        command,
        ['delete', 'ctrl+alt+enter', 'ctrl+alt+backspace', 'ctrl+alt+s', 'ctrl+alt+c'][i],
        [{ $treeViewId: 'claimlens.claims', $focusedTreeItem: true }],
      ]),
    );
  });

  it('deletes the claim focused in the panel when the Delete key’s command runs', async () => {
    const { uri } = await openFixtureArticle(api(), 'panel-delete-key');
    assert.equal(await vscode.commands.executeCommand('claimlens.deleteClaim', focusedInPanel(claimNode('KCNA'))), true);
    const sidecar = await waitForSidecar(uri, 'the KCNA claim deleted', (s) => s.claims.length === 2);
    assert.deepEqual(
      sidecar.claims.map((c) => c.target.exact.split(' ')[0]),
      ['Seoul', 'Analysts'],
    );
  });

  it('deletes one claim, not two, when a second Delete arrives while the first delete is still being made', async () => {
    const { uri } = await openFixtureArticle(api(), 'panel-delete-repeat');
    // A held key repeats; by the second press the focus may be on the next row.
    const [first, second] = await Promise.all([
      vscode.commands.executeCommand('claimlens.deleteClaim', focusedInPanel(claimNode('KCNA'))),
      vscode.commands.executeCommand('claimlens.deleteClaim', focusedInPanel(claimNode('Seoul'))),
    ]);
    assert.deepEqual([first, second], [true, false]);
    await api().store.whenIdle();
    assert.deepEqual(
      api().store.get(uri)?.sidecar.claims.map((c) => c.target.exact.split(' ')[0]),
      ['Seoul', 'Analysts'],
    );
  });

  it('deletes the panel item passed to the delete command', async () => {
    const { uri } = await openFixtureArticle(api(), 'panel-delete-item');
    assert.equal(await vscode.commands.executeCommand('claimlens.deleteClaim', claimNode('Analysts')), true);
    await waitForSidecar(uri, 'the Analysts claim deleted', (s) => s.claims.every((c) => !c.target.exact.startsWith('Analysts')));
  });

  it('confirms the claim focused in the panel when the panel’s confirm key runs', async () => {
    const { uri } = await openFixtureArticle(api(), 'panel-confirm-key');
    assert.equal(await vscode.commands.executeCommand('claimlens.confirmClaim', focusedInPanel(claimNode('Seoul'))), true);
    await waitForSidecar(uri, 'the Seoul claim confirmed', (s) => s.claims.some((c) => c.target.exact.startsWith('Seoul') && c.state === 'confirmed'));
  });

  it('deletes nothing when a group, not a claim, has the focus in the panel', async () => {
    const { uri } = await openFixtureArticle(api(), 'panel-delete-group');
    const [firstGroup] = api().panel.claims.getChildren();
    assert.equal(await vscode.commands.executeCommand('claimlens.deleteClaim', focusedInPanel(firstGroup)), false);
    assert.equal(api().store.get(uri)?.sidecar.claims.length, 3);
  });

  it('deletes nothing when no row has the focus in the panel, even with the editor’s cursor in a claim', async () => {
    const { uri, editor } = await openFixtureArticle(api(), 'panel-delete-unfocused');
    placeCursor(editor, 'the launch went well');
    assert.equal(await vscode.commands.executeCommand('claimlens.deleteClaim', focusedInPanel(undefined)), false);
    assert.equal(api().store.get(uri)?.sidecar.claims.length, 3);
  });
});
