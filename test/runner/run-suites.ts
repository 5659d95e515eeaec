// Runs the bundled test/vscode suites with mocha inside the extension host and collects one outcome per test.
import Mocha from 'mocha';
import { suites } from 'claimlens:vscode-suites';
import { errorText, outcomeReporter } from './outcome-reporter';
import { tally, type TestOutcome, type TestRunResults } from './results';

export interface RunSuitesOptions {
  grep?: string;
  /** Called as each test finishes. */
  onOutcome(outcome: TestOutcome): void;
}

export function runSuites(options: RunSuitesOptions): Promise<TestRunResults> {
  const outcomes: TestOutcome[] = [];
  const record = (outcome: TestOutcome): void => {
    outcomes.push(outcome);
    options.onOutcome(outcome);
  };
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false });
  if (options.grep) mocha.grep(options.grep);
  mocha.reporter(outcomeReporter(record));
  // Registers each bundled suite the way `mocha.loadFiles` does for files on disk.
  for (const suite of suites) {
    mocha.suite.emit('pre-require', globalThis, suite.file, mocha);
    try {
      suite.load();
    } catch (err) {
      record({ title: `load ${suite.file}`, state: 'failed', error: errorText(err) });
    }
    mocha.suite.emit('require', undefined, suite.file, mocha);
    mocha.suite.emit('post-require', globalThis, suite.file, mocha);
  }
  return new Promise((resolve) => {
    mocha.run(() => resolve(tally(outcomes)));
  });
}
