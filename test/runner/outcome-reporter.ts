// A mocha reporter that turns each finished test (or failed hook) into a TestOutcome; the caller decides what to do with it.
import Mocha from 'mocha';
import type { TestOutcome } from './results';

export function errorText(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

/** A reporter class for `mocha.reporter(…)` that hands every outcome to `record`. */
export function outcomeReporter(record: (outcome: TestOutcome) => void): Mocha.ReporterConstructor {
  const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;
  return class OutcomeReporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      runner.on(EVENT_TEST_PASS, (test: Mocha.Test) =>
        record({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }),
      );
      runner.on(EVENT_TEST_FAIL, (test: Mocha.Runnable, err: unknown) =>
        record({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: errorText(err) }),
      );
      runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => record({ title: test.fullTitle(), state: 'pending' }));
    }
  };
}
