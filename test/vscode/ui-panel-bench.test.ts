// The Claims panel benchmark run by `npm run bench panel` (scripts/bench/panel.ts) inside the real VS Code: the
// panel of a 1 MB article with about 10,000 claims — grouping, building a big group's rows, and following the
// cursor. Registered only when the benchmark names its results file, so the test run stays free of timing.
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { groupClaims, GROUP_BY_VALUES, type GroupBy } from '../../src/core/view/claimGroups';
import { claimAt } from '../../src/core/view/claimLookup';
import type { Claim } from '../../src/core/model/types';
import type { ClaimLensInternals } from '../../src/extension/api';
import type { ClaimsPanelNode } from '../../src/extension/panel/claimsTree';
import { bigArticle } from './benchArticle';
import { freshFolder, writeText } from './storeFixtures';
import { waitUntil } from './support/wait';
import { claimLensApi } from './uiFixtures';

export const PANEL_BENCH_FILE_ENV = 'CLAIMLENS_PANEL_BENCH_FILE';
const CURSOR_MOVES = 20;

const GROUP_COMMANDS: Readonly<Record<GroupBy, string>> = {
  source: 'claimlens.groupBySource',
  credibility: 'claimlens.groupByCredibility',
  state: 'claimlens.groupByState',
  kind: 'claimlens.groupByKind',
};

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

/** The extension-host side of showing a group: its children and a tree item for each, as VS Code asks for them. */
function buildRows(api: ClaimLensInternals, group: ClaimsPanelNode): number {
  const rows = api.panel.claims.getChildren(group);
  for (const row of rows) api.panel.claims.getTreeItem(row);
  return rows.length;
}

/** Moves the cursor into the claim and resolves with the time until the panel has selected it. */
function followTime(api: ClaimLensInternals, editor: vscode.TextEditor, claimId: string, offset: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => {
      listener.dispose();
      reject(new Error('the panel did not follow the cursor within 30 s'));
    }, 30_000);
    const listener = api.panel.claimsView.onDidChangeSelection((event) => {
      const [node] = event.selection;
      if (node?.kind !== 'claim' || node.claimId !== claimId) return;
      clearTimeout(timeout);
      listener.dispose();
      resolve(performance.now() - start);
    });
    const start = performance.now();
    const position = editor.document.positionAt(offset);
    editor.selection = new vscode.Selection(position, position);
  });
}

/** CPU time the extension host (where ClaimLens runs) has used so far, in ms: hardly swayed by other load on the machine. */
function hostCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

interface FollowTimes {
  moves: number;
  /** Cursor moved → the panel reports the claim selected, with the 100 ms debounce; the first move separately. */
  firstMs: number;
  medianMs: number;
  maxMs: number;
  /** Extension-host CPU per move (lookup, reveal, building rows VS Code asks for). */
  medianCpuMs: number;
}

/** Moves the cursor into claims spread over the article, one after the other, timing each until the panel follows. */
async function followMoves(api: ClaimLensInternals, editor: vscode.TextEditor, claims: readonly Claim[], placed: readonly Claim[]): Promise<FollowTimes> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < CURSOR_MOVES; i++) {
    const offset = placed[Math.floor(((i + 0.5) / CURSOR_MOVES) * placed.length)].target.start + 1;
    const target = claimAt(claims, offset);
    if (!target) continue;
    const cpuBefore = hostCpuMs();
    wall.push(await followTime(api, editor, target.id, offset));
    cpu.push(hostCpuMs() - cpuBefore);
  }
  return { moves: wall.length, firstMs: wall[0], medianMs: median(wall.slice(1)), maxMs: Math.max(...wall), medianCpuMs: median(cpu.slice(1)) };
}

const resultsFile = process.env[PANEL_BENCH_FILE_ENV];
if (resultsFile) {
  describe('panel benchmark', function () {
    this.timeout(300_000);

    it('measures the Claims panel of a 1 MB article', async () => {
      const api = await claimLensApi();
      const uri = vscode.Uri.joinPath(await freshFolder('panel-bench'), 'big-article.txt');
      await writeText(uri, await bigArticle());
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      // The detector reads a long article in steps; the panel is measured with every claim found.
      const sidecar = await waitUntil('detection of the whole big article', () => {
        const annotations = api.store.get(uri);
        return annotations && !api.store.isDetecting(uri) && annotations.sidecar.claims.length > 0 ? annotations.sidecar : undefined;
      }, 120_000);
      const text = document.getText();

      const groupings: Record<string, { groups: number; largest: number; groupMs: number; largestRowsMs: number }> = {};
      for (const by of GROUP_BY_VALUES) {
        const { value: groups, ms: groupMs } = timed(() => groupClaims(sidecar, by));
        await vscode.commands.executeCommand(GROUP_COMMANDS[by]);
        const nodes = api.panel.claims.getChildren();
        const largest = nodes.reduce((a, b) => (a.kind === 'group' && b.kind === 'group' && b.group.claims.length > a.group.claims.length ? b : a));
        const { value: rows, ms: largestRowsMs } = timed(() => buildRows(api, largest));
        groupings[by] = { groups: groups.length, largest: rows, groupMs, largestRowsMs };
      }

      const placed = sidecar.claims.filter((c) => !c.orphan);
      const lookups = Array.from({ length: 1000 }, (_, i) => placed[(i * 7919) % placed.length].target.start + 1);
      const { ms: lookupMs } = timed(() => lookups.forEach((offset) => claimAt(sidecar.claims, offset)));

      // Following the cursor by source (groups of hundreds) and by state (one group of every claim, which starts
      // collapsed and is opened by the first reveal).
      await vscode.commands.executeCommand('claimlens.claims.focus');
      const editor = await vscode.window.showTextDocument(document);
      const follow: Record<string, FollowTimes> = {};
      for (const by of ['source', 'state'] as const) {
        await vscode.commands.executeCommand(GROUP_COMMANDS[by]);
        follow[by] = await followMoves(api, editor, sidecar.claims, placed);
      }
      await vscode.commands.executeCommand('claimlens.groupBySource');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');

      writeFileSync(
        resultsFile,
        JSON.stringify(
          { bytes: text.length, claims: sidecar.claims.length, groupings, lookups: lookups.length, lookupMs, follow },
          null,
          2,
        ),
      );
    });
  });
}
