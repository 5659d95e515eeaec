// Real-VS-Code specification of the editor's import and export under hostile and unlucky input: nothing the reader made is overwritten.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Sidecar } from '../../src/core/model/types';
import type { ClaimStore } from '../../src/extension/store/api';
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

describe('reliability of the editor’s import and export', function () {
  this.timeout(30_000);
  let store: ClaimStore;

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
});
