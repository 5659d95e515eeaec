// Editor benchmark: in a real VS Code (the test:vscode harness), a 1 MB article from open to highlighted, and an
// edit until it is re-highlighted; the measuring suite is test/vscode/ui-editor-bench.test.ts.
import { runBenchInVsCode } from '../lib/vscode-bench';

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
  const result = runBenchInVsCode<EditorBench>('CLAIMLENS_EDITOR_BENCH_FILE', 'editor benchmark');
  console.log(`article: ${(result.bytes / 1e6).toFixed(2)} MB, ${result.claims} claims highlighted`);
  console.log(`open → highlighted (load, detect, paint): ${ms(result.openMs)}`);
  for (const [where, times] of [['at the start (every claim shifts)', result.editAtStartMs], ['in the middle', result.editInMiddleMs]] as const) {
    console.log(`edit ${where} → re-highlighted, ${result.edits} edits: ${spread(times.total)}`);
    console.log(`  of which the store follows the edit: ${spread(times.store)}`);
    console.log(`  of which the highlighter repaints: ${spread(times.paint)}`);
  }
}
