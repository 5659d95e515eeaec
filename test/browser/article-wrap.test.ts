// Specification of reading comfort in the real workbench: article editors wrap long paragraphs, other files keep the user's setting.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openWithQuickOpen } from '../../scripts/lib/workbench-actions';
import { screenshot, workbench } from './support/workbench';

// fixtures/reading/ holds one paragraph of 40 sentences on one line, as news articles are often saved, in an
// article (.txt) and in a log file: far wider than any editor. Fixtures, not files written by the spec, because
// Quick Open may not list a file created a moment ago.

/** The rows the active editor draws: one per screen line, so a wrapped paragraph takes several. */
function screenLines(page: Page) {
  return page.locator('.part.editor .editor-group-container.active .monaco-editor .view-lines .view-line');
}

async function waitForScreenLines(page: Page, enough: (count: number) => boolean, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const count = await screenLines(page).count();
    if (enough(count) || Date.now() > deadline) return count;
    await page.waitForTimeout(100);
  }
}

describe('reading comfort in the workbench', function () {
  this.timeout(120_000);

  it('wraps a long paragraph of a plain-text article in its editor', async () => {
    const { page } = workbench();
    await openWithQuickOpen(page, 'wrap-long-paragraph.txt');
    const count = await waitForScreenLines(page, (n) => n >= 5);
    assert.ok(count >= 5, `the paragraph takes ${count} screen lines`);
    await screenshot('article-wrap');
  });

  it('leaves a long line of a file that is no article unwrapped, as the user’s settings say', async () => {
    const { page } = workbench();
    await openWithQuickOpen(page, 'wrap-long-line.log');
    await page.locator('.part.editor .editor-group-container.active .view-line', { hasText: 'bridge number 0' }).waitFor({ timeout: 30_000 });
    assert.equal(await waitForScreenLines(page, (n) => n >= 1), 2, 'the line and the empty last line');
  });
});
