// The results a test-runner writes for the harness: one outcome per test, shared by the runner extension and scripts.

/** Names the results file; when set, the test-runner extension runs the suites as soon as the workbench starts. */
export const RESULTS_FILE_ENV = 'CLAIMLENS_TEST_RESULTS';
/** Optional mocha `grep` pattern to run only matching tests. */
export const GREP_ENV = 'CLAIMLENS_TEST_GREP';

export interface TestOutcome {
  /** Full title: describe blocks and test name joined by spaces. */
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  /** Message and stack of a failure. */
  error?: string;
}

export interface TestRunResults {
  passed: number;
  failed: number;
  pending: number;
  tests: TestOutcome[];
}

/** Progress is appended to this file one JSON `TestOutcome` a line, so a watcher can print tests as they finish. */
export function progressFileOf(resultsFile: string): string {
  return `${resultsFile}.progress.jsonl`;
}

export function tally(tests: TestOutcome[]): TestRunResults {
  const count = (state: TestOutcome['state']): number => tests.filter((t) => t.state === state).length;
  return { passed: count('passed'), failed: count('failed'), pending: count('pending'), tests };
}

/** The one-line form of an outcome the harness and the electron runner print. */
export function formatOutcome(outcome: TestOutcome): string {
  const mark = { passed: '✓', failed: '✗', pending: '-' }[outcome.state];
  const time = outcome.durationMs === undefined ? '' : ` (${outcome.durationMs} ms)`;
  return `  ${mark} ${outcome.title}${time}`;
}
