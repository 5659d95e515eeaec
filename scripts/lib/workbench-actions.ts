// What a person does in the workbench, scripted with playwright: open files, wait for extensions, open the Claims panel.
import type { Page } from 'playwright-core';

/** Waits until `fileName` is the active editor tab and its text is on screen (the tab shows before the text loads). */
async function waitForActiveEditor(page: Page, fileName: string, timeoutMs: number): Promise<void> {
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.part.editor .monaco-editor .view-lines .view-line').first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Opens `fileName` with Quick Open (Ctrl+P), which searches the workspace, and waits for its editor. */
export async function openWithQuickOpen(page: Page, fileName: string, timeoutMs = 60_000): Promise<void> {
  // Keyboard shortcuts reach the workbench only once it has focus.
  await page.locator('.monaco-workbench .part.editor').click({ timeout: timeoutMs });
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await waitForActiveEditor(page, fileName, timeoutMs);
}

/** Opens a top-level `fileName` by clicking it in the Explorer (shown at startup) and waits for its editor. */
export async function openFromExplorer(page: Page, fileName: string, timeoutMs = 60_000): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().click({ timeout: timeoutMs });
  await waitForActiveEditor(page, fileName, timeoutMs);
}

/** Waits until the status bar no longer says that extensions are being activated. */
export async function waitForExtensionsActivated(page: Page, timeoutMs = 30_000): Promise<void> {
  await page
    .locator('.statusbar', { hasText: 'Activating Extensions' })
    .waitFor({ state: 'detached', timeout: timeoutMs });
}

/** Waits for ClaimLens's status-bar item (shown once it has read the active article) and clicks it to open the Claims panel. */
export async function showClaimsPanel(page: Page, timeoutMs = 60_000): Promise<void> {
  const status = page.locator('.statusbar').getByRole('button', { name: /^ClaimLens:/ });
  await status.waitFor({ state: 'visible', timeout: timeoutMs });
  await status.click();
  await page.locator('.part.sidebar .title-label', { hasText: 'ClaimLens' }).waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Runs a command by its title from the Command Palette (F1), as a person would. */
export async function runCommand(page: Page, title: string, timeoutMs = 60_000): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
}

/**
 * Chooses `label` in the open context menu. VS Code ignores a click that reaches a menu still fading in (a guard
 * against the opening right click's mouse-up choosing an item), so the click is repeated until the menu closes.
 */
export async function chooseFromContextMenu(page: Page, label: string, timeoutMs = 60_000): Promise<void> {
  const menu = page.locator('.context-view .monaco-menu');
  const item = page.locator('.context-view .action-label', { hasText: label });
  await item.waitFor({ state: 'visible', timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  while ((await menu.count()) > 0) {
    if (Date.now() > deadline) throw new Error(`the context menu stayed open after choosing '${label}'`);
    await item.click({ timeout: 5_000 }).catch(() => undefined);
    await menu.waitFor({ state: 'detached', timeout: 1_000 }).catch(() => undefined);
  }
}
