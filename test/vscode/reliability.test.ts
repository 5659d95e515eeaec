// Real-VS-Code specification of the editor's import, export and sidecar writes under hostile and unlucky input: nothing the reader made is overwritten.
import * as assert from 'node:assert/strict';
import { chmodSync, lstatSync, readdirSync, renameSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { updateClaim } from '../../src/core/model/annotations';
import { documentInfo, serializeSidecar } from '../../src/core/sidecar';
import { temporaryFileName } from '../../src/core/sidecar/temporaryFiles';
import type { Sidecar } from '../../src/core/model/types';
import type { AnnotationStore } from '../../src/extension/api';
import { sameStamp, type FileAccess } from '../../src/extension/store/fileAccess';
import { moveSidecar } from '../../src/extension/store/sidecarMove';
import { workspaceFiles } from '../../src/extension/store/sidecarFiles';
import { claimStore, freshFolder, readBytes, readText, sidecarOf, writeText } from './storeFixtures';
import { waitUntil } from './support/wait';
import { workspaceUri } from './support/workspace';

const FIXTURE = 'fixtures/export/article.txt';

async function copyFixture(folder: vscode.Uri): Promise<vscode.Uri> {
  const article = vscode.Uri.joinPath(folder, 'article.txt');
  await vscode.workspace.fs.copy(workspaceUri(FIXTURE), article, { overwrite: true });
  await vscode.workspace.fs.copy(workspaceUri(`${FIXTURE}.claims.json`), sidecarOf(article), { overwrite: true });
  return article;
}

/** A W3C page in which a colleague's detector found the fixture's claims and nobody touched them, dated far ahead. */
function untouchedExport(sidecar: Sidecar, source: string): string {
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationPage',
    items: sidecar.claims.filter((c) => !c.orphan).map((claim, i) => ({
      type: 'Annotation',
      id: `urn:colleague:${i}`,
      modified: '2999-01-01T00:00:00Z',
      'claimlens:origin': 'detected',
      body: [{ type: 'TextualBody', purpose: 'classifying', value: 'suggested' }],
      target: { source, selector: [{ type: 'TextQuoteSelector', exact: claim.target.exact }] },
    })),
  });
}

