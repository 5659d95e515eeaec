// Real-VS-Code specification of the store when files change behind it: sidecars merged with unsaved work, missed watcher events, articles outside the workspace, line endings.
import * as assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { updateClaim } from '../../src/core/model/annotations';
import type { Claim, Sidecar } from '../../src/core/model/types';
import type { AnnotationStore } from '../../src/extension/api';
import {
  articleWithTaggedQuote,
  claimIn,
  claimStore,
  closeEditorsDiscardingChanges,
  freshFolder,
  QUOTE,
  sidecarOf,
  sidecarOnDisk,
  tagQuote,
  watcherSaw,
  writeText,
} from './storeFixtures';
import { waitUntil } from './support/wait';

const SEOUL = 'Seoul was not told';

/** Rewrites the sidecar on disk (or writes `from`) as a colleague's merge or another window would, changing one claim. */
async function changeClaimOnDisk(article: vscode.Uri, id: string, patch: Partial<Claim>, from?: Sidecar): Promise<void> {
  const sidecar = from ?? (await sidecarOnDisk(article));
  assert.ok(sidecar, 'the sidecar is on disk');
  const changed: Sidecar = { ...sidecar, claims: sidecar.claims.map((claim) => (claim.id === id ? { ...claim, ...patch } : claim)) };
  await writeText(sidecarOf(article), JSON.stringify(changed, null, 2));
}

