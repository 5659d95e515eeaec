// Specification of the Claims panel with the keyboard in the real workbench: Enter shows the focused claim, the
// panel follows the editor's cursor, Delete deletes the focused claim.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { Claim, Sidecar } from '../../src/core/model/types';
import { openWithQuickOpen, showClaimsPanel } from '../../scripts/lib/workbench-actions';
import { claimsPane, screenshot, workbench } from './support/workbench';

const ARTICLE = 'wire-election-recount.txt';
/** A claim of the sample's sidecar rated 1, listed by its whole text: "A hand recount of … the county elections board said". */
const RATED_CLAIM = { quote: 'A hand recount of more than 48,000 ballots', label: 'A hand recount of more than 48,000 ballots' };
/** The claim after it, nested in it ("48,000 ballots confirmed on Friday that challenger …"), listed by its content. */
const NESTED_CLAIM_LABEL = 'challenger Amara Nwosu won';
/** A confirmed claim of the sample's sidecar with credibility 4, listed by its content. */
const DOUBTED_CLAIM = { quote: 'he called "serious irregularities"', label: 'serious irregularities' };

/** The sample's claim quoting `quote` (ids change when the samples are rebuilt; their text does not). */
function claimQuoting(sidecar: Sidecar, quote: string): Claim | undefined {
  return sidecar.claims.find((c) => c.target.exact.startsWith(quote));
}

/** The sample's sidecar as on disk; undefined for the moment it is missing while the store replaces it. */
function sidecarOnDisk(): Sidecar | undefined {
  try {
    return JSON.parse(readFileSync(path.join(workbench().workspaceFolder, 'samples', `${ARTICLE}.claims.json`), 'utf8')) as Sidecar;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

async function waitForSidecar(what: string, accept: (sidecar: Sidecar) => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let sidecar = sidecarOnDisk(); !sidecar || !accept(sidecar); sidecar = sidecarOnDisk()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for the sidecar to show ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Moves the panel's keyboard focus to the claim row showing `label` without running its click action: a right
 * click puts the focus on the row and Escape closes the menu. The panel's selection stays where the editor's
 * cursor put it, so the keys are shown to act on the focused row, as the arrow keys leave it.
 */
async function focusClaimRow(page: Page, label: string): Promise<void> {
  await showClaimsPanel(page);
  const row = claimsPane(page).locator('.monaco-list-row[aria-level="2"]', { hasText: label }).first();
  await row.click({ button: 'right' });
  await page.locator('.context-view .action-label').first().waitFor();
  await page.keyboard.press('Escape');
  await claimsPane(page).locator('.monaco-list-row.focused', { hasText: label }).waitFor();
}

describe('the Claims panel’s keys in the workbench', function () {
  // Each step goes through the real UI of a slow, shared machine.
  this.timeout(180_000);

  it('selects the focused claim in the article when Enter is pressed in the panel', async () => {
    const { page } = workbench();
    let length = 0;
    await waitForSidecar('the rated claim (fixture)', (s) => {
      const rated = claimQuoting(s, RATED_CLAIM.quote);
      length = rated ? rated.target.end - rated.target.start : 0;
      return rated !== undefined;
    });
    await openWithQuickOpen(page, ARTICLE);
    await focusClaimRow(page, RATED_CLAIM.label);
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: `(${length} selected)` }).waitFor({ timeout: 30_000 });
  });

  it('selects the claim the editor’s cursor moves into in the panel', async () => {
    const { page } = workbench();
    const selectedRow = claimsPane(page).locator('.monaco-list-row.selected');
    await selectedRow.filter({ hasText: RATED_CLAIM.label }).waitFor();
    // The focus is in the editor after Enter; Go to Next Claim selects the following claim, whose end touches others.
    await page.keyboard.press('Control+Alt+BracketRight');
    await selectedRow.filter({ hasText: NESTED_CLAIM_LABEL }).waitFor({ timeout: 30_000 });
    // Away from the panel, whose row tooltip would otherwise cover the selection in the screenshot.
    const editorArea = await page.locator('.part.editor').boundingBox();
    if (editorArea) await page.mouse.move(editorArea.x + editorArea.width / 2, editorArea.y + editorArea.height - 40);
    await screenshot('claimlens-panel-follows-cursor');
  });

  it('deletes the focused claim, after asking, when Delete is pressed in the panel', async () => {
    const { page } = workbench();
    let doubtedId = '';
    await waitForSidecar('the doubted claim (fixture)', (s) => {
      doubtedId = claimQuoting(s, DOUBTED_CLAIM.quote)?.id ?? '';
      return doubtedId !== '';
    });
    await focusClaimRow(page, DOUBTED_CLAIM.label);
    await page.keyboard.press('Delete');
    // The claim carries a rating, so the delete command asks first, as it does from the editor.
    await page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Delete' }).click({ timeout: 30_000 });
    await waitForSidecar(
      'the doubted claim deleted and the rest kept',
      (s) => !s.claims.some((c) => c.id === doubtedId) && claimQuoting(s, RATED_CLAIM.quote) !== undefined,
    );
  });
});
