// What a person does in the workbench, scripted with playwright: open a file through Quick Open, wait for extensions.
import type { Page } from 'playwright-core';

/** Opens `fileName` with Quick Open (Ctrl+P) and waits until it is the active tab with its text on screen. */
export async function openWithQuickOpen(page: Page, fileName: string, timeoutMs = 30_000): Promise<void> {
  // Keyboard shortcuts reach the workbench only once it has focus.
  await page.locator('.monaco-workbench .part.editor').click({ timeout: timeoutMs });
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ state: 'visible', timeout: timeoutMs });
  // The tab shows before the text model has loaded; wait until the editor has rendered lines of text.
  await page.locator('.part.editor .monaco-editor .view-lines .view-line').first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Waits until the status bar no longer says that extensions are being activated. */
export async function waitForExtensionsActivated(page: Page, timeoutMs = 30_000): Promise<void> {
  await page
    .locator('.statusbar', { hasText: 'Activating Extensions' })
    .waitFor({ state: 'detached', timeout: timeoutMs });
}
