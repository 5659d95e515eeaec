// Specification of the claim hover in a real VS Code: what it says about a claim and which actions it links.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensInternals } from '../../src/extension/api';
import { openFixtureArticle, useEditorFeatureSuite } from './uiFixtures';

async function hoverText(editor: vscode.TextEditor, words: string): Promise<{ text: string; trusted: vscode.MarkdownString['isTrusted'] }> {
  const position = editor.document.positionAt(editor.document.getText().indexOf(words) + 1);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
  const markdown = hovers.flatMap((h) => h.contents).filter((c) => c instanceof vscode.MarkdownString).find((m) => m.value.includes('**Claim**'));
  return { text: markdown?.value ?? '', trusted: markdown?.isTrusted };
}

describe('claim hover', function () {
  this.timeout(30_000);
  let api: ClaimLensInternals;
  useEditorFeatureSuite((a) => { api = a; });

  it('names the detected source, the cue, the hedges and the state in words', async () => {
    const { editor } = await openFixtureArticle(api, 'hover-words');
    const { text } = await hoverText(editor, 'Pyongyang');
    for (const expected of ['**Claim** — suggested (detected)', '**Source:** “Seoul”', '**Cue:** “said”', '**Hedges:** “may”', '**Rating:** not rated yet']) {
      assert.ok(text.includes(expected), `the hover says ${expected}:\n${text}`);
    }
  });

  it('shows the rating as the usual code with words once the claim is rated', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'hover-rating');
    const ref = { articleUri: uri.toString(), claimId: api.store.get(uri)?.sidecar.claims[1].id };
    await vscode.commands.executeCommand('claimlens.tagSource', ref, 'KCNA');
    await vscode.commands.executeCommand('claimlens.setReliability', ref, 'B');
    await vscode.commands.executeCommand('claimlens.setCredibility', ref, 2);
    const { text } = await hoverText(editor, 'launch');
    assert.ok(text.includes('**Rating:** B2 — usually reliable, probably true'), text);
  });

  it('links the claim actions and trusts only ClaimLens commands', async () => {
    const { editor } = await openFixtureArticle(api, 'hover-links');
    const { text, trusted } = await hoverText(editor, 'Analysts');
    assert.match(text, /\[Confirm\]\(command:claimlens\.confirmClaim\?/);
    assert.ok(typeof trusted === 'object' && trusted.enabledCommands.every((c) => c.startsWith('claimlens.')));
  });

  it('says nothing over text outside any claim', async () => {
    const { editor } = await openFixtureArticle(api, 'hover-outside', null);
    assert.equal((await hoverText(editor, 'Seoul')).text, '');
  });
});
