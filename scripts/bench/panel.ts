// Claims panel benchmark: in a real VS Code (the test:vscode harness), the panel of a 1 MB article with about
// 10,000 claims; the measuring suite is test/vscode/ui-panel-bench.test.ts.
import { runBenchInVsCode } from '../lib/vscode-bench';

interface Grouping {
  groups: number;
  largest: number;
  groupMs: number;
  largestRowsMs: number;
}

interface PanelBench {
  bytes: number;
  claims: number;
  groupings: Record<string, Grouping>;
  lookups: number;
  lookupMs: number;
  follow: Record<string, { moves: number; firstMs: number; medianMs: number; maxMs: number; medianCpuMs: number }>;
}

const ms = (n: number): string => `${n.toFixed(1)} ms`;

export async function run(): Promise<void> {
  const result = runBenchInVsCode<PanelBench>('CLAIMLENS_PANEL_BENCH_FILE', 'panel benchmark');
  console.log(`article: ${(result.bytes / 1e6).toFixed(2)} MB, ${result.claims} claims`);
  for (const [by, g] of Object.entries(result.groupings)) {
    console.log(`by ${by}: ${g.groups} groups in ${ms(g.groupMs)}; largest group ${g.largest} rows built in ${ms(g.largestRowsMs)}`);
  }
  console.log(`claim under the cursor: ${result.lookups} lookups in ${ms(result.lookupMs)}`);
  for (const [by, f] of Object.entries(result.follow)) {
    console.log(
      `cursor moved into a claim → selected in the panel grouped by ${by} (100 ms debounce included), ${f.moves} moves: first ${ms(f.firstMs)}, then median ${ms(f.medianMs)}, max ${ms(f.maxMs)}; extension-host CPU median ${ms(f.medianCpuMs)} per move`,
    );
  }
}
