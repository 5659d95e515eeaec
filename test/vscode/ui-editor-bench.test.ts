// The editor benchmark run by `npm run bench` (scripts/bench/editor.ts) inside the real VS Code: opening a 1 MB
// article until it is highlighted, and edits until they are re-highlighted. Registered only when the benchmark
// names its results file, so the test run stays free of timing.
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';
import type { HighlightsPainted } from '../../src/extension/highlights/highlighter';
import { bigArticle } from './benchArticle';
import { freshFolder, writeText } from './storeFixtures';
import { claimLensApi } from './uiFixtures';

export const EDITOR_BENCH_FILE_ENV = 'CLAIMLENS_EDITOR_BENCH_FILE';
const EDITS = 30;

/** Resolves with the time at which `uri` is painted for a version at least `version`, with at least one claim drawn. */
function nextPaint(api: ClaimLensApi, uri: vscode.Uri, version: number): Promise<{ at: number; painted: HighlightsPainted }> {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no paint of version ${version} within 60 s`));
    }, 60_000);
    const listener = api.highlights.onDidPaint((painted) => {
      if (painted.articleUri.toString() !== uri.toString() || painted.version < version) return;
      if (painted.plan.suggested.length + painted.plan.confirmed.length === 0) return;
      clearTimeout(timeout);
      listener.dispose();
      resolve({ at: performance.now(), painted });
    });
  });
}

function summary(samples: number[]): { median: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

/** Resolves with the time the store reports a change of `uri`: the annotations have followed the edit. */
function nextStoreChange(api: ClaimLensApi, uri: vscode.Uri): Promise<number> {
  return new Promise((resolve) => {
    const listener = api.store.onDidChange((changed) => {
      if (changed.toString() !== uri.toString()) return;
      listener.dispose();
      resolve(performance.now());
    });
  });
}

interface EditTimes {
  /** Edit → re-highlighted. */
  total: number[];
  /** Edit → the store has shifted the claims (anchoring, not the editor features). */
  store: number[];
  /** Store change → painted (the highlighter: plan, throttle, setDecorations). */
  paint: number[];
}

async function timeEdits(api: ClaimLensApi, editor: vscode.TextEditor, offsetOf: (document: vscode.TextDocument) => number): Promise<EditTimes> {
  const times: EditTimes = { total: [], store: [], paint: [] };
  for (let i = 0; i < EDITS; i++) {
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
  }
  return times;
}

function summaries(times: EditTimes): Record<keyof EditTimes, ReturnType<typeof summary>> {
  return { total: summary(times.total), store: summary(times.store), paint: summary(times.paint) };
}

const resultsFile = process.env[EDITOR_BENCH_FILE_ENV];
if (resultsFile) {
  describe('editor benchmark', function () {
    this.timeout(300_000);

    it('measures opening a 1 MB article and editing it', async () => {
      const api = await claimLensApi();
      const text = await bigArticle();
      const uri = vscode.Uri.joinPath(await freshFolder('bench'), 'big-article.txt');
      await writeText(uri, text);

      const openStart = performance.now();
      const painted = nextPaint(api, uri, 1);
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const opened = await painted;
      const openMs = opened.at - openStart;
      const claims = opened.painted.plan.suggested.length + opened.painted.plan.confirmed.length;

      // Typing is measured on its own: a detection run after a pause would land inside some of the edits.
      const config = vscode.workspace.getConfiguration('claimlens');
      await config.update('detectWhileEditing', false, vscode.ConfigurationTarget.Workspace);
      const atStart = summaries(await timeEdits(api, editor, () => 0));
      const inMiddle = summaries(await timeEdits(api, editor, (d) => Math.floor(d.getText().length / 2)));
      await config.update('detectWhileEditing', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

      writeFileSync(
        resultsFile,
        JSON.stringify({ bytes: text.length, claims, openMs, editAtStartMs: atStart, editInMiddleMs: inMiddle, edits: EDITS }, null, 2),
      );
    });
  });
}
