// Real-VS-Code specification of how the store detects claims in a long article: the part on screen at once, the rest in the background, edited paragraphs after a pause.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { detectAttributions } from '../../src/core/detect';
import { emptySidecar, mergeDetections } from '../../src/core/model/annotations';
import { serializeSidecar } from '../../src/core/sidecar';
import type { AnnotationStore } from '../../src/extension/api';
import { claimStore, closeEditorsDiscardingChanges, freshFolder, openArticle, writeText } from './storeFixtures';
import { waitUntil } from './support/wait';
import { claimLensApi, waitForPlan } from './uiFixtures';

const PARAGRAPH =
  'The Korean Central News Agency (KCNA) reported that the launch went as planned. Seoul said it was not told in advance.';

/** About 300 kB of paragraphs, each numbered so that no two are the same: several background steps' worth. */
function longArticle(): string {
  return Array.from({ length: 2_600 }, (_, i) => `${i + 1}. ${PARAGRAPH}`).join('\n\n');
}

const claimPlaces = (store: AnnotationStore, uri: vscode.Uri): string[] =>
  (store.get(uri)?.sidecar.claims ?? []).map((claim) => `${claim.target.start}-${claim.target.end}`).sort();

/** The claims reading the whole of `text` at once finds, by place. */
const whole = (text: string): string[] =>
  mergeDetections(emptySidecar('article.txt', text), text, detectAttributions(text, {}), new Date().toISOString())
    .claims.map((claim) => `${claim.target.start}-${claim.target.end}`)
    .sort();

