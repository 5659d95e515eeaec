// Specification of the ClaimReview export through the editor's Export menu: format, file, and the reviewer asked for once.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { openWithQuickOpen, runCommand } from '../../scripts/lib/workbench-actions';
import { waitFor } from '../../scripts/lib/workbench';
import type { ClaimReviewDocument } from '../../src/core/export';
import { workbench } from './support/workbench';

const ARTICLE = 'health-trial-results.md';

describe('ClaimReview export from the Export menu', function () {
  this.timeout(180_000);

  it('writes the reviews of the open article where the save dialog proposes, asking for the reviewer first time', async () => {
    const { page, workspaceFolder } = workbench();
    const target = path.join(workspaceFolder, 'samples', `${ARTICLE}.claimreview.jsonld`);
    await openWithQuickOpen(page, ARTICLE);
    await page.locator('.statusbar-item', { hasText: /\d+ claims · \d+ tagged/ }).waitFor({ timeout: 60_000 });
    await runCommand(page, 'ClaimLens: Export Article…');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'schema.org ClaimReview' }).click({ timeout: 30_000 });
    // The save dialog proposes <article>.claimreview.jsonld beside the article.
    const input = page.locator('.quick-input-widget input');
    await waitFor('the save dialog to propose the file name', async () => ((await input.inputValue()).endsWith(`${ARTICLE}.claimreview.jsonld`) ? true : undefined), 30_000);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'Name of the organisation' }).waitFor({ timeout: 30_000 });
    await input.fill('Example Fact Check');
    await page.keyboard.press('Enter');
    const document = await waitFor('the ClaimReview file on disk', () => (existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')) as ClaimReviewDocument : undefined), 30_000);
    assert.equal(document['@context'], 'https://schema.org');
    assert.ok(document['@graph'].length > 0);
    for (const review of document['@graph']) assert.deepEqual(review.author, { '@type': 'Organization', name: 'Example Fact Check' });
  });
});
