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

export async function runBrowserSpecs(
  workbench: BrowserWorkbench,
  options: { grep?: string; onOutcome(outcome: TestOutcome): void },
): Promise<TestRunResults> {
  const outcomes: TestOutcome[] = [];
  (globalThis as Record<symbol, BrowserWorkbench | undefined>)[BROWSER_WORKBENCH_KEY] = workbench;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  if (options.grep) mocha.grep(options.grep);
  mocha.reporter(
    outcomeReporter((outcome) => {
      outcomes.push(outcome);
      options.onOutcome(outcome);
    }),
  );
  for (const file of browserSpecFiles()) mocha.addFile(file);
  // The specs are TypeScript; this script runs under tsx, whose require hook compiles them.
  await mocha.loadFilesAsync();
  await new Promise<void>((resolve) => mocha.run(() => resolve()));
  mocha.dispose();
  return tally(outcomes);
}
