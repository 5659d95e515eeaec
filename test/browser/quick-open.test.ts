// Specification of the real UI: a reader finds an article with Quick Open and it opens in an editor tab.
import * as assert from 'node:assert/strict';
import { openWithQuickOpen } from '../../scripts/lib/workbench-actions';
import { screenshot, workbench } from './support/workbench';

describe('the workbench in Chromium', () => {
  it('opens an article chosen in Quick Open in an active editor tab', async () => {
    const { page } = workbench();
    await openWithQuickOpen(page, 'briefing.md');
    const activeTabs = page.locator('.tabs-container .tab.active');
    assert.equal(await activeTabs.count(), 1);
    assert.match((await activeTabs.textContent()) ?? '', /briefing\.md/);
    await screenshot('quick-open-briefing');
  });
});
