// Real-VS-Code specification of export and import: the commands write the files the formats promise, prompts bypassed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Claim, Sidecar } from '../../src/core/model/types';
import type { AnnotationStore } from '../../src/extension/api';
import { claimStore, freshFolder, openArticle, readText, sidecarOf, watcherSaw, writeText } from './storeFixtures';
import { waitUntil } from './support/wait';
import { workspaceUri } from './support/workspace';

/** The sample article with its sidecar: six claims, one orphan, an emoji before the first claim. */
const FIXTURE = 'fixtures/export/article.txt';

async function copyFixture(folder: vscode.Uri): Promise<vscode.Uri> {
  const article = vscode.Uri.joinPath(folder, 'article.txt');
  await vscode.workspace.fs.copy(workspaceUri(FIXTURE), article);
  await vscode.workspace.fs.copy(workspaceUri(`${FIXTURE}.claims.json`), sidecarOf(article));
  return article;
}

async function written(uri: vscode.Uri | undefined): Promise<string> {
  assert.ok(uri instanceof vscode.Uri, 'the command resolved to the file it wrote');
  const text = await readText(uri);
  assert.ok(text !== undefined, `${uri.toString()} exists`);
  return text;
}

describe('export and import commands', function () {
  this.timeout(30_000);
  let store: AnnotationStore;

  before(async () => {
    store = await claimStore();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('exports the article given to the command as a self-contained HTML report', async () => {
    const folder = await freshFolder('export-html');
    const article = await copyFixture(folder);
    const target = vscode.Uri.joinPath(folder, 'report.html');
    const html = await written(await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportArticle', article, { format: 'html', target }));
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<mark class="confirmed" id="a1-c\d+"[^>]*>The Korean Central News Agency \(KCNA\) reported/);
    assert.doesNotMatch(html, /<script|<link /);
  });

  it('exports the active article as the editor shows it, unsaved edits included', async () => {
    const folder = await freshFolder('export-unsaved');
    const article = await copyFixture(folder);
    const editor = await openArticle(store, article);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'UPDATED '));
    const target = vscode.Uri.joinPath(folder, 'claims.csv');
    const csv = await written(await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportArticle', undefined, { format: 'csv', target }));
    const kcna = csv.split('\r\n').find((row) => row.endsWith(',c-kcna0001'));
    assert.match(kcna ?? '', /^article\.txt|\/article\.txt/);
    assert.match(kcna ?? '', /,55,181,3,/, 'the claim moved by the 8 units typed before it');
  });

  it('exports every annotated article of the workspace as one W3C collection targeting each article', async () => {
    const folder = await freshFolder('export-workspace');
    await copyFixture(folder);
    const target = vscode.Uri.joinPath(folder, 'all.jsonld');
    const raw = await written(await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportWorkspace', { format: 'w3c', target }));
    const collection = JSON.parse(raw) as { type: string; first: { items: { target: { source: string } }[] } };
    assert.equal(collection.type, 'AnnotationCollection');
    const sources = new Set(collection.first.items.map((a) => a.target.source));
    assert.ok(sources.has('article.txt'), `targets relative to the export folder: ${[...sources].join(', ')}`);
  });

  it('imports a W3C export back into an article whose sidecar was deleted', async () => {
    const folder = await freshFolder('import');
    const watched = watcherSaw(sidecarOf(vscode.Uri.joinPath(folder, 'article.txt')));
    const article = await copyFixture(folder);
    const original = JSON.parse((await readText(sidecarOf(article))) ?? '') as Sidecar;
    const exportFile = vscode.Uri.joinPath(folder, 'claims.jsonld');
    await written(await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportArticle', article, { format: 'w3c', target: exportFile }));
    await waitUntil('the watcher to report the copied sidecar', watched.seen);
    watched.dispose();
    await vscode.workspace.fs.delete(sidecarOf(article));
    // The store watches sidecars; once it has seen the deletion only detector suggestions are left.
    await waitUntil('the store to see the sidecar deleted', () => store.get(article)?.sidecar.claims.every((c) => c.state === 'suggested'));
    const imported = await vscode.commands.executeCommand<vscode.Uri[]>('claimlens.importW3C', exportFile);
    assert.deepEqual(imported.map((u) => u.toString()), [article.toString()]);
    // The store may add fresh detector suggestions beside the imported claims; every imported claim must be there as it was.
    const summary = (c: Claim): unknown[] => [c.id, c.state, c.credibility, c.note, c.sourceId, c.orphan];
    const restored = await waitUntil('the imported claims in the sidecar on disk', async () => {
      const raw = await readText(sidecarOf(article));
      const ids = new Set(raw === undefined ? [] : (JSON.parse(raw) as Sidecar).claims.map((c) => c.id));
      return original.claims.every((c) => ids.has(c.id)) ? (JSON.parse(raw ?? '') as Sidecar) : undefined;
    });
    assert.deepEqual(
      original.claims.map((c) => {
        const found = restored.claims.find((r) => r.id === c.id);
        return found ? summary(found) : `missing ${c.id}`;
      }),
      original.claims.map(summary),
    );
  });

  it('refuses to import into an article whose sidecar cannot be read, leaving the file as it was', async () => {
    const folder = await freshFolder('import-unreadable');
    const article = await copyFixture(folder);
    const exportFile = vscode.Uri.joinPath(folder, 'claims.jsonld');
    await written(await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportArticle', article, { format: 'w3c', target: exportFile }));
    await writeText(sidecarOf(article), '{ "version": 1, broken');
    const imported = await vscode.commands.executeCommand<vscode.Uri[]>('claimlens.importW3C', exportFile);
    assert.deepEqual(imported, []);
    assert.equal(await readText(sidecarOf(article)), '{ "version": 1, broken');
  });
});
