// Specification of the web build in a real web worker extension host: a web-only package (no `main`) in its own
// code-server, driven through the workbench like a reader would, with the sidecar checked on disk.
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { packageWebOnlyExtension } from '../../scripts/lib/vsix';
import { openWithQuickOpen, runCommand } from '../../scripts/lib/workbench-actions';
import { openWorkbench, startWorkbenchServer, waitFor, type OpenWorkbench, type WorkbenchServer } from '../../scripts/lib/workbench';
import type { Sidecar } from '../../src/core/model/types';
import { workbench } from './support/workbench';

/** A sample without a sidecar, to be tagged, and one with a sidecar, to be read. */
const FRESH = 'wire-election-recount.txt';
const ANNOTATED = 'conflict-border-shelling.txt';

describe('ClaimLens in the web worker extension host', function () {
  this.timeout(300_000);
  let runDir: string;
  let workspace: string;
  let server: WorkbenchServer | undefined;
  let web: OpenWorkbench | undefined;

  before(async () => {
    const { toolchain, workspaceFolder } = workbench();
    runDir = mkdtempSync(path.join(tmpdir(), 'claimlens-web-'));
    workspace = path.join(runDir, 'workspace');
    mkdirSync(workspace);
    copyFileSync(path.join(workspaceFolder, 'samples', FRESH), path.join(workspace, FRESH));
    for (const file of [ANNOTATED, `${ANNOTATED}.claims.json`]) copyFileSync(path.join(workspaceFolder, 'samples', file), path.join(workspace, file));
    const vsix = await packageWebOnlyExtension(runDir);
    server = await startWorkbenchServer({ toolchain, runDir, workspace, vsixes: [vsix] });
    web = await openWorkbench(server, toolchain);
  });

  after(async () => {
    await web?.close();
    await server?.stop();
    rmSync(runDir, { recursive: true, force: true });
  });

  function page() {
    assert.ok(web, 'the web workbench is open');
    return web.page;
  }

  it('is installed as a package that only a web worker host can run (a browser entry, no main)', () => {
    const installed = readdirSync(path.join(runDir, 'extensions')).find((name) => name.startsWith('claimlens.claimlens-'));
    assert.ok(installed, 'the web package is installed');
    const manifest = JSON.parse(readFileSync(path.join(runDir, 'extensions', installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(manifest.main, undefined);
    assert.equal(manifest.browser, './dist/web/extension.js');
  });

  it('reads an article’s sidecar and counts its tagged claims in the status bar', async () => {
    await openWithQuickOpen(page(), ANNOTATED);
    const status = page().locator('.statusbar-item', { hasText: /\d+ claims · [1-9]\d* tagged/ });
    await status.waitFor({ timeout: 60_000 });
  });

  it('tags a claim of an article without a sidecar and writes the sidecar beside it', async () => {
    const sidecar = path.join(workspace, `${FRESH}.claims.json`);
    await openWithQuickOpen(page(), FRESH);
    await page().locator('.statusbar-item', { hasText: /\d+ claims · 0 tagged/ }).waitFor({ timeout: 60_000 });
    assert.equal(existsSync(sidecar), false);
    await runCommand(page(), 'ClaimLens: Go to Next Claim');
    await runCommand(page(), 'ClaimLens: Tag Source…');
    await page().locator('.quick-input-widget', { hasText: 'Source of the claim' }).waitFor({ timeout: 30_000 });
    await page().keyboard.press('Enter');
    await page().locator('.statusbar-item', { hasText: '· 1 tagged' }).waitFor({ timeout: 30_000 });
    const written = await waitFor('the sidecar on disk with the tagged claim', () => {
      if (!existsSync(sidecar)) return undefined;
      const parsed = JSON.parse(readFileSync(sidecar, 'utf8')) as Sidecar;
      return parsed.claims.some((c) => c.sourceId !== null) ? parsed : undefined;
    }, 30_000);
    await page().screenshot({ path: path.join(workbench().screenshotDir, 'web-extension-tagged.png') });
    assert.equal(written.document.file, FRESH);
    assert.equal(written.sources.length, 1);
    assert.equal(readdirSync(workspace).filter((f) => f.includes('.tmp') || f.startsWith('.')).length, 0, 'no temporary file left behind');
  });

  it('notices a sidecar deleted on disk and keeps only the suggestions', async () => {
    rmSync(path.join(workspace, `${FRESH}.claims.json`));
    await page().locator('.statusbar-item', { hasText: /\d+ claims · 0 tagged/ }).waitFor({ timeout: 60_000 });
  });
});
