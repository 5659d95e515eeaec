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
  /** The same edit in the same text, in a file ClaimLens leaves alone. */
  baseline: Spread;
  store: Spread;
  paint: Spread;
  /** Extension-host CPU time per edit, with ClaimLens and for the baseline edit. */
  cpu: Spread;
  baselineCpu: Spread;
}

interface EditorBench {
  bytes: number;
  claims: number;
  /** The opens are measured this many times, side by side; the open figures are their medians. */
  openRounds: number;
  /** VS Code alone opening the text beside the first editor, as the article opens (a second editor group). */
  openBesideMs: number;
  /** Each round's open → every claim highlighted, over VS Code alone's open beside the first editor in the same round. */
  fullPaintRatios: number[];
  openBaselineMs: number;
  /** Extension-host CPU time while opening: the .log file, and the article until every claim is highlighted. */
  openBaselineCpuMs: number;
  openCpuMs: number;
  openMs: number;
  /** Opening the same text as an article with `claimlens.detectOnOpen` off. */
  openUndetectedMs: number;
  /** Extension-host CPU time of that open, and each round's open with detection off over VS Code alone's open beside the first editor. */
  openUndetectedCpuMs: number;
  undetectedRatios: number[];
  /** Open → every claim highlighted with the detector on the extension host (`claimlens.detectInWorker` off), its host CPU, and per round over the beside open. */
  onHostFullPaintMs: number;
  onHostCpuMs: number;
  onHostFullPaintRatios: number[];
  /** The extension host's thread busy reading and merging, and its longest step: the article (worker), the copy read on the host. */
  busyMs: number;
  longestStepMs: number;
  onHostBusyMs: number;
  onHostLongestStepMs: number;
  firstPaintMs: number;
  fullPaintMs: number;
  /** Open → every claim highlighted in each round; the first is the worker thread's first article (warmed up at activation). */
  fullPaintRoundsMs: number[];
  /** Open → the detector's reading started, and → its last merge (medians). */
  readingStartMs: number;
  readingDoneMs: number;
  /** Last merge → every claim highlighted (median). */
  paintAfterReadingMs: number;
  /** The store's last announcement → every claim highlighted (median): the highlighter's share of that tail. */
  paintAfterAnnouncedMs: number;
  /** Opened as the user opens a file (`vscode.open`: the tab first, the document later): VS Code alone beside the first editor, and the article → every claim highlighted. */
  asUserBesideMs: number;
  asUserFullPaintMs: number;
  asUserFullPaintRatios: number[];
  asUserFullPaintRoundsMs: number[];
  /** Each round, the article opened as the user does until VS Code showed it, over VS Code alone's open the same way. */
  asUserShownRatios: number[];
  /** Open → the tab reported, → the document read (medians), and per round the characters read from disk before the document came. */
  asUserTabMs: number;
  asUserReadingStartMs: number;
  asUserReadAhead: number[];
  /** Open as the user does → the reading's last merge, and that merge → every claim highlighted (medians). */
  asUserReadingDoneMs: number;
  asUserPaintAfterReadingMs: number;
  editAtStartMs: EditSpread;
  editInMiddleMs: EditSpread;
  edits: number;
  /** Confirm All Suggestions: until the confirmed claims are announced, and until the sidecar is written. */
  confirmAll: { claims: number; ms: number; savedMs: number; cpuMs: number };
}

const ms = (n: number): string => `${n.toFixed(1)} ms`;
const spread = (s: Spread): string => `median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)}`;

