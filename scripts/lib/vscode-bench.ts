// Runs one benchmark suite of test/vscode inside the real VS Code (the test:vscode harness) and returns what it measured.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/**
 * The suite registers itself only when the environment variable `resultsEnv` names a results file, and writes its
 * figures there as JSON; `grep` selects it, so no other suite runs.
 */
export function runBenchInVsCode<T>(resultsEnv: string, grep: string): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimlens-vscode-bench-'));
  const resultsFile = path.join(dir, 'results.json');
  const repo = path.join(__dirname, '..', '..');
  try {
    const harness = spawnSync(process.execPath, [path.join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(repo, 'scripts', 'test-vscode.ts')], {
      cwd: repo,
      env: { ...process.env, [resultsEnv]: resultsFile, CLAIMLENS_TEST_GREP: grep },
      encoding: 'utf8',
    });
    if (!existsSync(resultsFile)) {
      throw new Error(`the ${grep} did not finish in VS Code:\n${harness.stdout.slice(-3000)}\n${harness.stderr.slice(-2000)}`);
    }
    return JSON.parse(readFileSync(resultsFile, 'utf8')) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
