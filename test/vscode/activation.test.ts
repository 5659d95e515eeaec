// Specification: opening an article starts ClaimLens, and everything its manifest contributes is live.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';
import { claimLens, contributedCommands } from './support/extension';
import { waitUntil } from './support/wait';
import { openInEditor } from './support/workspace';

describe('ClaimLens in a real VS Code', () => {
  it('activates when a plain-text article is opened', async () => {
    const editor = await openInEditor('fixtures/vscode/article.txt');
    assert.equal(editor.document.languageId, 'plaintext');
    await waitUntil('ClaimLens to activate', () => claimLens().isActive);
  });

  it('registers every command its package.json contributes', async () => {
    await claimLens().activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributedCommands().map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('returns version 1 of its API, whose annotations are those of the article open in the editor', async () => {
    const editor = await openInEditor('fixtures/vscode/article.txt');
    const api = (await claimLens().activate()) as ClaimLensApi;
    assert.equal(api.version, 1);
    const annotations = await api.annotations.open(editor.document);
    assert.deepEqual([annotations.articleUri.toString(), annotations.status.kind], [editor.document.uri.toString(), 'ok']);
  });

  it('puts every contributed command in the ClaimLens category', () => {
    const uncategorised = contributedCommands().filter((c) => c.category !== 'ClaimLens').map((c) => c.command);
    assert.deepEqual(uncategorised, []);
  });

  it('shows the Claims view in its own activity-bar container', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.claimlens');
    await vscode.commands.executeCommand('claimlens.claims.focus');
  });
});