export async function run(): Promise<void> {
  const result = runBenchInVsCode<EditorBench>('CLAIMLENS_EDITOR_BENCH_FILE', 'editor benchmark');
  console.log(`article: ${(result.bytes / 1e6).toFixed(2)} MB, ${result.claims} claims highlighted`);
  console.log('  (no editor of the run wraps long lines: claimlens.editor.wrapArticles is off for the article, as the .log file does not wrap)');
  console.log(`  (open figures: medians of ${result.openRounds} rounds, each opening the .log file, then beside it the article with detection off, a copy of the .log file and the article)`);
  console.log('  (and, before the article, a copy of it read with the detector on the extension host; the article itself is read in the detection worker thread, claimlens.detectInWorker)');
  console.log(`open, VS Code alone (the same text as a .log file): ${ms(result.openBaselineMs)}`);
  console.log(`open, VS Code alone, beside the first editor as the article opens: ${ms(result.openBesideMs)}`);
  console.log(`open the article: ${ms(result.openMs)} (${(result.openMs / result.openBaselineMs).toFixed(2)}× VS Code alone)`);
  console.log(`open the article with detection off: ${ms(result.openUndetectedMs)}`);
  console.log(`  each round, over VS Code alone's open beside the first editor in that round (like with like: both open in the second group): ${result.undetectedRatios.map((r) => `${r.toFixed(2)}×`).join(', ')}`);
  console.log(`  extension-host CPU: ${ms(result.openUndetectedCpuMs)}`);
  console.log(`open → first claims highlighted (the part on screen): ${ms(result.firstPaintMs)}`);
  console.log(`  of which after VS Code showed the editor (ClaimLens' share): ${ms(result.firstPaintMs - result.openMs)}`);
  console.log(`open → every claim highlighted (background reading done): ${ms(result.fullPaintMs)}`);
  console.log(`  each round, over VS Code alone's open beside the first editor in that round: ${result.fullPaintRatios.map((r) => `${r.toFixed(2)}×`).join(', ')}`);
  console.log(`  extension-host CPU: ${ms(result.openCpuMs)} (VS Code alone opening the .log file: ${ms(result.openBaselineCpuMs)})`);
  console.log(`  each round, open → every claim highlighted: ${result.fullPaintRoundsMs.map(ms).join(', ')} (the first round is the worker thread's first article)`);
  console.log(`  the reading: started ${ms(result.readingStartMs)} after the open began, last merge at ${ms(result.readingDoneMs)}, painted ${ms(result.paintAfterReadingMs)} after it (medians)`);
  console.log(`    of which from the store's announcement to the paint (the highlighter: plan and setDecorations): ${ms(result.paintAfterAnnouncedMs)}`);
  console.log(`open → every claim highlighted, the detector on the extension host (detectInWorker off): ${ms(result.onHostFullPaintMs)}`);
  console.log(`  each round, over VS Code alone's open beside the first editor in that round: ${result.onHostFullPaintRatios.map((r) => `${r.toFixed(2)}×`).join(', ')}`);
  console.log(`  extension-host CPU: ${ms(result.onHostCpuMs)}`);
  console.log(`open as the user does (vscode.open: Explorer, Quick Open), VS Code alone beside the first editor: ${ms(result.asUserBesideMs)}`);
  console.log(`open as the user does → every claim highlighted: ${ms(result.asUserFullPaintMs)}`);
  console.log(`  each round, over VS Code alone's open as the user does beside the first editor in that round: ${result.asUserFullPaintRatios.map((r) => `${r.toFixed(2)}×`).join(', ')}`);
  console.log(`  each round, open → every claim highlighted: ${result.asUserFullPaintRoundsMs.map(ms).join(', ')}`);
  console.log(`  each round, the article shown (the open command returned), over VS Code alone's open as the user does: ${result.asUserShownRatios.map((r) => `${r.toFixed(2)}×`).join(', ')}`);
  console.log(`  the tab reported ${ms(result.asUserTabMs)} after the open began, the reading started at ${ms(result.asUserReadingStartMs)} (medians); characters read from disk before the document came, each round: ${result.asUserReadAhead.join(', ')}`);
  console.log(`  the reading's last merge at ${ms(result.asUserReadingDoneMs)}, painted ${ms(result.asUserPaintAfterReadingMs)} after it (medians)`);
  console.log(`extension host's thread busy reading and merging the article: ${ms(result.busyMs)}, longest step ${ms(result.longestStepMs)} (the detector on the host: ${ms(result.onHostBusyMs)}, longest step ${ms(result.onHostLongestStepMs)})`);
  console.log('  (extension-host CPU above counts every thread of the process, the worker thread too)');
  for (const [where, times] of [['at the start (every claim shifts)', result.editAtStartMs], ['in the middle', result.editInMiddleMs]] as const) {
    console.log(`edit ${where}, VS Code alone (.log file), ${result.edits} edits: ${spread(times.baseline)}`);
    const ratio = (times.total.median / times.baseline.median).toFixed(2);
    console.log(`edit ${where} → re-highlighted: ${spread(times.total)} (median ${ratio}× VS Code alone)`);
    console.log(`  of which the store follows the edit: ${spread(times.store)}`);
    console.log(`  of which the highlighter repaints: ${spread(times.paint)}`);
    console.log(`  extension-host CPU per edit: ${spread(times.cpu)} (VS Code alone: ${spread(times.baselineCpu)})`);
  }
  const { confirmAll } = result;
  console.log(`confirm all suggestions (${confirmAll.claims} claims): ${ms(confirmAll.ms)}`);
  console.log(`  until the sidecar is written: ${ms(confirmAll.savedMs)}; extension-host CPU ${ms(confirmAll.cpuMs)}`);
}
