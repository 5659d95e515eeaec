// The editor benchmark run by `npm run bench` (scripts/bench/editor.ts) inside the real VS Code: opening a 1 MB
// article until it is highlighted, and edits until they are re-highlighted. Registered only when the benchmark
// names its results file, so the test run stays free of timing.
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ClaimLensInternals } from '../../src/extension/api';
import type { HighlightsPainted } from '../../src/extension/highlights/highlighter';
import { onlyMoved } from '../../src/core/session/types';
import { bigArticle } from './benchArticle';
import { freshFolder, writeText } from './storeFixtures';
import { waitUntil } from './support/wait';
import { claimLensApi } from './uiFixtures';

export const EDITOR_BENCH_FILE_ENV = 'CLAIMLENS_EDITOR_BENCH_FILE';
const EDITS = 30;

/**
 * Resolves with the time at which `uri` is painted for a version at least `version`, with at least one claim drawn;
 * with `complete`, only once the detector has read the whole article.
 */
function nextPaint(api: ClaimLensInternals, uri: vscode.Uri, version: number, complete = false): Promise<{ at: number; painted: HighlightsPainted }> {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no paint of version ${version} within 60 s`));
    }, 60_000);
    const listener = api.highlights.onDidPaint((painted) => {
      if (painted.articleUri.toString() !== uri.toString() || painted.version < version) return;
      if (painted.claimsDrawn === 0) return;
      if (complete && api.store.isDetecting(uri)) return;
      clearTimeout(timeout);
      listener.dispose();
      resolve({ at: performance.now(), painted });
    });
  });
}

/** CPU time the extension host (where ClaimLens runs) has used so far, in ms: unlike wall time, hardly swayed by other load on the machine. */
function hostCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function summary(samples: number[]): { median: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

/** Resolves with the time the store reports a change of `uri`: the annotations have followed the edit. */
function nextStoreChange(api: ClaimLensInternals, uri: vscode.Uri): Promise<number> {
  return new Promise((resolve) => {
    const listener = api.store.onDidChange(({ articleUri: changed }) => {
      if (changed.toString() !== uri.toString()) return;
      listener.dispose();
      resolve(performance.now());
    });
  });
}

interface EditTimes {
  /** Edit → re-highlighted. */
  total: number[];
  /** The same edit in the same text in a document ClaimLens does not handle: VS Code alone. */
  baseline: number[];
  /** Edit → the store has shifted the claims (anchoring, not the editor features). */
  store: number[];
  /** Store change → painted (the highlighter: plan, throttle, setDecorations). */
  paint: number[];
  /** Extension-host CPU time of the edit with ClaimLens, and of the baseline edit. */
  cpu: number[];
  baselineCpu: number[];
}

/** Edit → the change reported back to extensions, in an editor ClaimLens does not touch. */
async function timeBaselineEdit(editor: vscode.TextEditor, offset: number): Promise<number> {
  const document = editor.document;
  const reported = new Promise<number>((resolve) => {
    const listener = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== document) return;
      listener.dispose();
      resolve(performance.now());
    });
  });
  const start = performance.now();
  await editor.edit((edit) => edit.insert(document.positionAt(offset), 'x'), { undoStopBefore: false, undoStopAfter: false });
  return (await reported) - start;
}

async function timeEdits(
  api: ClaimLensInternals,
  editor: vscode.TextEditor,
  baseline: vscode.TextEditor,
  offsetOf: (document: vscode.TextDocument) => number,
): Promise<EditTimes> {
  const times: EditTimes = { total: [], baseline: [], store: [], paint: [], cpu: [], baselineCpu: [] };
  for (let i = 0; i < EDITS; i++) {
    const baselineCpu = hostCpuMs();
    times.baseline.push(await timeBaselineEdit(baseline, offsetOf(baseline.document)));
    times.baselineCpu.push(hostCpuMs() - baselineCpu);
    const cpu = hostCpuMs();
    const document = editor.document;
    const position = document.positionAt(offsetOf(document));
    const stored = nextStoreChange(api, document.uri);
    const painted = nextPaint(api, document.uri, document.version + 1);
    const start = performance.now();
    await editor.edit((edit) => edit.insert(position, 'x'), { undoStopBefore: false, undoStopAfter: false });
    const [storedAt, { at: paintedAt }] = await Promise.all([stored, painted]);
    times.total.push(paintedAt - start);
    times.store.push(storedAt - start);
    times.paint.push(paintedAt - storedAt);
    times.cpu.push(hostCpuMs() - cpu);
  }
  return times;
}

function summaries(times: EditTimes): Record<keyof EditTimes, ReturnType<typeof summary>> {
  return {
    total: summary(times.total),
    baseline: summary(times.baseline),
    store: summary(times.store),
    paint: summary(times.paint),
    cpu: summary(times.cpu),
    baselineCpu: summary(times.baselineCpu),
  };
}

/**
 * Confirm All Suggestions on the open article: the time until the store announces the confirmed claims (what the
 * panel and the highlights show), and until the command is done, the sidecar written.
 */
async function timeConfirmAll(api: ClaimLensInternals, editor: vscode.TextEditor): Promise<{ claims: number; ms: number; savedMs: number; cpuMs: number }> {
  const uri = editor.document.uri;
  await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  // Back to the saved text, so that the confirmed claims are written at once, as in an article the reader did not edit.
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitUntil('the article to be saved text again', () => !editor.document.isDirty);
  await api.store.whenIdle();
  const claims = api.store.get(uri)?.sidecar.claims.filter((c) => c.state === 'suggested' && !c.orphan).length ?? 0;
  const announced = new Promise<number>((resolve) => {
    const listener = api.store.onDidChange((change) => {
      if (change.articleUri.toString() !== uri.toString() || onlyMoved(change)) return;
      listener.dispose();
      resolve(performance.now());
    });
  });
  const cpu = hostCpuMs();
  const start = performance.now();
  await vscode.commands.executeCommand('claimlens.confirmAllSuggestions');
  const savedMs = performance.now() - start;
  const cpuMs = hostCpuMs() - cpu;
  return { claims, ms: (await announced) - start, savedMs, cpuMs };
}

/** Opens `uri` in the editor; resolves with the editor and the time the call took (VS Code's own share of opening). */
async function openTimed(uri: vscode.Uri, viewColumn: vscode.ViewColumn): Promise<{ editor: vscode.TextEditor; ms: number; start: number }> {
  const start = performance.now();
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false, viewColumn });
  return { editor, ms: performance.now() - start, start };
}

/**
 * Opens `uri` as the user does (the Explorer, Quick Open: `vscode.open`), not through `openTextDocument`: the editor's
 * tab comes first, the document later. Resolves with the time the command took and when the tab was reported.
 */
async function openAsUser(uri: vscode.Uri, viewColumn: vscode.ViewColumn): Promise<{ ms: number; start: number; tabMs: number }> {
  let tabAt: number | undefined;
  const tabs = vscode.window.tabGroups.onDidChangeTabs(({ opened }) => {
    if (opened.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString())) tabAt ??= performance.now();
  });
  const start = performance.now();
  await vscode.commands.executeCommand('vscode.open', uri, { preview: false, viewColumn });
  const ms = performance.now() - start;
  tabs.dispose();
  return { ms, start, tabMs: (tabAt ?? Number.NaN) - start };
}

/** Opens are measured this many times and their medians reported: on a busy machine, one open varies by 2×. */
const OPEN_ROUNDS = 3;

/** One round of opening: the text as a .log file (VS Code alone), then as an article beside it. */
interface OpenRound {
  baseline: vscode.TextEditor;
  editor: vscode.TextEditor;
  baselineMs: number;
  baselineCpuMs: number;
  /** VS Code alone opening the text beside the first editor, where the article opens. */
  besideMs: number;
  openMs: number;
  openCpuMs: number;
  /** The article opened with detection off, and the extension host's CPU time for it. */
  undetectedMs: number;
  undetectedCpuMs: number;
  /** Open → every claim highlighted with the detector reading on the extension host (`claimlens.detectInWorker` off), and its host CPU. */
  onHostFullPaintMs: number;
  onHostCpuMs: number;
  /** The extension host's thread reading and merging (the log's "busy" time), and its longest step, for the article (worker) and the copy read on the host. */
  busyMs: number;
  longestStepMs: number;
  onHostBusyMs: number;
  onHostLongestStepMs: number;
  firstPaintMs: number;
  fullPaintMs: number;
  /** Open → the detector's reading started (the document reached the extension host), and → its last merge. */
  readingStartMs: number;
  readingDoneMs: number;
  /** Open → the store's last announcement before the full paint. */
  announcedMs: number;
  claims: number;
  /** VS Code alone opening a copy as the user does (`vscode.open`) beside the first editor; the article opened so, → every claim highlighted. */
  asUserBesideMs: number;
  asUserFullPaintMs: number;
  /** The article opened as the user does: until VS Code showed it (the command returned). */
  asUserShownMs: number;
  /** Open as the user does → the editor's tab reported, → the detector's reading started (the document reached the extension host). */
  asUserTabMs: number;
  asUserReadingStartMs: number;
  /** Open as the user does → the reading's last merge. */
  asUserReadingDoneMs: number;
  /** Characters the worker had read from disk before the document came (a pre-read from the tab). */
  asUserReadAhead: number;
}

/** Closes `editors` without saving what the benchmark typed. */
async function closeDiscarding(editors: readonly vscode.TextEditor[]): Promise<void> {
  for (const shown of editors) {
    await vscode.window.showTextDocument(shown.document, shown.viewColumn);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

const resultsFile = process.env[EDITOR_BENCH_FILE_ENV];
if (resultsFile) {
  describe('editor benchmark', function () {
    this.timeout(300_000);

    it('measures opening a 1 MB article and editing it', async () => {
      const api = await claimLensApi();
      const text = await bigArticle();
      const folder = await freshFolder('bench');
      // Articles wrap on open, the .log files do not: no editor wraps, so that both sides lay out the same lines. (With
      // wrapping on for both, opening the article beside the .log file would re-wrap the .log file, narrowed, on its time.)
      const config = vscode.workspace.getConfiguration('claimlens');
      await config.update('editor.wrapArticles', false, vscode.ConfigurationTarget.Workspace);
      // The first large file a window opens pays for warming up the editor; no measured open should.
      const warmUpUri = vscode.Uri.joinPath(folder, 'warm-up.log');
      await writeText(warmUpUri, text);
      await openTimed(warmUpUri, vscode.ViewColumn.One);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

      const rounds: OpenRound[] = [];
      for (let round = 1; round <= OPEN_ROUNDS; round++) {
        // The same text under a name ClaimLens does not treat as an article: what VS Code costs on its own. Fresh
        // files each round, so that no round reuses what VS Code kept of another.
        const baselineUri = vscode.Uri.joinPath(folder, `big-article-${round}.log`);
        const uri = vscode.Uri.joinPath(folder, `big-article-${round}.txt`);
        await writeText(baselineUri, text);
        await writeText(uri, text);
        // Side by side, so that both stay open and editable.
        const baselineCpu = hostCpuMs();
        const baseline = await openTimed(baselineUri, vscode.ViewColumn.One);
        const baselineCpuMs = hostCpuMs() - baselineCpu;

        // The same text as an article, with detection switched off: what ClaimLens costs besides the detector.
        await config.update('detectOnOpen', false, vscode.ConfigurationTarget.Workspace);
        const undetectedUri = vscode.Uri.joinPath(folder, `big-article-undetected-${round}.txt`);
        await writeText(undetectedUri, text);
        const undetectedCpu = hostCpuMs();
        const undetectedMs = (await openTimed(undetectedUri, vscode.ViewColumn.Two)).ms;
        const undetectedCpuMs = hostCpuMs() - undetectedCpu;
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await config.update('detectOnOpen', undefined, vscode.ConfigurationTarget.Workspace);

        // VS Code alone again, opening beside the first editor as the article does next (a second group, the first narrowed).
        const besideUri = vscode.Uri.joinPath(folder, `big-article-beside-${round}.log`);
        await writeText(besideUri, text);
        const besideMs = (await openTimed(besideUri, vscode.ViewColumn.Two)).ms;
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

        // The article read on the extension host in short steps, as before the worker thread (and as in the browser).
        await config.update('detectInWorker', false, vscode.ConfigurationTarget.Workspace);
        const onHostUri = vscode.Uri.joinPath(folder, `big-article-on-host-${round}.txt`);
        await writeText(onHostUri, text);
        const onHostPaint = nextPaint(api, onHostUri, 1, true);
        const onHostCpu = hostCpuMs();
        const onHost = await openTimed(onHostUri, vscode.ViewColumn.Two);
        const onHostFullPaintMs = (await onHostPaint).at - onHost.start;
        const onHostCpuMs = hostCpuMs() - onHostCpu;
        await api.store.whenIdle();
        const onHostReading = await waitUntil('the reading on the host to be summed up', () => api.lastReading(onHostUri));
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await config.update('detectInWorker', undefined, vscode.ConfigurationTarget.Workspace);

        const firstPaint = nextPaint(api, uri, 1);
        const fullPaint = nextPaint(api, uri, 1, true);
        // The last change the store announces before every claim is painted: the highlighter's share of the tail starts there.
        let announcedAt = 0;
        const announcements = api.store.onDidChange((change) => {
          if (change.articleUri.toString() === uri.toString()) announcedAt = performance.now();
        });
        const openCpu = hostCpuMs();
        const opened = await openTimed(uri, vscode.ViewColumn.Two);
        const first = await firstPaint;
        const full = await fullPaint;
        announcements.dispose();
        const openCpuMs = hostCpuMs() - openCpu;
        // The sources are resolved over the whole article after the last paint: that pass is no part of what follows.
        await api.store.whenIdle();
        const reading = await waitUntil('the reading to be summed up', () => api.lastReading(uri));

        // Both opened as the user opens a file: the tab first, then the document (which openTextDocument gets first).
        const asUserBesideUri = vscode.Uri.joinPath(folder, `big-article-as-user-${round}.log`);
        await writeText(asUserBesideUri, text);
        const asUserBeside = await openAsUser(asUserBesideUri, vscode.ViewColumn.Two);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        const asUserUri = vscode.Uri.joinPath(folder, `big-article-as-user-${round}.txt`);
        await writeText(asUserUri, text);
        const asUserPaint = nextPaint(api, asUserUri, 1, true);
        const asUser = await openAsUser(asUserUri, vscode.ViewColumn.Two);
        const asUserFullPaintMs = (await asUserPaint).at - asUser.start;
        await api.store.whenIdle();
        const asUserReading = await waitUntil('the reading of the article opened as the user does to be summed up', () => api.lastReading(asUserUri));
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        // The article's editor was hidden meanwhile (its tab stayed): shown again, for the edits.
        const article = await vscode.window.showTextDocument(opened.editor.document, { viewColumn: vscode.ViewColumn.Two, preview: false });

        rounds.push({
          asUserBesideMs: asUserBeside.ms,
          asUserFullPaintMs,
          asUserShownMs: asUser.ms,
          asUserTabMs: asUser.tabMs,
          asUserReadingStartMs: asUserReading.startedAt - asUser.start,
          asUserReadingDoneMs: asUserReading.startedAt + asUserReading.elapsedMs - asUser.start,
          asUserReadAhead: asUserReading.readAhead,
          baseline: baseline.editor,
          editor: article,
          baselineMs: baseline.ms,
          baselineCpuMs,
          besideMs,
          openMs: opened.ms,
          openCpuMs,
          undetectedMs,
          undetectedCpuMs,
          onHostFullPaintMs,
          onHostCpuMs,
          busyMs: reading.busyMs,
          longestStepMs: reading.longestStepMs,
          onHostBusyMs: onHostReading.busyMs,
          onHostLongestStepMs: onHostReading.longestStepMs,
          firstPaintMs: first.at - opened.start,
          fullPaintMs: full.at - opened.start,
          readingStartMs: reading.startedAt - opened.start,
          readingDoneMs: reading.startedAt + reading.elapsedMs - opened.start,
          announcedMs: Math.min(announcedAt, full.at) - opened.start,
          claims: full.painted.claimsDrawn,
        });
        if (round < OPEN_ROUNDS) await closeDiscarding([article, baseline.editor]);
      }
      const { baseline, editor } = rounds[rounds.length - 1];
      const median = (of: (round: OpenRound) => number): number => summary(rounds.map(of)).median;

      // Typing is measured on its own: a detection run after a pause would land inside some of the edits.
      await config.update('detectWhileEditing', false, vscode.ConfigurationTarget.Workspace);
      const atStart = summaries(await timeEdits(api, editor, baseline, () => 0));
      const inMiddle = summaries(await timeEdits(api, editor, baseline, (d) => Math.floor(d.getText().length / 2)));
      await config.update('detectWhileEditing', undefined, vscode.ConfigurationTarget.Workspace);
      const confirmAll = await timeConfirmAll(api, editor);
      await closeDiscarding([editor, baseline]);

      await config.update('editor.wrapArticles', undefined, vscode.ConfigurationTarget.Workspace);

      const results = {
        bytes: text.length,
        claims: rounds[rounds.length - 1].claims,
        openRounds: OPEN_ROUNDS,
        openBaselineMs: median((r) => r.baselineMs),
        openBaselineCpuMs: median((r) => r.baselineCpuMs),
        openBesideMs: median((r) => r.besideMs),
        openCpuMs: median((r) => r.openCpuMs),
        openMs: median((r) => r.openMs),
        openUndetectedMs: median((r) => r.undetectedMs),
        firstPaintMs: median((r) => r.firstPaintMs),
        fullPaintMs: median((r) => r.fullPaintMs),
        fullPaintRatios: rounds.map((r) => r.fullPaintMs / r.besideMs),
        fullPaintRoundsMs: rounds.map((r) => r.fullPaintMs),
        readingStartMs: median((r) => r.readingStartMs),
        readingDoneMs: median((r) => r.readingDoneMs),
        paintAfterReadingMs: median((r) => r.fullPaintMs - r.readingDoneMs),
        paintAfterAnnouncedMs: median((r) => r.fullPaintMs - r.announcedMs),
        openUndetectedCpuMs: median((r) => r.undetectedCpuMs),
        undetectedRatios: rounds.map((r) => r.undetectedMs / r.besideMs),
        onHostFullPaintMs: median((r) => r.onHostFullPaintMs),
        onHostCpuMs: median((r) => r.onHostCpuMs),
        onHostFullPaintRatios: rounds.map((r) => r.onHostFullPaintMs / r.besideMs),
        busyMs: median((r) => r.busyMs),
        longestStepMs: median((r) => r.longestStepMs),
        onHostBusyMs: median((r) => r.onHostBusyMs),
        onHostLongestStepMs: median((r) => r.onHostLongestStepMs),
        asUserBesideMs: median((r) => r.asUserBesideMs),
        asUserFullPaintMs: median((r) => r.asUserFullPaintMs),
        asUserFullPaintRatios: rounds.map((r) => r.asUserFullPaintMs / r.asUserBesideMs),
        asUserFullPaintRoundsMs: rounds.map((r) => r.asUserFullPaintMs),
        asUserShownRatios: rounds.map((r) => r.asUserShownMs / r.asUserBesideMs),
        asUserTabMs: median((r) => r.asUserTabMs),
        asUserReadingStartMs: median((r) => r.asUserReadingStartMs),
        asUserReadingDoneMs: median((r) => r.asUserReadingDoneMs),
        asUserPaintAfterReadingMs: median((r) => r.asUserFullPaintMs - r.asUserReadingDoneMs),
        asUserReadAhead: rounds.map((r) => r.asUserReadAhead),
        editAtStartMs: atStart,
        editInMiddleMs: inMiddle,
        edits: EDITS,
        confirmAll,
      };
      writeFileSync(resultsFile, JSON.stringify(results, null, 2));
    });
  });
}
