// Runs the browser-level specs (test/browser/**/*.test.ts) with mocha in this Node process against a live workbench page.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { BROWSER_WORKBENCH_KEY, type BrowserWorkbench } from '../../test/browser/support/workbench';
import { outcomeReporter } from '../../test/runner/outcome-reporter';
import { tally, type TestOutcome, type TestRunResults } from '../../test/runner/results';
import { repoRoot } from './provision';

const specsRoot = path.join(repoRoot, 'test', 'browser');

export function browserSpecFiles(): string[] {
  return readdirSync(specsRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => path.join(specsRoot, file))
    .sort();
}

/**
 * After each spec: a modal dialog left open would block every later spec (its dimmed layer takes every click), so it is
 * reported as a failure of its own, naming the spec it followed and the dialog's text, saved as a screenshot, and
 * dismissed with Escape so that the later specs still say something.
 */
function dialogGuard(workbench: BrowserWorkbench, record: (outcome: TestOutcome) => void): (this: Mocha.Context) => Promise<void> {
  let count = 0;
  return async function (this: Mocha.Context) {
    const { page, screenshotDir } = workbench;
    const dialog = page.locator('.monaco-dialog-box');
    if ((await dialog.count()) === 0) return;
    const text = await dialog.first().innerText().catch(() => '(unreadable)');
    const file = path.join(screenshotDir, `dialog-left-open-${++count}.png`);
    await page.screenshot({ path: file }).catch(() => undefined);
    const after = this.currentTest?.fullTitle() ?? '(unknown spec)';
    record({ title: `no dialog is left open after “${after}”`, state: 'failed', error: `a modal dialog was open: ${text.replace(/\s+/g, ' ')} (screenshot ${file}); dismissed with Escape` });
    for (let tries = 0; tries < 5 && (await dialog.count()) > 0; tries++) {
      await page.keyboard.press('Escape');
      await dialog.first().waitFor({ state: 'detached', timeout: 2_000 }).catch(() => undefined);
    }
  };
}

export async function runBrowserSpecs(
  workbench: BrowserWorkbench,
  options: { grep?: string; onOutcome(outcome: TestOutcome): void },
): Promise<TestRunResults> {
  const outcomes: TestOutcome[] = [];
  (globalThis as Record<symbol, BrowserWorkbench | undefined>)[BROWSER_WORKBENCH_KEY] = workbench;
  const record = (outcome: TestOutcome): void => {
    outcomes.push(outcome);
    options.onOutcome(outcome);
  };
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, rootHooks: { afterEach: dialogGuard(workbench, record) } });
  if (options.grep) mocha.grep(options.grep);
  mocha.reporter(
    outcomeReporter(record),
  );
  for (const file of browserSpecFiles()) mocha.addFile(file);
  // The specs are TypeScript; this script runs under tsx, whose require hook compiles them.
  await mocha.loadFilesAsync();
  await new Promise<void>((resolve) => mocha.run(() => resolve()));
  mocha.dispose();
  return tally(outcomes);
}
