// Real-VS-Code specification of the ClaimReview export: reviewer, fact-check page and article URL come from the settings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimReviewDocument } from '../../src/core/export';
import { claimStore, freshFolder, readText, sidecarOf } from './storeFixtures';
import { workspaceUri } from './support/workspace';

const FIXTURE = 'fixtures/export/article.txt';
const SETTINGS = {
  reviewer: 'Example Fact Check',
  reviewerUrl: 'https://factcheck.example/',
  reviewUrl: 'https://factcheck.example/2026/kcna-launch',
  articleBaseUrl: 'https://news.example/archive/',
};

async function copyFixture(folder: vscode.Uri): Promise<vscode.Uri> {
  const article = vscode.Uri.joinPath(folder, 'article.txt');
  await vscode.workspace.fs.copy(workspaceUri(FIXTURE), article);
  await vscode.workspace.fs.copy(workspaceUri(`${FIXTURE}.claims.json`), sidecarOf(article));
  return article;
}

describe('ClaimReview export command', function () {
  this.timeout(30_000);
  const config = () => vscode.workspace.getConfiguration('claimlens.claimReview');

  before(async () => {
    await claimStore();
    for (const [key, value] of Object.entries(SETTINGS)) await config().update(key, value, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    for (const key of Object.keys(SETTINGS)) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('exports the rated confirmed claims of an article as ClaimReviews by the reviewer in the settings', async () => {
    const folder = await freshFolder('export-claimreview');
    const article = await copyFixture(folder);
    const target = vscode.Uri.joinPath(folder, 'article.txt.claimreview.jsonld');
    const written = await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportArticle', article, { format: 'claimreview', target });
    assert.equal(written?.toString(), target.toString());
    const document = JSON.parse((await readText(target)) ?? '') as ClaimReviewDocument;
    assert.equal(document['@context'], 'https://schema.org');
    assert.equal(document['@graph'].length, 3);
    const [first] = document['@graph'];
    assert.deepEqual(first.author, { '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example/' });
    assert.equal(first['@id'], 'https://factcheck.example/2026/kcna-launch#claimreview-c-kcna0001');
    const relative = vscode.workspace.asRelativePath(article, false);
    assert.deepEqual(first.itemReviewed.appearance, { '@type': 'CreativeWork', url: `https://news.example/archive/${relative}` });
  });

  it('writes no file when the article has no confirmed claim with a credibility', async () => {
    const folder = await freshFolder('export-claimreview-unrated');
    const article = vscode.Uri.joinPath(folder, 'plain.txt');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode('The ministry said the road would reopen.\n'));
    const target = vscode.Uri.joinPath(folder, 'plain.txt.claimreview.jsonld');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimlens.exportArticle', article, { format: 'claimreview', target });
    assert.equal(written, undefined);
    assert.equal(await readText(target), undefined);
  });
});
