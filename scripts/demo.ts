// `npm run demo`: builds and packages ClaimLens, then serves a real VS Code (code-server) with it installed and a
// fresh copy of samples/ open, until Ctrl+C or SIGTERM. `--port N` picks the port; `--screenshot FILE` also opens
// the workbench in headless Chromium, opens the first sample article and the Claims panel, and saves a screenshot.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { provision, ProvisionError } from './lib/provision';
import { makeSamplesWorkspace } from './lib/test-workspace';
import { packageExtension } from './lib/vsix';
import { openWorkbench, startWorkbenchServer, type WorkbenchServer } from './lib/workbench';
import { openFromExplorer, showClaimsPanel, waitForExtensionsActivated } from './lib/workbench-actions';
import type { Toolchain } from './lib/provision';

async function takeScreenshot(server: WorkbenchServer, toolchain: Toolchain, workspace: string, file: string): Promise<void> {
  const article = readdirSync(workspace).filter((name) => /\.(txt|md)$/.test(name)).sort()[0];
  const open = await openWorkbench(server, toolchain);
  try {
    if (article) {
      await openFromExplorer(open.page, article);
      await showClaimsPanel(open.page);
      // The panel's rows arrive a moment after its title; a screenshot without them would show an empty panel.
      await open.page.locator('.part.sidebar .monaco-list-row[aria-level="2"]').first().waitFor({ state: 'visible', timeout: 60_000 });
      // The Workspace view lists the annotated articles once it has read their sidecars.
      const workspaceView = open.page.locator('.part.sidebar .pane').filter({ has: open.page.locator('.pane-header', { hasText: 'Workspace' }) });
      await workspaceView.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 60_000 });
    }
    await waitForExtensionsActivated(open.page);
    mkdirSync(path.dirname(file), { recursive: true });
    await open.page.screenshot({ path: file });
    console.log(`Screenshot of ${article ?? 'the empty workbench'} saved to ${file}`);
  } finally {
    await open.close();
  }
}

const USAGE = 'Usage: npm run demo [-- --port N] [-- --screenshot FILE.png]';

/** The demo's options, or a clear message and exit status 2 for options it does not understand. */
function options(): { port?: number; screenshot?: string } {
  try {
    const { values } = parseArgs({ options: { port: { type: 'string' }, screenshot: { type: 'string' } } });
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new Error(`--port wants a port number (1–65535), not "${values.port}"`);
    return { ...(port !== undefined ? { port } : {}), ...(values.screenshot !== undefined ? { screenshot: values.screenshot } : {}) };
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const values = options();
  const toolchain = await provision();
  const vsix = await packageExtension();
  const runDir = mkdtempSync(path.join(tmpdir(), 'claimlens-demo-'));
  const workspace = makeSamplesWorkspace(runDir);
  const server = await startWorkbenchServer({
    toolchain,
    runDir,
    workspace,
    vsixes: [vsix],
    ...(values.port !== undefined ? { port: values.port } : {}),
  });

  let stopped = false;
  const stop = async (reason: string): Promise<void> => {
    if (stopped) return;
    stopped = true;
    console.log(`\n${reason}: stopping code-server…`);
    await server.stop();
    rmSync(runDir, { recursive: true, force: true });
    console.log('Stopped.');
  };
  // Not `once`: a second Ctrl+C while stopping must not kill this process before the server is gone.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
  void server.exited.then((how) => {
    if (!stopped) {
      console.error(`code-server exited on its own (${how}); its log: ${server.serverLog}`);
      process.exitCode = 1;
    }
  });

  console.log(`\nClaimLens demo: open ${server.url}\n(a copy of samples/ is open; press Ctrl+C to stop)\n`);
  if (values.screenshot) await takeScreenshot(server, toolchain, workspace, path.resolve(values.screenshot));
}

main().catch((err: unknown) => {
  console.error(err instanceof ProvisionError ? err.message : err instanceof Error ? err.stack : err);
  process.exit(1);
});
