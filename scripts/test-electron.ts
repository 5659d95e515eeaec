// `npm run test:electron`: the same test/vscode suites in desktop VS Code through @vscode/test-electron, which
// downloads VS Code on first use. Where only the npm registry is reachable that download fails: this script then
// says so and points to `npm run test:vscode`, which needs no download from Microsoft.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import { GREP_ENV } from '../test/runner/results';
import { cacheDir, repoRoot } from './lib/provision';
import { buildTestRunner, runnerBundle } from './lib/test-runner';
import { makeTestWorkspace } from './lib/test-workspace';
import { buildBundles } from './lib/vsix';

async function main(): Promise<number> {
  await buildBundles();
  await buildTestRunner();
  const runDir = mkdtempSync(path.join(tmpdir(), 'claimlens-electron-'));
  try {
    await runTests({
      version: process.env.CLAIMLENS_VSCODE_VERSION ?? 'stable',
      cachePath: path.join(cacheDir(), 'electron'),
      timeout: 30_000,
      extensionDevelopmentPath: repoRoot,
      // The runner bundle exports `run()`, the extensionTestsPath contract.
      extensionTestsPath: runnerBundle,
      extensionTestsEnv: { [GREP_ENV]: process.env[GREP_ENV] },
      launchArgs: [
        makeTestWorkspace(runDir),
        '--user-data-dir', path.join(runDir, 'user-data'),
        '--extensions-dir', path.join(runDir, 'extensions'),
        '--disable-workspace-trust',
      ],
    });
    return 0;
  } catch (err) {
    if (err instanceof TestRunFailedError) return 1;
    console.error(
      `\n@vscode/test-electron could not download or start VS Code: ${err instanceof Error ? err.message : String(err)}\n` +
        'It fetches VS Code from Microsoft on first use (cached in .vscode-test/electron) and needs a display\n' +
        '(run it under xvfb-run on a headless Linux machine). Where only the npm registry is reachable, run\n' +
        '`npm run test:vscode` instead: the same suites in code-server, installed from npm.',
    );
    return 1;
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  },
);
