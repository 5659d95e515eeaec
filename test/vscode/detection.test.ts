// Real-VS-Code specification of how the store detects claims in a long article: the part on screen at once, the rest in the background, edited paragraphs after a pause.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { detectAttributions } from '../../src/core/detect';
import { emptySidecar, mergeDetections } from '../../src/core/model/annotations';
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
    const whole = mergeDetections(emptySidecar('article.txt', text), text, detectAttributions(text, {}), new Date().toISOString())
      .claims.map((claim) => `${claim.target.start}-${claim.target.end}`)
      .sort();
    assert.ok(whole.length > 5_000);
    assert.deepEqual(claimPlaces(store, article), whole);
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

