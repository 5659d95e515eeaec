// Helpers of the editor-feature suites: an article with a known sidecar, the extension's API, waiting for highlights.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Attribution, Span } from '../../src/core/detect/types';
import { mergeDetections, emptySidecar } from '../../src/core/model/annotations';
import type { Sidecar } from '../../src/core/model/types';
import { serializeSidecar } from '../../src/core/sidecar';
import type { ClaimLensInternals } from '../../src/extension/api';
import type { ClaimsPanelNode } from '../../src/extension/panel/claimsTree';
import type { HighlightPlan, OffsetRange } from '../../src/core/view/highlightPlan';
import { freshFolder, sidecarOf, writeText } from './storeFixtures';
import { waitUntil } from './support/wait';

export const ARTICLE = [
  'Seoul said that Pyongyang may test a missile this week.',
  'KCNA reported that the launch went well.',
  'Analysts believe it matters.',
  '',
].join('\n');

/** ClaimLens's parts (store, highlights, panel, status bar), which it hands to its own tests only. */
export async function claimLensApi(): Promise<ClaimLensInternals> {
  const extension = vscode.extensions.getExtension('claimlens.claimlens');
  assert.ok(extension, 'the ClaimLens extension is installed');
  await extension.activate();
  const internals = await vscode.commands.executeCommand<ClaimLensInternals | undefined>('claimlens._internals');
  assert.ok(internals, 'ClaimLens hands its parts to its tests');
  return internals;
}

function span(text: string, words: string, from = 0): Span {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, `fixture: "${words}" is in the article`);
  return { start, end: start + words.length, text: words };
}

/** An attribution over the sentence that starts with `sourceWords`, as the detector would report it. */
export function attribution(text: string, sourceWords: string, cueWords: string, contentWords: string, hedges: string[] = []): Attribution {
  const source = span(text, sourceWords);
  const content = span(text, contentWords, source.end);
  return {
    start: source.start,
    end: content.end,
    source,
    cue: span(text, cueWords, source.end),
    content,
    hedges: hedges.map((h) => span(text, h, source.start)),
    commitment: hedges.length > 0 ? 'possible' : 'certain',
    kind: 'statement',
  };
}

/** The three claims of ARTICLE as suggestions, with their sources and cues. */
export function suggestedSidecar(text = ARTICLE, file = 'article.txt'): Sidecar {
  return mergeDetections(
    emptySidecar(file, text),
    text,
    [
      attribution(text, 'Seoul', 'said', 'Pyongyang may test a missile this week', ['may']),
      attribution(text, 'KCNA', 'reported', 'the launch went well'),
      attribution(text, 'Analysts', 'believe', 'it matters'),
    ],
    '2026-01-01T00:00:00.000Z',
  );
}

/** The fixture's claims plus a confirmed, rated claim whose text is nowhere in the article: an orphan once opened. */
export function sidecarWithOrphan(): Sidecar {
  const sidecar = suggestedSidecar();
  const gone = 'Officials said the talks had collapsed';
  sidecar.claims.push({
    ...sidecar.claims[0],
    id: 'gone',
    state: 'confirmed',
    credibility: 2,
    target: { start: 0, end: gone.length, exact: gone, prefix: '', suffix: '' },
    source: null,
    cue: null,
    content: null,
    hedges: [],
  });
  return sidecar;
}

/**
 * Writes `article.txt` (and its sidecar, when given) into a new workspace folder, opens it and waits for the
 * store and the highlights. Detection is switched off by the suite so the claims are exactly the sidecar's.
 */
export async function openFixtureArticle(
  api: ClaimLensInternals,
  name: string,
  sidecar: Sidecar | null = suggestedSidecar(),
  text = ARTICLE,
): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor }> {
  const folder = await freshFolder(name);
  const uri = vscode.Uri.joinPath(folder, 'article.txt');
  await writeText(uri, text);
  if (sidecar) await writeText(sidecarOf(uri), serializeSidecar(sidecar));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await api.store.open(editor.document);
  await waitForPlan(api, uri);
  return { uri, editor };
}

export function treeLabel(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

/** "label — description" of every node at one level of the Claims panel's tree. */
export function panelRows(api: ClaimLensInternals, nodes: ClaimsPanelNode[]): string[] {
  return nodes.map((n) => {
    const item = api.panel.claims.getTreeItem(n);
    return `${treeLabel(item)} — ${String(item.description ?? '')}`;
  });
}

/** The plan painted for the document's current version (and passing `accept`), once it is on screen. */
export function waitForPlan(api: ClaimLensInternals, uri: vscode.Uri, accept: (plan: HighlightPlan) => boolean = () => true): Promise<HighlightPlan> {
  return waitUntil('the highlights to be painted', () => {
    const plan = api.highlights.lastPlan(uri);
    return plan && accept(plan) ? plan : undefined;
  });
}

/** The text under each range, which is what a reader sees highlighted. */
export function textsOf(editor: vscode.TextEditor, ranges: readonly OffsetRange[]): string[] {
  const text = editor.document.getText();
  return ranges.map((r) => text.slice(r.start, r.end));
}

export async function readSidecar(uri: vscode.Uri): Promise<Sidecar | undefined> {
  try {
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarOf(uri)))) as Sidecar;
  } catch {
    return undefined;
  }
}

/** Waits until the sidecar on disk satisfies `accept`, since the store writes asynchronously. */
export function waitForSidecar(uri: vscode.Uri, what: string, accept: (sidecar: Sidecar) => boolean): Promise<Sidecar> {
  return waitUntil(`the sidecar to show ${what}`, async () => {
    const sidecar = await readSidecar(uri);
    return sidecar && accept(sidecar) ? sidecar : undefined;
  });
}

/** Puts the cursor inside the first occurrence of `words`. */
export function placeCursor(editor: vscode.TextEditor, words: string): void {
  const position = editor.document.positionAt(editor.document.getText().indexOf(words) + 1);
  editor.selection = new vscode.Selection(position, position);
}

export function select(editor: vscode.TextEditor, words: string): void {
  const start = editor.document.getText().indexOf(words);
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + words.length));
}

/** Detection would add its own suggestions to the fixtures' claims; the suites switch it off and restore it. */
export async function withoutDetection(): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('claimlens');
  const keys = ['detectOnOpen', 'detectWhileEditing'];
  const before = keys.map((k) => config.inspect<boolean>(k)?.workspaceValue);
  for (const k of keys) await config.update(k, false, vscode.ConfigurationTarget.Workspace);
  return async () => {
    for (const [i, k] of keys.entries()) await config.update(k, before[i], vscode.ConfigurationTarget.Workspace);
  };
}

/**
 * The hooks every editor-feature suite shares: reach the extension's API with detection switched off, close the
 * editors after each test and restore detection at the end. `afterEachTest` runs first, for a suite's own reset.
 */
export function useEditorFeatureSuite(onApi: (api: ClaimLensInternals) => void, afterEachTest?: () => Promise<void>): void {
  let restoreDetection: () => Promise<void> = async () => {};
  before(async () => {
    onApi(await claimLensApi());
    restoreDetection = await withoutDetection();
  });
  after(async () => {
    await restoreDetection();
  });
  afterEach(async () => {
    await afterEachTest?.();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
}

/** The Markdown of every hover VS Code shows with the pointer on the first occurrence of `words`, joined. */
export async function hoverMarkdown(editor: vscode.TextEditor, words: string): Promise<string> {
  const position = editor.document.positionAt(editor.document.getText().indexOf(words) + 1);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
  return hovers.flatMap((h) => h.contents).filter((c) => c instanceof vscode.MarkdownString).map((m) => m.value).join('\n');
}
