// Real-VS-Code specification of the annotation store: sidecar files follow tags, edits, disk changes, renames, corruption.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addManualClaim } from '../../src/core/model/annotations';
import type { AnnotationStore } from '../../src/extension/api';
import {
  ARTICLE,
  articleWithTaggedQuote,
  claimIn,
  claimStore,
  closeEditorsDiscardingChanges,
  freshFolder,
  openArticle,
  QUOTE,
  readBytes,
  readText,
  sidecarOf,
  sidecarOnDisk,
  tagQuote,
  watcherSaw,
  writeText,
} from './storeFixtures';
import { waitUntil } from './support/wait';

/** Renames or moves a file the way the explorer does, firing the same will/did-rename events. */
async function renameInWorkspace(from: vscode.Uri, to: vscode.Uri): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(from, to);
  assert.equal(await vscode.workspace.applyEdit(edit), true, `renamed ${from.path} to ${to.path}`);
}

describe('annotation store', function () {
  this.timeout(30_000);
  let store: AnnotationStore;

  before(async () => {
    store = await claimStore();
  });

  afterEach(closeEditorsDiscardingChanges);

  it('writes a sidecar containing a claim as soon as it is tagged in a saved article', async () => {
    const { article, id } = await articleWithTaggedQuote(store, 'tag');
    const claim = claimIn(await sidecarOnDisk(article), id);
    assert.equal(claim?.target.exact, QUOTE);
    assert.equal(claim?.credibility, 2);
    assert.equal(ARTICLE.slice(claim?.target.start, claim?.target.end), QUOTE);
  });

  it('writes a sidecar when a detected claim is rated with the Set Credibility command', async () => {
    const folder = await freshFolder('command');
    const article = vscode.Uri.joinPath(folder, 'article.txt');
    await writeText(article, ARTICLE);
    await openArticle(store, article);
    const suggestion = await waitUntil('a detected claim', () =>
      store.get(article)?.sidecar.claims.find((claim) => claim.target.exact.includes('Kim Jong Un')),
    );
    await vscode.commands.executeCommand('claimlens.setCredibility', { articleUri: article.toString(), claimId: suggestion.id }, 3);
    const saved = await waitUntil('the rated claim in the sidecar', async () => claimIn(await sidecarOnDisk(article), suggestion.id));
    assert.equal(saved.credibility, 3);
  });

  it('creates no sidecar for an article that only has detector suggestions', async () => {
    const folder = await freshFolder('suggestions');
    const article = vscode.Uri.joinPath(folder, 'article.txt');
    await writeText(article, ARTICLE);
    const editor = await openArticle(store, article);
    await editor.document.save();
    await store.whenIdle();
    assert.equal(await readBytes(sidecarOf(article)), undefined);
  });

  it('keeps the sidecar unchanged while the article has unsaved changes', async () => {
    const { article, editor } = await articleWithTaggedQuote(store, 'dirty');
    const before = await readText(sidecarOf(article));
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Breaking news\n'));
    await tagQuote(store, article, 'Seoul was not told');
    await store.whenIdle();
    assert.equal(await readText(sidecarOf(article)), before);
  });

  it('writes annotation edits made during unsaved changes once the article is saved', async () => {
    const { article, editor } = await articleWithTaggedQuote(store, 'dirty-then-saved');
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Breaking news\n'));
    const id = await tagQuote(store, article, 'Seoul was not told');
    await editor.document.save();
    const claim = await waitUntil('the claim tagged before saving', async () => claimIn(await sidecarOnDisk(article), id));
    assert.equal(editor.document.getText().slice(claim.target.start, claim.target.end), 'Seoul was not told');
  });

  it('writes annotation edits made during unsaved changes when those changes are reverted', async () => {
    const { article, editor } = await articleWithTaggedQuote(store, 'dirty-then-reverted');
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Breaking news\n'));
    const id = await tagQuote(store, article, 'Seoul was not told');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    const claim = await waitUntil('the claim tagged before reverting', async () => claimIn(await sidecarOnDisk(article), id));
    assert.equal(ARTICLE.slice(claim.target.start, claim.target.end), 'Seoul was not told');
  });

  it('carries annotation edits made during unsaved changes to the new name when the article is renamed', async () => {
    const { folder, article, editor } = await articleWithTaggedQuote(store, 'dirty-rename');
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Breaking news\n'));
    const id = await tagQuote(store, article, 'Seoul was not told');
    const renamed = vscode.Uri.joinPath(folder, 'renamed.txt');
    await renameInWorkspace(article, renamed);
    const document = await waitUntil('the renamed article to be open', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === renamed.toString() && store.get(renamed) !== undefined),
    );
    await document.save();
    const claim = await waitUntil('the claim in the moved sidecar', async () => claimIn(await sidecarOnDisk(renamed), id));
    assert.equal(document.getText().slice(claim.target.start, claim.target.end), 'Seoul was not told');
  });

  it('moves the sidecar offsets when text is typed above a claim and the article is saved', async () => {
    const { article, editor, id } = await articleWithTaggedQuote(store, 'type-above');
    const inserted = 'Breaking: 😀 update\n';
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), inserted));
    await editor.document.save();
    const saved = await readText(article);
    const claim = await waitUntil('the shifted claim in the sidecar', async () => {
      const found = claimIn(await sidecarOnDisk(article), id);
      return found && found.target.start === ARTICLE.indexOf(QUOTE) + inserted.length ? found : undefined;
    });
    assert.equal(saved?.slice(claim.target.start, claim.target.end), QUOTE);
  });

  it('re-anchors the claims when the article is rewritten on disk behind the editor', async () => {
    const { article, editor, id } = await articleWithTaggedQuote(store, 'on-disk');
    const rewritten = `A new first paragraph, written in another program.\n\n${ARTICLE.replace('Military readiness', 'Readiness')}`;
    await writeText(article, rewritten);
    await waitUntil('the editor to show the rewritten article', () => editor.document.getText() === rewritten);
    const claim = await waitUntil('the re-anchored claim', () => {
      const found = store.get(article)?.sidecar.claims.find((c) => c.id === id);
      return found && found.target.start === rewritten.indexOf(QUOTE) ? found : undefined;
    });
    assert.equal(claim.orphan, false);
    assert.equal(rewritten.slice(claim.target.start, claim.target.end), QUOTE);
  });

  it('moves the sidecar along when the article is renamed', async () => {
    const { folder, article, id } = await articleWithTaggedQuote(store, 'rename');
    const renamed = vscode.Uri.joinPath(folder, 'renamed.txt');
    await renameInWorkspace(article, renamed);
    const moved = await waitUntil('the sidecar beside the renamed article', () => sidecarOnDisk(renamed));
    assert.equal(claimIn(moved, id)?.target.exact, QUOTE);
    assert.equal(moved.document.file, 'renamed.txt');
    await waitUntil('the old sidecar to be gone', async () => (await readBytes(sidecarOf(article))) === undefined);
  });

  it('shows the moved claims on the renamed article in the editor', async () => {
    const { folder, article, id } = await articleWithTaggedQuote(store, 'rename-in-editor');
    const renamed = vscode.Uri.joinPath(folder, 'renamed.txt');
    await renameInWorkspace(article, renamed);
    const claim = await waitUntil('the claim on the renamed article', () => claimIn(store.get(renamed)?.sidecar, id));
    assert.equal(claim.target.exact, QUOTE);
  });

  it('moves the sidecar along when the article is moved to another folder', async () => {
    const { folder, article, id } = await articleWithTaggedQuote(store, 'move');
    const moved = vscode.Uri.joinPath(folder, 'archive', 'article.txt');
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder, 'archive'));
    await renameInWorkspace(article, moved);
    const sidecar = await waitUntil('the sidecar in the new folder', () => sidecarOnDisk(moved));
    assert.equal(claimIn(sidecar, id)?.target.exact, QUOTE);
  });

  it('reloads a sidecar that someone else changed on disk', async () => {
    const { article, id } = await articleWithTaggedQuote(store, 'external-sidecar');
    const sidecar = await sidecarOnDisk(article);
    assert.ok(sidecar);
    const changed = { ...sidecar, claims: sidecar.claims.map((c) => (c.id === id ? { ...c, note: 'checked by the desk' } : c)) };
    await writeText(sidecarOf(article), JSON.stringify(changed, null, 2));
    await waitUntil('the note from the changed sidecar', () =>
      store.get(article)?.sidecar.claims.some((c) => c.id === id && c.note === 'checked by the desk'),
    );
  });

  it('drops to suggestions when the sidecar is deleted', async () => {
    const folder = await freshFolder('deleted');
    const watched = watcherSaw(sidecarOf(vscode.Uri.joinPath(folder, 'article.txt')));
    try {
      const { article, id } = await articleWithTaggedQuote(store, folder);
      await waitUntil('the watcher to report the new sidecar', watched.seen);
      await vscode.workspace.fs.delete(sidecarOf(article));
      await waitUntil('the tagged claim to disappear', () =>
        store.get(article)?.sidecar.claims.every((c) => c.id !== id),
      );
      assert.equal(store.get(article)?.status.kind, 'ok');
    } finally {
      watched.dispose();
    }
  });

  describe('with a corrupt sidecar', () => {
    const CORRUPT = '{ "version": 1, "claims": [ {"id": "c1", \n';

    async function articleWithCorruptSidecar(name: string) {
      const folder = await freshFolder(name);
      const article = vscode.Uri.joinPath(folder, 'article.txt');
      await writeText(article, ARTICLE);
      await writeText(sidecarOf(article), CORRUPT);
      const editor = await openArticle(store, article);
      return { article, editor };
    }

    it('marks the article unreadable with a message naming the sidecar', async () => {
      const { article } = await articleWithCorruptSidecar('corrupt-status');
      const status = store.get(article)?.status;
      assert.equal(status?.kind, 'unreadable');
      assert.match(status.kind === 'unreadable' ? status.message : '', /article\.txt\.claims\.json/);
    });

    it('refuses annotation edits', async () => {
      const { article } = await articleWithCorruptSidecar('corrupt-edit');
      const accepted = await store.edit(article, (sidecar, text) => addManualClaim(sidecar, text, 0, 8, new Date().toISOString()).sidecar);
      assert.equal(accepted, false);
    });

    it('leaves the file byte-identical through edits and saves of the article', async () => {
      const { article, editor } = await articleWithCorruptSidecar('corrupt-bytes');
      await store.edit(article, (sidecar, text) => addManualClaim(sidecar, text, 0, 8, new Date().toISOString()).sidecar);
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'More text\n'));
      await editor.document.save();
      await store.whenIdle();
      assert.deepEqual(new Uint8Array(await readBytes(sidecarOf(article)) ?? []), new TextEncoder().encode(CORRUPT));
    });

    it('refuses a sidecar from a future version and leaves it untouched', async () => {
      const folder = await freshFolder('future');
      const article = vscode.Uri.joinPath(folder, 'article.txt');
      const future = '{\n  "version": 2,\n  "claims": []\n}\n';
      await writeText(article, ARTICLE);
      await writeText(sidecarOf(article), future);
      await openArticle(store, article);
      assert.equal(store.get(article)?.status.kind, 'unreadable');
      await store.whenIdle();
      assert.equal(await readText(sidecarOf(article)), future);
    });

    it('accepts edits again once the broken sidecar is removed', async () => {
      const { article } = await articleWithCorruptSidecar('corrupt-fixed');
      await vscode.workspace.fs.delete(sidecarOf(article));
      await waitUntil('the article to become editable', () => store.get(article)?.status.kind === 'ok');
      const id = await tagQuote(store, article, QUOTE);
      await waitUntil('the new sidecar with the claim', async () => claimIn(await sidecarOnDisk(article), id));
    });
  });

  it('stores offsets of a CRLF article exactly as offsetAt counts them', async () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const { article, editor, id } = await articleWithTaggedQuote(store, 'crlf', crlf);
    const claim = claimIn(await sidecarOnDisk(article), id);
    const quoteLine = 2;
    const quoteStart = new vscode.Position(quoteLine, editor.document.lineAt(quoteLine).text.indexOf(QUOTE));
    assert.equal(claim?.target.start, editor.document.offsetAt(quoteStart));
    assert.equal(editor.document.getText().slice(claim?.target.start, claim?.target.end), QUOTE);
  });
});