describe('detection in a long article', function () {
  this.timeout(120_000);
  let store: AnnotationStore;

  before(async () => {
    store = await claimStore();
  });

  afterEach(closeEditorsDiscardingChanges);

  it('ends with every claim that reading the whole article at once finds', async () => {
    const text = longArticle();
    const article = vscode.Uri.joinPath(await freshFolder('long'), 'article.txt');
    await writeText(article, text);
    await openArticle(store, article);
    assert.ok((store.get(article)?.sidecar.claims.length ?? 0) > 0, 'claims on screen are found as the article opens');
    await waitUntil('the background reading to end', () => !store.isDetecting(article), 60_000);
    assert.ok(whole(text).length > 5_000);
    assert.deepEqual(claimPlaces(store, article), whole(text));
  });

  it('reads the article in the worker thread and highlights the same claims as reading it on the extension host', async () => {
    const api = await claimLensApi();
    const text = longArticle();
    const folder = await freshFolder('long-worker');
    /** Opens a copy of the text; resolves with its claims and highlights once read, and how much the worker thread read. */
    const readCopy = async (name: string) => {
      const article = vscode.Uri.joinPath(folder, name);
      await writeText(article, text);
      await openArticle(store, article);
      await waitUntil('the background reading to end', () => !store.isDetecting(article) && api.lastReading(article) !== undefined, 60_000);
      const plan = await waitForPlan(api, article, (drawn) => drawn.suggested.length === store.get(article)?.claims.size);
      return { claims: claimPlaces(store, article), plan, readInWorker: api.lastReading(article)?.readInBackground };
    };
    const inWorker = await readCopy('in-worker.txt');
    const config = vscode.workspace.getConfiguration('claimlens');
    await config.update('detectInWorker', false, vscode.ConfigurationTarget.Workspace);
    try {
      const onHost = await readCopy('on-host.txt');
      assert.ok((inWorker.readInWorker ?? 0) > text.length / 2, 'the worker thread read the part off screen');
      assert.equal(onHost.readInWorker, 0);
      assert.ok(inWorker.claims.length > 5_000);
      assert.deepEqual(inWorker.claims, onHost.claims);
      assert.deepEqual(inWorker.plan, onHost.plan);
    } finally {
      await config.update('detectInWorker', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('detects a claim typed into the middle of a long article once typing pauses', async () => {
    const article = vscode.Uri.joinPath(await freshFolder('long-typing'), 'article.txt');
    await writeText(article, longArticle());
    const editor = await openArticle(store, article);
    await waitUntil('the background reading to end', () => !store.isDetecting(article), 60_000);
    const typed = 'Officials said the bridge would reopen on Monday.';
    const at = editor.document.positionAt(editor.document.getText().indexOf('1300. '));
    await editor.edit((edit) => edit.insert(at, `${typed}\n\n`));
    const found = await waitUntil('the typed claim', () =>
      store.get(article)?.sidecar.claims.find((claim) => claim.target.exact.startsWith('Officials said the bridge')),
    );
    assert.equal(found.state, 'suggested');
    assert.equal(found.source?.text, 'Officials');
  });

  it('works out who the sources stand for over the whole article once it is read', async () => {
    const endorsement = 'The Washington Post endorsed Senator Maria Alvarez on Sunday.\n\nThe newspaper said Alvarez had the experience the moment demands.';
    const text = `${longArticle()}\n\n${endorsement}\n`;
    const article = vscode.Uri.joinPath(await freshFolder('long-sources'), 'article.txt');
    await writeText(article, text);
    await openArticle(store, article);
    await waitUntil('the background reading to end', () => !store.isDetecting(article), 60_000);
    await store.whenIdle();
    const expected = detectAttributions(text, { resolveSources: true }).find((found) => found.source?.text === 'The newspaper')?.source?.refersTo;
    assert.equal(expected?.text, 'The Washington Post');
    const stored = store.get(article)?.sidecar.claims.find((claim) => claim.source?.text === 'The newspaper');
    assert.deepEqual(stored?.source?.refersTo, expected);
  });
});


describe('detection in a long article read ahead from disk', function () {
  this.timeout(120_000);
  let store: AnnotationStore;

  before(async () => {
    store = await claimStore();
  });

  afterEach(closeEditorsDiscardingChanges);

  /**
   * A long article of its own for each test: what the worker read ahead for one test and no document took stays kept
   * for a while, and would serve another test's document of the same text (rightly, but not what that test is about).
   */
  const articleFor = (title: string): string => `${title}\n\n${longArticle()}`;
  /** The file's text changed without changing its length: every "said" sung, so that the claims differ. */
  const sung = (text: string): string => text.replace(/ said /g, ' sang ');

  /** Has the worker thread read `article` from disk, as the opening of its tab does; resolves once it has read all of it. */
  async function readAhead(article: vscode.Uri, length: number): Promise<void> {
    const { background } = await claimLensApi();
    assert.ok(background, 'the desktop extension host has a detection worker');
    const done = await background.preRead(article.fsPath, false, 8_000);
    assert.deepEqual([done.length, done.read], [length, length]);
  }

  it('takes what the worker read from the file ahead when the document holds exactly the file’s text', async () => {
    const api = await claimLensApi();
    const text = articleFor('Taken ahead');
    const article = vscode.Uri.joinPath(await freshFolder('ahead'), 'article.txt');
    await writeText(article, text);
    await readAhead(article, text.length);
    await openArticle(store, article);
    const reading = await waitUntil('the reading to end', () => !store.isDetecting(article) && api.lastReading(article), 60_000);
    assert.ok(reading.readAhead > text.length / 2, `read ahead: ${reading.readAhead}`);
    assert.deepEqual(claimPlaces(store, article), whole(text));
  });

  it('never takes what was read ahead from a file changed on disk before its document came', async () => {
    const api = await claimLensApi();
    const before = articleFor('Changed on disk');
    const after = sung(before);
    assert.equal(after.length, before.length);
    assert.notDeepEqual(whole(after), whole(before));
    const article = vscode.Uri.joinPath(await freshFolder('ahead-changed'), 'article.txt');
    await writeText(article, before);
    await readAhead(article, before.length);
    await writeText(article, after);
    await openArticle(store, article);
    const reading = await waitUntil('the reading to end', () => !store.isDetecting(article) && api.lastReading(article), 60_000);
    assert.equal(reading.readAhead, 0);
    assert.deepEqual(claimPlaces(store, article), whole(after));
  });

  it('never takes what was read ahead from the file for a document edited since and not saved', async () => {
    const api = await claimLensApi();
    const saved = articleFor('Edited, not saved');
    const edited = sung(saved);
    const article = vscode.Uri.joinPath(await freshFolder('ahead-dirty'), 'article.txt');
    await writeText(article, saved);
    const editor = await openArticle(store, article);
    const first = await waitUntil('the first reading to end', () => !store.isDetecting(article) && api.lastReading(article), 60_000);
    const document = editor.document;
    await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(0), document.positionAt(saved.length)), edited));
    assert.ok(document.isDirty);
    await readAhead(article, saved.length);
    // A sidecar written behind the editor's back makes the article read again whole, from the document's unsaved text.
    await writeText(vscode.Uri.joinPath(article, '..', 'article.txt.claims.json'), serializeSidecar(emptySidecar('article.txt', saved)));
    const again = await waitUntil('the article to be read again', () => !store.isDetecting(article) && api.lastReading(article) !== first && api.lastReading(article), 60_000);
    assert.deepEqual([first.readAhead, again.readAhead], [0, 0]);
    assert.equal(document.getText(), edited);
    assert.deepEqual(claimPlaces(store, article), whole(edited));
  });

  it('ends with the claims of the document’s text when the article is opened as the user opens it', async () => {
    const api = await claimLensApi();
    const text = articleFor('Opened from its tab');
    const article = vscode.Uri.joinPath(await freshFolder('ahead-tab'), 'article.txt');
    await writeText(article, text);
    await vscode.commands.executeCommand('vscode.open', article, { preview: false });
    await waitUntil('the reading to end', () => !store.isDetecting(article) && api.lastReading(article), 60_000);
    assert.deepEqual(claimPlaces(store, article), whole(text));
  });
});
