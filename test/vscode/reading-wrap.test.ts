// Real-VS-Code specification of article wrapping: it wraps per editor and writes no setting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { claimStore, freshFolder, openArticle, writeText } from './storeFixtures';

describe('article wrapping', function () {
  this.timeout(30_000);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('leaves every editor.wordWrap setting as the user had it when an article opens', async () => {
    const before = vscode.workspace.getConfiguration('editor').inspect('wordWrap');
    const folder = await freshFolder('wrap-settings');
    const article = vscode.Uri.joinPath(folder, 'long.txt');
    await writeText(article, `${'Officials said the bridge would reopen. '.repeat(60)}\n`);
    const editor = await openArticle(await claimStore(), article);
    assert.equal(vscode.window.activeTextEditor?.document, editor.document);
    const plaintext = vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).inspect('wordWrap');
    assert.deepEqual(vscode.workspace.getConfiguration('editor').inspect('wordWrap'), before);
    assert.equal(plaintext?.globalLanguageValue, undefined);
    assert.equal(plaintext?.workspaceLanguageValue, undefined);
  });
});
