// Specification of the real UI: a reader finds an article with Quick Open and it opens in an editor tab.
import { screenshot, workbench } from './support/workbench';

describe('the workbench in Chromium', () => {
  it('opens an article chosen in Quick Open in an active editor tab', async () => {
    const { page } = workbench();
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('briefing.md');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'briefing.md' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: 'briefing.md' }).waitFor({ state: 'visible' });
    await screenshot('quick-open-briefing');
  });
});
