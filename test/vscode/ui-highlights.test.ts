// Specification of the editor highlights in a real VS Code: what is painted where, and that it follows edits and settings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensInternals } from '../../src/extension/api';
import { waitUntil } from './support/wait';
import { openFixtureArticle, sidecarWithOrphan, suggestedSidecar, textsOf, waitForPlan, useEditorFeatureSuite } from './uiFixtures';

describe('claim highlights', function () {
  this.timeout(30_000);
  let api: ClaimLensInternals;
  useEditorFeatureSuite((a) => { api = a; }, async () => {
    await vscode.workspace.getConfiguration('claimlens').update('highlights.rejected', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('paints every suggested claim of an opened article over its text', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'paint');
    const plan = await waitForPlan(api, uri);
    assert.deepEqual(textsOf(editor, plan.suggested), [
      'Seoul said that Pyongyang may test a missile this week',
      'KCNA reported that the launch went well',
      'Analysts believe it matters',
    ]);
  });

  it('marks sources, cues and hedges inside the claims', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'parts');
    const plan = await waitForPlan(api, uri);
    assert.deepEqual(
      [textsOf(editor, plan.source), textsOf(editor, plan.cue), textsOf(editor, plan.hedge)],
      [['Seoul', 'KCNA', 'Analysts'], ['said', 'reported', 'believe'], ['may']],
    );
  });

  it('moves the highlights along when text is typed above the claims', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'typing');
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'BREAKING: '));
    const plan = await waitForPlan(api, uri, (p) => p.suggested[0]?.start === 'BREAKING: '.length);
    assert.equal(textsOf(editor, plan.suggested)[0], 'Seoul said that Pyongyang may test a missile this week');
  });

  it('repaints a claim in the confirmed style once it is confirmed', async () => {
    const { uri, editor } = await openFixtureArticle(api, 'confirmed-style');
    const kcna = suggestedSidecar().claims.find((c) => c.target.exact.startsWith('KCNA'));
    await vscode.commands.executeCommand('claimlens.confirmClaim', { articleUri: uri.toString(), claimId: kcna?.id });
    const plan = await waitForPlan(api, uri, (p) => p.confirmed.length === 1);
    assert.deepEqual([textsOf(editor, plan.confirmed), plan.suggested.length], [['KCNA reported that the launch went well'], 2]);
  });

  it('hides rejected claims by default and draws them faint when the setting asks', async () => {
    const rejected = suggestedSidecar();
    rejected.claims[2] = { ...rejected.claims[2], state: 'rejected' };
    const { uri, editor } = await openFixtureArticle(api, 'rejected', rejected);
    assert.deepEqual((await waitForPlan(api, uri)).rejected, []);
    await vscode.workspace.getConfiguration('claimlens').update('highlights.rejected', 'faint', vscode.ConfigurationTarget.Workspace);
    const plan = await waitForPlan(api, uri, (p) => p.rejected.length === 1);
    assert.deepEqual(textsOf(editor, plan.rejected), ['Analysts believe it matters']);
  });

  it('does not draw a claim that can no longer be placed', async () => {
    const { uri } = await openFixtureArticle(api, 'orphan', sidecarWithOrphan());
    await waitUntil('the claim to be an orphan', () => api.store.get(uri)?.sidecar.claims.find((c) => c.id === 'gone' && c.orphan));
    const plan = await waitForPlan(api, uri);
    assert.deepEqual([plan.confirmed, plan.suggested.length], [[], 3]);
  });

  it('switches every highlight off and on again with the toggle command', async () => {
    const { uri } = await openFixtureArticle(api, 'toggle');
    assert.equal(await vscode.commands.executeCommand('claimlens.toggleHighlights'), false);
    await waitForPlan(api, uri, (p) => Object.values(p).every((ranges) => ranges.length === 0));
    assert.equal(await vscode.commands.executeCommand('claimlens.toggleHighlights'), true);
    await waitForPlan(api, uri, (p) => p.suggested.length === 3);
  });
});
