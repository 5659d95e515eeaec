// `npm run test:vscode`: runs the test/vscode suites inside a real VS Code (code-server + Chromium) and the
// browser-level specs against its workbench, then prints every test and `vscode: N passed, M failed`.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runBrowserSpecs } from './lib/browser-specs';
import { provision, ProvisionError, repoRoot } from './lib/provision';
import { packageLanguagePack } from './lib/language-pack';
import { packageTestRunner } from './lib/test-runner';
import { makeTestWorkspace } from './lib/test-workspace';
import { packageExtension } from './lib/vsix';
import {
  extensionHostLogs,
  openWorkbench,
  startWorkbenchServer,
  waitFor,
  type OpenWorkbench,
  type WorkbenchServer,
} from './lib/workbench';
import {
  formatOutcome,
  GREP_ENV,
  progressFileOf,
  RESULTS_FILE_ENV,
  type TestOutcome,
  type TestRunResults,
} from '../test/runner/results';

/**
 * VS Code's display language for the run: `--locale es` (or CLAIMLENS_VSCODE_LOCALE=es) installs the test language
 * pack and, unless CLAIMLENS_TEST_GREP says otherwise, runs the display-language suite only; English when unset.
 */
const LOCALE_ENV = 'CLAIMLENS_VSCODE_LOCALE';
const localeFlag = process.argv.indexOf('--locale');
const locale = localeFlag >= 0 ? process.argv[localeFlag + 1] : process.env[LOCALE_ENV];
const grep = process.env[GREP_ENV] ?? (locale ? 'in the display language' : '');
/** Whole extension-host run, from workbench start to the results file; override with CLAIMLENS_VSCODE_TIMEOUT_MS. */
const SUITES_TIMEOUT_MS = Number(process.env.CLAIMLENS_VSCODE_TIMEOUT_MS ?? 10 * 60_000);
/** How long the test-runner extension may take to start after the workbench has rendered. */
const RUNNER_START_TIMEOUT_MS = 180_000;
const screenshotDir = path.join(repoRoot, 'test-results');

/** Prints outcomes as the runner appends them to its progress file, until the results file appears. */
async function collectSuiteResults(resultsFile: string, server: WorkbenchServer): Promise<TestRunResults> {
  const progressFile = progressFileOf(resultsFile);
  let printedLines = 0;
  const printProgress = (): void => {
    if (!existsSync(progressFile)) return;
    const lines = readFileSync(progressFile, 'utf8').split('\n').filter((line) => line !== '');
    for (const line of lines.slice(printedLines)) console.log(formatOutcome(JSON.parse(line) as TestOutcome));
    printedLines = lines.length;
  };
  let serverExit: string | undefined;
  void server.exited.then((how) => (serverExit = how));
  const checkServer = (): void => {
    if (serverExit !== undefined) throw new Error(`code-server stopped during the tests (${serverExit})`);
  };
  await waitFor(
    'the test-runner extension to start in the extension host',
    () => (checkServer(), existsSync(progressFile) ? true : undefined),
    RUNNER_START_TIMEOUT_MS,
  );
  await waitFor(
    'the suites to finish',
    () => (checkServer(), printProgress(), existsSync(resultsFile) ? true : undefined),
    SUITES_TIMEOUT_MS,
  );
  printProgress();
  return JSON.parse(readFileSync(resultsFile, 'utf8')) as TestRunResults;
}

function printFailures(failures: TestOutcome[]): void {
  console.log(`\n${failures.length} failing:`);
  failures.forEach((failure, index) => console.log(`\n  ${index + 1}) ${failure.title}\n${failure.error ?? ''}`));
}

function printLogs(server: WorkbenchServer): void {
  for (const log of extensionHostLogs(server.userDataDir)) {
    const text = readFileSync(log, 'utf8');
    if (text.trim() !== '') console.log(`\n--- extension host log: ${log}\n${text}`);
  }
  console.log(`\n--- code-server log: ${server.serverLog}\n${readFileSync(server.serverLog, 'utf8')}`);
}

async function main(): Promise<number> {
  const toolchain = await provision();
  const [vsix, runnerVsix] = [await packageExtension(), await packageTestRunner()];
  // VS Code only switches to a display language it has a language pack for.
  const languagePack = locale === 'es' ? [await packageLanguagePack()] : [];
  const runDir = mkdtempSync(path.join(tmpdir(), 'claimlens-vscode-'));
  const workspace = makeTestWorkspace(runDir);
  const resultsFile = path.join(runDir, 'results.json');
  mkdirSync(screenshotDir, { recursive: true });

  let server: WorkbenchServer | undefined;
  let open: OpenWorkbench | undefined;
  let stopping: Promise<void> | undefined;
  const shutdown = (): Promise<void> =>
    (stopping ??= (async () => {
      await open?.close();
      await server?.stop();
    })());
  // Not `once`: a second Ctrl+C while stopping must not kill this process before the server is gone.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => void shutdown().finally(() => process.exit(130)));
  }

  const failures: TestOutcome[] = [];
  let passed = 0;
  try {
    server = await startWorkbenchServer({
      toolchain,
      runDir,
      workspace,
      vsixes: [vsix, runnerVsix, ...languagePack],
      env: { [RESULTS_FILE_ENV]: resultsFile, [GREP_ENV]: grep },
      locale,
    });
    console.log(`\nReal VS Code (code-server) at ${server.url}\n\nextension host suites:`);
    open = await openWorkbench(server, toolchain);
    const suites = await collectSuiteResults(resultsFile, server);
    const workbenchShot = path.join(screenshotDir, 'vscode-workbench.png');
    await open.page.screenshot({ path: workbenchShot });
    console.log(`  extension host: ${suites.passed} passed, ${suites.failed} failed (screenshot: ${workbenchShot})`);

    console.log('\nbrowser specs:');
    const specs = await runBrowserSpecs(
      { page: open.page, workspaceFolder: workspace, screenshotDir, toolchain },
      { grep: grep || undefined, onOutcome: (outcome) => console.log(formatOutcome(outcome)) },
    );
    console.log(`  browser: ${specs.passed} passed, ${specs.failed} failed`);

    passed = suites.passed + specs.passed;
    failures.push(...[...suites.tests, ...specs.tests].filter((t) => t.state === 'failed'));
  } catch (err) {
    failures.push({ title: 'the real-VS-Code harness', state: 'failed', error: err instanceof Error ? err.stack : String(err) });
  }

  if (failures.length > 0) {
    printFailures(failures);
    if (open && open.pageErrors.length > 0) console.log(`\n--- workbench page errors\n${open.pageErrors.join('\n')}`);
    if (server) printLogs(server);
  }
  await shutdown();
  if (failures.length === 0) rmSync(runDir, { recursive: true, force: true });
  else console.log(`\nRun folder kept for inspection: ${runDir}`);
  console.log(`\nvscode: ${passed} passed, ${failures.length} failed`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err instanceof ProvisionError ? err.message : err instanceof Error ? err.stack : err);
    console.log('\nvscode: 0 passed, 1 failed');
    process.exitCode = 1;
  },
);
