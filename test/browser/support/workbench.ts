// Gives browser-level specs the running workbench: its playwright page, the workspace folder, and screenshots.
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Toolchain } from '../../../scripts/lib/provision';

export interface BrowserWorkbench {
  /** The workbench page in Chromium, already rendered, with the test workspace open. */
  page: Page;
  /** The fresh copy of the test workspace on disk (samples/ and fixtures/). */
  workspaceFolder: string;
  /** Where screenshots go (git-ignored test-results/). */
  screenshotDir: string;
  /** Node 24, code-server and Chromium, for specs that start a workbench of their own (the web extension's). */
  toolchain: Toolchain;
}

/** The harness publishes the workbench under this global key before it loads the specs. */
export const BROWSER_WORKBENCH_KEY = Symbol.for('claimlens.browserWorkbench');

export function workbench(): BrowserWorkbench {
  const published = (globalThis as Record<symbol, BrowserWorkbench | undefined>)[BROWSER_WORKBENCH_KEY];
  if (!published) throw new Error('browser specs need a running workbench: run them with `npm run test:vscode`');
  return published;
}

/** Saves a screenshot of the whole workbench as test-results/<name>.png and returns its path. */
export async function screenshot(name: string): Promise<string> {
  const { page, screenshotDir } = workbench();
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The Claims view's pane in the ClaimLens side bar (its rows are `.monaco-list-row`). */
export function claimsPane(page: Page): Locator {
  return page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Claims' }) });
}