describe('reliability of the editor’s import, export and sidecar writes', function () {
  this.timeout(30_000);
  let store: AnnotationStore;

  before(async () => {
    store = await claimStore();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('refuses to export an article onto itself, leaving the article and its sidecar byte for byte', async () => {
    const article = await copyFixture(await freshFolder('export-onto-article'));
    const before = [await readBytes(article), await readBytes(sidecarOf(article))];
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimlens.exportArticle', article, { format: 'md', target: article });
    assert.equal(written, undefined);
    assert.deepEqual([await readBytes(article), await readBytes(sidecarOf(article))], before);
  });

  it('refuses to export the workspace onto a sidecar, leaving it byte for byte', async () => {
    const article = await copyFixture(await freshFolder('export-onto-sidecar'));
    const before = await readBytes(sidecarOf(article));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimlens.exportWorkspace', { format: 'csv', target: sidecarOf(article) });
    assert.equal(written, undefined);
    assert.deepEqual(await readBytes(sidecarOf(article)), before);
  });

  it('refuses to export an article through a symbolic link to it, leaving the article and its sidecar byte for byte', async () => {
    const folder = await freshFolder('export-through-link-to-article');
    const article = await copyFixture(folder);
    const link = vscode.Uri.joinPath(folder, 'report.csv');
    symlinkSync('article.txt', link.fsPath);
    const before = [await readBytes(article), await readBytes(sidecarOf(article))];
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimlens.exportArticle', article, { format: 'csv', target: link });
    assert.equal(written, undefined);
    assert.deepEqual([await readBytes(article), await readBytes(sidecarOf(article))], before);
    assert.ok(lstatSync(link.fsPath).isSymbolicLink());
  });

  it('refuses to export the workspace through a symbolic link to a sidecar, leaving it byte for byte', async () => {
    const folder = await freshFolder('export-through-link-to-sidecar');
    const article = await copyFixture(folder);
    const link = vscode.Uri.joinPath(folder, 'annotations.jsonld');
    symlinkSync('article.txt.claims.json', link.fsPath);
    const before = await readBytes(sidecarOf(article));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimlens.exportWorkspace', { format: 'w3c', target: link });
    assert.equal(written, undefined);
    assert.deepEqual(await readBytes(sidecarOf(article)), before);
  });

  it('refuses to export through a symbolic link to a sidecar not written yet, creating no sidecar', async () => {
    const folder = await freshFolder('export-through-dangling-link');
    const article = await copyFixture(folder);
    const link = vscode.Uri.joinPath(folder, 'annotations.jsonld');
    symlinkSync('other.txt.claims.json', link.fsPath);
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimlens.exportArticle', article, { format: 'w3c', target: link });
    assert.equal(written, undefined);
    assert.deepEqual(readdirSync(folder.fsPath).sort(), ['annotations.jsonld', 'article.txt', 'article.txt.claims.json']);
  });

  it('exports a saved article whose sidecar has the right hash but offsets that do not hold at the quotes’ real places', async () => {
    const folder = await freshFolder('export-forged-offsets');
    const article = await copyFixture(folder);
    const text = `UPDATED ${(await readText(article)) ?? ''}`;
    await writeText(article, text);
    const sidecar = JSON.parse((await readText(sidecarOf(article))) ?? '') as Sidecar;
    // The hash of the new text, the offsets of the old one: only the quotes tell where the claims are.
    await writeText(sidecarOf(article), serializeSidecar({ ...sidecar, document: documentInfo('article.txt', text) }));
    const target = vscode.Uri.joinPath(folder, 'claims.csv');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimlens.exportWorkspace', { format: 'csv', target });
    assert.ok(written);
    const kcna = ((await readText(target)) ?? '').split('\r\n').find((row) => row.includes(folder.path.split('/').pop() ?? '?') && row.endsWith(',c-kcna0001'));
    assert.match(kcna ?? '', /,55,181,3,/);
  });

  it('refuses an import whose target leads outside the workspace folders, leaving the sidecar there byte for byte', async () => {
    const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(workspace);
    const outside = vscode.Uri.joinPath(workspace, '..', `outside-${Date.now().toString(36)}`);
    const victim = await copyFixture(outside);
    const before = await readBytes(sidecarOf(victim));
    const inbox = await freshFolder('import-outside');
    const sidecar = JSON.parse((await readText(sidecarOf(victim))) ?? '') as Sidecar;
    for (const [name, source] of [['absolute', victim.toString()], ['relative', `../../../${outside.path.split('/').pop()}/article.txt`], ['encoded', `%2e%2e/%2e%2e/%2e%2e/${outside.path.split('/').pop()}/article.txt`]]) {
      const annotations = vscode.Uri.joinPath(inbox, `${name}.jsonld`);
      await writeText(annotations, untouchedExport(sidecar, source).replace(/"suggested"/g, '"rejected"'));
      const imported = await vscode.commands.executeCommand<vscode.Uri[]>('claimlens.importW3C', annotations);
      assert.deepEqual(imported, [], name);
    }
    assert.deepEqual(await readBytes(sidecarOf(victim)), before);
    await vscode.workspace.fs.delete(outside, { recursive: true, useTrash: false });
  });

  /** Notes the KCNA claim through the store, as Edit Note does, and waits until the sidecar on disk holds the note. */
  async function noteThroughTheEditor(article: vscode.Uri, note: string): Promise<void> {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    await store.open(await vscode.workspace.openTextDocument(article));
    const accepted = await store.edit(article, (sidecar) => updateClaim(sidecar, 'c-kcna0001', { note }, new Date().toISOString()));
    assert.equal(accepted, true);
    await waitUntil('the note in the sidecar on disk', async () => (await readText(sidecarOf(article)))?.includes(note));
  }

  it('keeps the permissions of a sidecar the editor saves annotations into', async () => {
    const article = await copyFixture(await freshFolder('keep-mode'));
    chmodSync(sidecarOf(article).fsPath, 0o600);
    await noteThroughTheEditor(article, 'private note');
    assert.equal(statSync(sidecarOf(article).fsPath).mode & 0o777, 0o600);
  });

  it('writes through a symbolically linked sidecar and leaves the link a link', async () => {
    const folder = await freshFolder('keep-link');
    const article = await copyFixture(folder);
    const shared = vscode.Uri.joinPath(folder, 'shared.claims.json');
    renameSync(sidecarOf(article).fsPath, shared.fsPath);
    symlinkSync('shared.claims.json', sidecarOf(article).fsPath);
    await noteThroughTheEditor(article, 'through the link');
    assert.ok(lstatSync(sidecarOf(article).fsPath).isSymbolicLink());
    assert.match((await readText(shared)) ?? '', /through the link/);
  });

  it('removes temporary files that killed writes left beside a sidecar when it next saves it', async () => {
    const folder = await freshFolder('stale-temporaries');
    const article = await copyFixture(folder);
    const stale = vscode.Uri.joinPath(folder, temporaryFileName('article.txt.claims.json', 'm1abc2def345')).fsPath;
    writeFileSync(stale, 'half a sidecar');
    const longAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(stale, longAgo, longAgo);
    await noteThroughTheEditor(article, 'clean up');
    assert.deepEqual(readdirSync(folder.fsPath).sort(), ['article.txt', 'article.txt.claims.json']);
  });

  it('keeps every confirmation, rating and note when a colleague’s untouched export of the article is imported', async () => {
    const folder = await freshFolder('import-keeps-work');
    const article = await copyFixture(folder);
    const mine = JSON.parse((await readText(sidecarOf(article))) ?? '') as Sidecar;
    const annotations = vscode.Uri.joinPath(folder, 'colleague.jsonld');
    await writeText(annotations, untouchedExport(mine, 'article.txt'));
    const imported = await vscode.commands.executeCommand<vscode.Uri[]>('claimlens.importW3C', annotations);
    assert.deepEqual(imported.map((u) => u.toString()), [article.toString()]);
    await store.whenIdle();
    const judged = (s: Sidecar) => s.claims.filter((c) => c.state !== 'suggested').map((c) => [c.id, c.state, c.credibility, c.note, c.sourceId]);
    const after = await waitUntil('the sidecar on disk after the import', async () => {
      const raw = await readText(sidecarOf(article));
      return raw === undefined ? undefined : (JSON.parse(raw) as Sidecar);
    });
    assert.deepEqual(judged(after), judged(mine));
  });

  it('keeps the new content in its temporary file when a web host’s replace fails after deleting the target', async () => {
    const folder = await freshFolder('replace-fails-after-delete');
    const sidecar = vscode.Uri.joinPath(folder, 'article.txt.claims.json');
    await writeText(sidecar, 'old');
    // What VS Code's rename with overwrite does on a remote or web host when the rename itself fails: the target is already gone.
    const files = workspaceFiles(async (_temporary, target) => {
      await vscode.workspace.fs.delete(target);
      throw new Error('connection lost');
    });
    await assert.rejects(files.writeAtomically(sidecar, 'new'), /connection lost; its new content is kept in \.article\.txt\.claims\.json\./);
    const left = readdirSync(folder.fsPath);
    assert.equal(left.length, 1);
    assert.equal(await readText(vscode.Uri.joinPath(folder, left[0] ?? '')), 'new');
  });

  it('removes its temporary file and leaves the target as it was when a replace fails before touching the target', async () => {
    const folder = await freshFolder('replace-fails-before-delete');
    const sidecar = vscode.Uri.joinPath(folder, 'article.txt.claims.json');
    await writeText(sidecar, 'old');
    const files = workspaceFiles(async () => {
      throw new Error('permission denied');
    });
    await assert.rejects(files.writeAtomically(sidecar, 'new'), /article\.txt\.claims\.json: permission denied/);
    assert.deepEqual(readdirSync(folder.fsPath), ['article.txt.claims.json']);
    assert.equal(await readText(sidecar), 'old');
  });

  it('leaves a sidecar that appears beside a renamed article while the annotations move there, and the old one in place', async () => {
    const folder = await freshFolder('move-onto-new-sidecar');
    const article = await copyFixture(folder);
    const renamed = vscode.Uri.joinPath(folder, 'renamed.txt');
    const mine = await readBytes(sidecarOf(article));
    const inner = workspaceFiles();
    const files: FileAccess = {
      ...inner,
      writeAtomically: (uri, content, stillAsRead) =>
        inner.writeAtomically(uri, content, async () => {
          await writeText(sidecarOf(renamed), 'theirs');
          return stillAsRead ? stillAsRead() : true;
        }),
    };
    const move = await moveSidecar(files, article, renamed);
    assert.equal(move.kind, 'blocked');
    assert.equal(await readText(sidecarOf(renamed)), 'theirs');
    assert.deepEqual(await readBytes(sidecarOf(article)), mine);
  });

  it('keeps the old sidecar of a renamed article when another program writes to it while the annotations move, and reports both', async () => {
    const folder = await freshFolder('move-while-old-written');
    const article = await copyFixture(folder);
    const renamed = vscode.Uri.joinPath(folder, 'renamed.txt');
    const inner = workspaceFiles();
    const files: FileAccess = {
      ...inner,
      writeAtomically: async (uri, content, stillAsRead) => {
        const written = await inner.writeAtomically(uri, content, stillAsRead);
        await writeText(sidecarOf(article), 'theirs, written by claimlens annotate');
        return written;
      },
    };
    const move = await moveSidecar(files, article, renamed);
    assert.equal(move.kind, 'copied');
    assert.equal(await readText(sidecarOf(article)), 'theirs, written by claimlens annotate');
    assert.match((await readText(sidecarOf(renamed))) ?? '', /"file": "renamed\.txt"/);
  });

  it('leaves a sidecar changed between the comparison and the replace as it is, with no temporary file, and reports it', async () => {
    const folder = await freshFolder('changed-before-replace');
    const sidecar = vscode.Uri.joinPath(folder, 'article.txt.claims.json');
    await writeText(sidecar, 'old');
    const files = workspaceFiles();
    const stamp = await files.stamp(sidecar);
    const changedMeanwhile = async (): Promise<boolean> => {
      await writeText(sidecar, 'theirs, longer');
      return sameStamp(await files.stamp(sidecar), stamp);
    };
    assert.equal(await files.writeAtomically(sidecar, 'new', changedMeanwhile), false);
    assert.deepEqual(readdirSync(folder.fsPath), ['article.txt.claims.json']);
    assert.equal(await readText(sidecar), 'theirs, longer');
  });
});