/** Types a line above everything, so annotation edits made now wait for the save. */
async function makeUnsavedChange(editor: vscode.TextEditor): Promise<void> {
  assert.equal(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Breaking news\n')), true);
}

function storedClaim(store: AnnotationStore, article: vscode.Uri, id: string): Claim | undefined {
  return claimIn(store.get(article)?.sidecar, id);
}

describe('annotation store, when files change behind it', function () {
  this.timeout(30_000);
  let store: AnnotationStore;

  before(async () => {
    store = await claimStore();
  });

  afterEach(closeEditorsDiscardingChanges);

  describe('a sidecar changed on disk during unsaved annotation edits', () => {
    it('keeps the unsaved annotation edits beside the change from disk', async () => {
      const { article, editor, id } = await articleWithTaggedQuote(store, 'merge-keep');
      await makeUnsavedChange(editor);
      const seoul = await tagQuote(store, article, SEOUL);
      await changeClaimOnDisk(article, id, { note: 'checked by the desk' });
      await waitUntil('the note from disk', () => storedClaim(store, article, id)?.note === 'checked by the desk');
      const kept = storedClaim(store, article, seoul);
      assert.equal(editor.document.getText().slice(kept?.target.start, kept?.target.end), SEOUL);
    });

    it('writes the change from disk and the unsaved annotation edits together when the article is saved', async () => {
      const { article, editor, id } = await articleWithTaggedQuote(store, 'merge-save');
      await makeUnsavedChange(editor);
      const seoul = await tagQuote(store, article, SEOUL);
      await changeClaimOnDisk(article, id, { note: 'checked by the desk' });
      await editor.document.save();
      const saved = await waitUntil('both changes in the sidecar', async () => {
        const sidecar = await sidecarOnDisk(article);
        return claimIn(sidecar, id)?.note === 'checked by the desk' && claimIn(sidecar, seoul) ? sidecar : undefined;
      });
      const claim = claimIn(saved, seoul);
      assert.equal(editor.document.getText().slice(claim?.target.start, claim?.target.end), SEOUL);
    });

    it('keeps the version on disk of a claim changed both in the editor and on disk', async () => {
      const { article, editor, id } = await articleWithTaggedQuote(store, 'merge-clash');
      await makeUnsavedChange(editor);
      const now = new Date().toISOString();
      assert.equal(await store.edit(article, (sidecar) => updateClaim(sidecar, id, { credibility: 4 }, now)), true);
      await changeClaimOnDisk(article, id, { credibility: 5, note: 'rated by the desk' });
      await waitUntil('the note from disk', () => storedClaim(store, article, id)?.note === 'rated by the desk');
      assert.equal(storedClaim(store, article, id)?.credibility, 5);
    });

    it('keeps the unsaved annotation edits when the sidecar is deleted, and writes them on save', async () => {
      const folder = await freshFolder('merge-deleted');
      const watched = watcherSaw(sidecarOf(vscode.Uri.joinPath(folder, 'article.txt')));
      try {
        const { article, editor, id } = await articleWithTaggedQuote(store, folder);
        await waitUntil('the watcher to report the new sidecar', watched.seen);
        await makeUnsavedChange(editor);
        const seoul = await tagQuote(store, article, SEOUL);
        await vscode.workspace.fs.delete(sidecarOf(article));
        await waitUntil('the claim only the deleted file had to go', () => storedClaim(store, article, id) === undefined);
        assert.ok(storedClaim(store, article, seoul), 'the claim tagged during unsaved changes is kept');
        await editor.document.save();
        await waitUntil('the kept claim in a new sidecar', async () => claimIn(await sidecarOnDisk(article), seoul));
      } finally {
        watched.dispose();
      }
    });
  });

  describe('a sidecar that breaks on disk during unsaved annotation edits', () => {
    it('keeps the unsaved annotation edits while it cannot be read', async () => {
      const { article, editor } = await articleWithTaggedQuote(store, 'broken-held');
      await makeUnsavedChange(editor);
      const seoul = await tagQuote(store, article, SEOUL);
      await writeText(sidecarOf(article), '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> theirs\n');
      await waitUntil('the article to become unreadable', () => store.get(article)?.status.kind === 'unreadable');
      assert.ok(storedClaim(store, article, seoul), 'the claim tagged during unsaved changes is still shown');
    });

    it('merges the kept edits into the file once it is fixed', async () => {
      const { article, editor, id } = await articleWithTaggedQuote(store, 'broken-fixed');
      const good = await sidecarOnDisk(article);
      assert.ok(good);
      await makeUnsavedChange(editor);
      const seoul = await tagQuote(store, article, SEOUL);
      await writeText(sidecarOf(article), '{ "version": 1, \n');
      await waitUntil('the article to become unreadable', () => store.get(article)?.status.kind === 'unreadable');
      await changeClaimOnDisk(article, id, { note: 'resolved by hand' }, good);
      await waitUntil('the fixed file to be merged', () => storedClaim(store, article, id)?.note === 'resolved by hand');
      assert.equal(store.get(article)?.status.kind, 'ok');
      assert.ok(storedClaim(store, article, seoul), 'the claim tagged during unsaved changes is kept');
    });
  });

  describe('changes the file watcher does not report', () => {
    const UNWATCHED = '**/store-tests/unwatched-*/**';

    /** Files under `unwatched-*` folders are left out of the workspace watcher, as a missed event leaves them. */
    async function excludeFromWatcher(exclude: boolean): Promise<void> {
      const files = vscode.workspace.getConfiguration('files');
      const current = { ...files.get<Record<string, boolean>>('watcherExclude', {}) };
      if (exclude) current[UNWATCHED] = true;
      else delete current[UNWATCHED];
      await files.update('watcherExclude', current, vscode.ConfigurationTarget.Workspace);
    }

    before(() => excludeFromWatcher(true));
    after(() => excludeFromWatcher(false));

    it('drops the claims of a sidecar deleted right after it was written once the article is active again', async () => {
      const { folder, article, editor, id } = await articleWithTaggedQuote(store, 'unwatched-deleted');
      await vscode.workspace.fs.delete(sidecarOf(article));
      const other = vscode.Uri.joinPath(folder, 'other.txt');
      await writeText(other, 'Another article.\n');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other));
      await vscode.window.showTextDocument(editor.document);
      await waitUntil('the claims of the deleted sidecar to go', () => store.get(article)?.sidecar.claims.every((c) => c.id !== id));
    });

    it('reloads a sidecar changed behind the watcher once the article is active again', async () => {
      const { folder, article, editor, id } = await articleWithTaggedQuote(store, 'unwatched-changed');
      await changeClaimOnDisk(article, id, { note: 'changed unseen' });
      const other = vscode.Uri.joinPath(folder, 'other.txt');
      await writeText(other, 'Another article.\n');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other));
      await vscode.window.showTextDocument(editor.document);
      await waitUntil('the note from disk', () => storedClaim(store, article, id)?.note === 'changed unseen');
    });
  });

  describe('an article outside the workspace folders', () => {
    let outside: string;

    beforeEach(async () => {
      outside = await mkdtemp(path.join(tmpdir(), 'claimlens-outside-'));
    });

    afterEach(async () => {
      await closeEditorsDiscardingChanges();
      await rm(outside, { recursive: true, force: true });
    });

    it('gets its sidecar written beside it', async () => {
      const { article, id } = await articleWithTaggedQuote(store, vscode.Uri.file(outside));
      assert.equal(vscode.workspace.getWorkspaceFolder(article), undefined, 'the article is outside the workspace');
      assert.equal(claimIn(await sidecarOnDisk(article), id)?.target.exact, QUOTE);
    });

    it('reloads its sidecar when someone else changes it', async () => {
      const { article, id } = await articleWithTaggedQuote(store, vscode.Uri.file(outside));
      await changeClaimOnDisk(article, id, { note: 'checked outside' });
      await waitUntil('the note from disk', () => storedClaim(store, article, id)?.note === 'checked outside');
    });
  });

  it('keeps claims on their text when the line endings of the article are changed', async () => {
    const { article, editor, id } = await articleWithTaggedQuote(store, 'line-endings');
    assert.equal(await editor.edit((edit) => edit.setEndOfLine(vscode.EndOfLine.CRLF)), true);
    const text = editor.document.getText();
    assert.ok(text.includes('\r\n'), 'the article now has CRLF line endings');
    await waitUntil('the claim on its quote in the CRLF text', () => {
      const claim = storedClaim(store, article, id);
      return claim && text.slice(claim.target.start, claim.target.end) === QUOTE;
    });
  });
});
