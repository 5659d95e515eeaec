// Specification of the claim commands in a real VS Code: each acts on the claim under the cursor or the one passed, and the sidecar shows it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Claim, Sidecar } from '../../src/core/model/types';
import type { ClaimLensInternals } from '../../src/extension/api';
import { emptySidecar, mergeDetections } from '../../src/core/model/annotations';
import {
  ARTICLE,
  attribution,
  openFixtureArticle,
  placeCursor,
  select,
  sidecarWithOrphan,
  suggestedSidecar,
  useEditorFeatureSuite,
  waitForSidecar,
} from './uiFixtures';
import { waitUntil } from './support/wait';

function claimStarting(sidecar: Sidecar, words: string): Claim | undefined {
  return sidecar.claims.find((c) => c.target.exact.startsWith(words));
}

describe('claim commands', function () {
  this.timeout(30_000);
  let api: ClaimLensInternals;
  useEditorFeatureSuite((a) => { api = a; });

  it('confirms the claim under the cursor', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'confirm');
    placeCursor(editor, 'Pyongyang');
    assert.equal(await vscode.commands.executeCommand('claimlens.confirmClaim'), true);
    await waitForSidecar(uri, 'the Seoul claim confirmed', (s) => claimStarting(s, 'Seoul')?.state === 'confirmed');
  });

  it('rejects the claim a hover link passes', async () => {
    const { uri } = await openFixtureArticle(api, 'reject');
    const kcna = claimStarting(suggestedSidecar(), 'KCNA');
    assert.ok(kcna);
    await vscode.commands.executeCommand('claimlens.rejectClaim', { articleUri: uri.toString(), claimId: kcna.id });
    await waitForSidecar(uri, 'the KCNA claim rejected', (s) => claimStarting(s, 'KCNA')?.state === 'rejected');
  });

  it('tags a claim with a new source named by the reader', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'tag-new');
    placeCursor(editor, 'KCNA');
    await vscode.commands.executeCommand('claimlens.tagSource', undefined, 'Korean Central News Agency');
    const sidecar = await waitForSidecar(uri, 'the KCNA claim tagged', (s) => claimStarting(s, 'KCNA')?.sourceId != null);
    const source = sidecar.sources.find((s) => s.id === claimStarting(sidecar, 'KCNA')?.sourceId);
    assert.equal(source?.name, 'Korean Central News Agency');
  });

  it('tags a claim with a source another article of the workspace already uses, keeping its rating', async () => {
    // A name no other suite uses: the workspace's source list keeps one source per name.
    const known = suggestedSidecar();
    known.sources.push({ id: 'kcna-pyongyang', name: 'KCNA Pyongyang desk', aliases: ['KCNA'], kind: 'media', reliability: 'C', note: '' });
    known.claims[0] = { ...known.claims[0], sourceId: 'kcna-pyongyang' };
    await openFixtureArticle(api, 'tag-known-elsewhere', known);
    const { uri, editor } = await openFixtureArticle(api, 'tag-known');
    placeCursor(editor, 'KCNA');
    assert.equal(await vscode.commands.executeCommand('claimlens.tagSource', undefined, { sourceId: 'kcna-pyongyang' }), true);
    const sidecar = await waitForSidecar(uri, 'the KCNA claim tagged', (s) => claimStarting(s, 'KCNA')?.sourceId === 'kcna-pyongyang');
    assert.equal(sidecar.sources.find((s) => s.id === 'kcna-pyongyang')?.reliability, 'C');
  });

  it('sets the credibility of the claim under the cursor', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'credibility');
    placeCursor(editor, 'Analysts');
    await vscode.commands.executeCommand('claimlens.setCredibility', undefined, 3);
    await waitForSidecar(uri, 'credibility 3', (s) => claimStarting(s, 'Analysts')?.credibility === 3);
  });

  it('sets the reliability of the claim’s source', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'reliability');
    placeCursor(editor, 'KCNA');
    await vscode.commands.executeCommand('claimlens.tagSource', undefined, 'KCNA');
    await waitForSidecar(uri, 'the source tagged', (s) => s.sources.length === 1);
    await vscode.commands.executeCommand('claimlens.setReliability', undefined, 'B');
    await waitForSidecar(uri, 'reliability B', (s) => s.sources[0]?.reliability === 'B');
  });

  it('refuses to rate the reliability of a claim that has no source yet', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'reliability-no-source');
    placeCursor(editor, 'KCNA');
    assert.equal(await vscode.commands.executeCommand('claimlens.setReliability', undefined, 'B'), false);
    assert.ok(api.store.get(uri)?.sidecar.sources.length === 0);
  });

  it('saves a note on the claim', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'note');
    placeCursor(editor, 'Seoul');
    await vscode.commands.executeCommand('claimlens.editNote', undefined, '  Check with Yonhap.  ');
    await waitForSidecar(uri, 'the note', (s) => claimStarting(s, 'Seoul')?.note === 'Check with Yonhap.');
  });

  it('adds a confirmed manual claim from the selection', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'add', null);
    select(editor, 'the launch went well');
    const ids = await vscode.commands.executeCommand<string[]>('claimlens.addClaim');
    assert.equal(ids?.length, 1);
    const sidecar = await waitForSidecar(uri, 'the manual claim', (s) => s.claims.length === 1);
    assert.deepEqual(
      [sidecar.claims[0].target.exact, sidecar.claims[0].origin, sidecar.claims[0].state],
      ['the launch went well', 'manual', 'confirmed'],
    );
  });

  it('deletes an untouched claim without asking', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'delete');
    placeCursor(editor, 'Analysts');
    assert.equal(await vscode.commands.executeCommand('claimlens.deleteClaim'), true);
    await waitUntil('the claim to be gone from the store', () => (api.store.get(uri)?.sidecar.claims.length === 2 ? true : undefined));
  });

  it('confirms every suggestion of the article at once', async () => {
    const { uri } = await openFixtureArticle(api, 'confirm-all');
    await vscode.commands.executeCommand('claimlens.confirmAllSuggestions');
    await waitForSidecar(uri, 'every claim confirmed', (s) => s.claims.length === 3 && s.claims.every((c) => c.state === 'confirmed'));
  });

  it('moves to the next and the previous claim, selecting it', async () => {
    const { editor } = await openFixtureArticle(api, 'navigate');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('claimlens.nextClaim');
    assert.equal(editor.document.getText(editor.selection), 'KCNA reported that the launch went well');
    await vscode.commands.executeCommand('claimlens.nextClaim');
    assert.equal(editor.document.getText(editor.selection), 'Analysts believe it matters');
    await vscode.commands.executeCommand('claimlens.previousClaim');
    assert.equal(editor.document.getText(editor.selection), 'KCNA reported that the launch went well');
  });

  it('visits each of two claims that start at the same word, in both directions', async () => {
    const text = 'The mayor said he accepted the result but would ask the state to review it.\n';
    const sidecar = mergeDetections(
      emptySidecar('article.txt', text),
      text,
      [attribution(text, 'The mayor', 'said', 'he accepted the result'), attribution(text, 'The mayor', 'would ask', 'the state to review it')],
      '2026-01-01T00:00:00.000Z',
    );
    const { editor } = await openFixtureArticle(api, 'navigate-same-start', sidecar, text);
    // From the end of the article, Go to Next Claim wraps around to the first claim.
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    const visited: string[] = [];
    for (const command of ['claimlens.nextClaim', 'claimlens.nextClaim', 'claimlens.previousClaim']) {
      await vscode.commands.executeCommand(command);
      visited.push(editor.document.getText(editor.selection));
    }
    const said = 'The mayor said he accepted the result';
    const asked = 'The mayor said he accepted the result but would ask the state to review it';
    assert.deepEqual(visited, [said, asked, said]);
  });

  it('wraps around to the first claim after the last', async () => {
    const { editor } = await openFixtureArticle(api, 'navigate-wrap');
    placeCursor(editor, 'matters');
    await vscode.commands.executeCommand('claimlens.nextClaim');
    assert.equal(editor.document.getText(editor.selection), 'Seoul said that Pyongyang may test a missile this week');
  });

  it('re-attaches an orphan to the selected text', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'reattach', sidecarWithOrphan());
    await waitUntil('the claim to be an orphan', () => api.store.get(uri)?.sidecar.claims.find((c) => c.id === 'gone' && c.orphan));
    select(editor, 'Analysts believe it matters.');
    assert.equal(await vscode.commands.executeCommand('claimlens.reattachClaim', { articleUri: uri.toString(), claimId: 'gone' }), true);
    const claim = api.store.get(uri)?.sidecar.claims.find((c) => c.id === 'gone');
    assert.deepEqual([claim?.orphan, claim?.target.exact, claim?.credibility], [false, 'Analysts believe it matters.', 2]);
  });

  it('detects claims again on demand and adds them as suggestions', async () => {
    const { uri } = await openFixtureArticle(api, 'detect', null, `${ARTICLE}Seoul accuses North Korea of supplying troops and weapons to Russia.\n`);
    const added = await vscode.commands.executeCommand<number>('claimlens.detectClaims');
    assert.ok((added ?? 0) > 0, `the detector found claims (added ${added})`);
    assert.ok(api.store.get(uri)?.sidecar.claims.some((c) => c.origin === 'detected' && c.state === 'suggested'));
  });

  it('tells the reader when there is no claim under the cursor, and changes nothing', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'nothing-here');
    editor.selection = new vscode.Selection(editor.document.positionAt(ARTICLE.length), editor.document.positionAt(ARTICLE.length));
    assert.equal(await vscode.commands.executeCommand('claimlens.confirmClaim'), false);
    assert.ok(api.store.get(uri)?.sidecar.claims.every((c) => c.state === 'suggested'));
  });
});
