// Specification of ClaimLens in VS Code's display language: with `npm run test:vscode:es` the workbench runs in Spanish
// (a test language pack declares it) and ClaimLens must speak Spanish from its bundles; in any other run, English.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensInternals } from '../../src/extension/api';
import { waitUntil } from './support/wait';
import { hoverMarkdown, openFixtureArticle, useEditorFeatureSuite } from './uiFixtures';

const spanish = vscode.env.language === 'es';

/** What ClaimLens says, in the two languages it ships. */
const EXPECTED = spanish
  ? { command: 'Asignar fuente…', setting: 'Tipos de afirmación que se resaltan', hover: '**Afirmación** — sugerida (detectada)', status: '3 afirmaciones · etiquetadas: 0', group: 'Declaración' }
  : { command: 'Tag Source…', setting: 'Kinds of claim to highlight', hover: '**Claim** — suggested (detected)', status: '3 claims · 0 tagged', group: 'Statement' };

describe(`ClaimLens in the display language (${vscode.env.language})`, function () {
  this.timeout(30_000);
  let api: ClaimLensInternals;
  useEditorFeatureSuite((a) => { api = a; }, async () => {
    await vscode.commands.executeCommand('claimlens.groupBySource');
  });

  it('titles its commands and describes its settings from the manifest translation', () => {
    const manifest = vscode.extensions.getExtension('claimlens.claimlens')?.packageJSON as {
      contributes: {
        commands: { command: string; title: string | { value: string; original: string } }[];
        configuration: { properties: Record<string, { markdownDescription?: string }> };
      };
    };
    // In another language VS Code keeps the English title beside the translation, for the Command Palette.
    const title = manifest.contributes.commands.find((c) => c.command === 'claimlens.tagSource')?.title;
    assert.equal(typeof title === 'object' ? title.value : title, EXPECTED.command);
    assert.ok(manifest.contributes.configuration.properties['claimlens.highlights.kinds'].markdownDescription?.startsWith(EXPECTED.setting));
  });

  it('words the hover from its message bundle', async () => {
    const { editor } = await openFixtureArticle(api, 'display-language-hover');
    const text = await hoverMarkdown(editor, 'Pyongyang');
    assert.ok(text.includes(EXPECTED.hover), text);
  });

  it('counts the claims in the status bar and names the panel groups in that language', async () => {
    await openFixtureArticle(api, 'display-language-panel');
    await waitUntil('the status bar text', () => (api.status.text === `$(quote) ${EXPECTED.status}` ? true : undefined));
    await vscode.commands.executeCommand('claimlens.groupByKind');
    const [group] = api.panel.claims.getChildren();
    const item = api.panel.claims.getTreeItem(group);
    assert.equal(typeof item.label === 'string' ? item.label : item.label?.label, EXPECTED.group);
  });
});
