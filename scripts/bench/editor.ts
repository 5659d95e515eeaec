// Editor benchmark: in a real VS Code (the test:vscode harness), a 1 MB article from open to highlighted, and an
// edit until it is re-highlighted; the measuring suite is test/vscode/ui-editor-bench.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

interface Spread {
  median: number;
  p95: number;
  max: number;
}

/** Edit → re-highlighted, split into the store following the edit and the highlighter painting it. */
interface EditSpread {
  total: Spread;
  store: Spread;
  paint: Spread;
}

interface EditorBench {
  bytes: number;
  claims: number;
  openMs: number;
  editAtStartMs: EditSpread;
  editInMiddleMs: EditSpread;
  edits: number;
}

const ms = (n: number): string => `${n.toFixed(1)} ms`;
const spread = (s: Spread): string => `median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)}`;

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimlens-editor-bench-'));
  const resultsFile = path.join(dir, 'editor-bench.json');
  const repo = path.join(__dirname, '..', '..');
  const harness = spawnSync(process.execPath, [path.join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(repo, 'scripts', 'test-vscode.ts')], {
    cwd: repo,
    env: { ...process.env, CLAIMLENS_EDITOR_BENCH_FILE: resultsFile, CLAIMLENS_TEST_GREP: 'editor benchmark' },
    encoding: 'utf8',
  });
  if (!existsSync(resultsFile)) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`the editor benchmark did not finish in VS Code:\n${harness.stdout.slice(-3000)}\n${harness.stderr.slice(-2000)}`);
  }
  const result = JSON.parse(readFileSync(resultsFile, 'utf8')) as EditorBench;
  rmSync(dir, { recursive: true, force: true });
  console.log(`article: ${(result.bytes / 1e6).toFixed(2)} MB, ${result.claims} claims highlighted`);
  console.log(`open → highlighted (load, detect, paint): ${ms(result.openMs)}`);
  for (const [where, times] of [['at the start (every claim shifts)', result.editAtStartMs], ['in the middle', result.editInMiddleMs]] as const) {
    console.log(`edit ${where} → re-highlighted, ${result.edits} edits: ${spread(times.total)}`);
    console.log(`  of which the store follows the edit: ${spread(times.store)}`);
    console.log(`  of which the highlighter repaints: ${spread(times.paint)}`);
  }
}
