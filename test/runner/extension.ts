// The test-runner extension (never shipped): runs the test/vscode suites inside a real VS Code and reports the results.
// Under code-server it runs at startup when RESULTS_FILE_ENV names a results file; under @vscode/test-electron,
// `run()` is the extensionTestsPath entry.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { runSuites } from './run-suites';
import { formatOutcome, GREP_ENV, progressFileOf, RESULTS_FILE_ENV, type TestRunResults } from './results';

async function runAndReport(resultsFile: string): Promise<void> {
  const progressFile = progressFileOf(resultsFile);
  writeFileSync(progressFile, '');
  let results: TestRunResults;
  try {
    results = await runSuites({
      grep: process.env[GREP_ENV],
      onOutcome: (outcome) => appendFileSync(progressFile, JSON.stringify(outcome) + '\n'),
    });
  } catch (err) {
    const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
    results = { passed: 0, failed: 1, pending: 0, tests: [{ title: 'running the suites', state: 'failed', error }] };
  }
  writeFileSync(resultsFile, JSON.stringify(results, null, 2));
}

export function activate(): void {
  const resultsFile = process.env[RESULTS_FILE_ENV];
  // A reloaded window starts a new extension host with the same environment: run only once.
  if (!resultsFile || existsSync(progressFileOf(resultsFile))) return;
  void runAndReport(resultsFile);
}

/** The @vscode/test-electron contract: resolve when all tests passed, reject otherwise. */
export async function run(): Promise<void> {
  const results = await runSuites({
    grep: process.env[GREP_ENV],
    onOutcome: (outcome) => console.log(formatOutcome(outcome)),
  });
  console.log(`vscode: ${results.passed} passed, ${results.failed} failed`);
  if (results.failed > 0) throw new Error(`${results.failed} test(s) failed in VS Code`);
}
