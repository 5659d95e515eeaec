// Specification of which editor tabs the detection worker reads from disk before their document arrives (a pre-read).
import * as assert from 'node:assert/strict';
import { type OpeningTab, preReadOf } from '../../../src/core/session/preRead';

const TAB: OpeningTab = { scheme: 'file', path: '/news/article.txt', active: true, documentOpen: false, asked: false };
const ON = { detectOnOpen: true, detectInWorker: true };
const on = () => ON;

describe('reading an article ahead from its editor tab', () => {
  it('reads a local plain-text article whose tab is shown and whose document has not come, as plain text', () => {
    assert.deepEqual(preReadOf(TAB, on), { markdown: false });
  });

  it('reads a Markdown article as Markdown', () => {
    assert.deepEqual(preReadOf({ ...TAB, path: '/news/brief.md' }, on), { markdown: true });
    assert.deepEqual(preReadOf({ ...TAB, path: '/news/brief.MARKDOWN' }, on), { markdown: true });
  });

  it('leaves a document the extension host has already (open elsewhere, or dirty) to the document', () => {
    assert.equal(preReadOf({ ...TAB, documentOpen: true }, on), undefined);
  });

  it('leaves untitled documents and other file systems to the document: the worker reads only local files', () => {
    for (const scheme of ['untitled', 'vscode-remote', 'vscode-vfs', 'git', 'vscode-userdata']) assert.equal(preReadOf({ ...TAB, scheme }, on), undefined, scheme);
  });

  it('does not read a tab opened behind another: VS Code loads its text only once it is shown', () => {
    assert.equal(preReadOf({ ...TAB, active: false }, on), undefined);
  });

  it('reads a file once while it opens, however often its tab changes', () => {
    assert.equal(preReadOf({ ...TAB, asked: true }, on), undefined);
  });

  it('does not read files that are not named as articles (sidecars, logs, files without an extension)', () => {
    for (const path of ['/news/article.txt.claims.json', '/logs/server.log', '/news/README', '/news/notes.txt.bak']) assert.equal(preReadOf({ ...TAB, path }, on), undefined, path);
  });

  it('reads nothing ahead when detection on open or in the worker thread is off', () => {
    assert.equal(preReadOf(TAB, () => ({ ...ON, detectOnOpen: false })), undefined);
    assert.equal(preReadOf(TAB, () => ({ ...ON, detectInWorker: false })), undefined);
  });

  it('looks the settings up only for a tab it would read', () => {
    let asked = 0;
    const counting = () => (asked++, ON);
    preReadOf({ ...TAB, active: false }, counting);
    preReadOf({ ...TAB, documentOpen: true }, counting);
    preReadOf({ ...TAB, path: '/logs/server.log' }, counting);
    assert.equal(asked, 0);
    assert.deepEqual(preReadOf(TAB, counting), { markdown: false });
    assert.equal(asked, 1);
  });
});
