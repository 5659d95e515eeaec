// Runs a real VS Code here: code-server with given extensions on a free loopback port, its workbench in Chromium,
// and a stop that ends the server's whole process group. Used by test:vscode, the demo and editor benchmarks.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Toolchain } from './provision';
import { runCommand } from './run';

/** Settings that keep a fresh profile quiet: no trust prompt, welcome page, chat side bar or update checks. */
const QUIET_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
};

/** Chromium flags that work as root in a container and stop it from calling hosts this machine cannot reach. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface WorkbenchOptions {
  toolchain: Toolchain;
  /** A fresh, empty folder for this run's profile, extensions and logs. */
  runDir: string;
  /** The folder the workbench opens. */
  workspace: string;
  /** `.vsix` files installed into the fresh extensions folder before the server starts. */
  vsixes: readonly string[];
  /** Extra environment for the server, which passes it on to the extension host. */
  env?: NodeJS.ProcessEnv;
  settings?: Record<string, unknown>;
  /** VS Code's display language (code-server's `--locale`), e.g. `es`; the machine's own when omitted. */
  locale?: string;
  /** Loopback port to listen on; a free one is picked when omitted. */
  port?: number;
  startTimeoutMs?: number;
}

export interface WorkbenchServer {
  /** The workbench URL with the workspace folder open. */
  url: string;
  port: number;
  userDataDir: string;
  /** code-server's own stdout and stderr. */
  serverLog: string;
  /** Resolves when the server process exits, with a description of how. */
  exited: Promise<string>;
  /** Ends the server's process group (the server, its extension host and watchers); safe to call twice. */
  stop(): Promise<void>;
}

export interface OpenWorkbench {
  browser: Browser;
  page: Page;
  /** Uncaught errors the workbench page reported, for diagnosing failures. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Asks the kernel for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free loopback port'))));
    });
  });
}

/** Polls `condition` until it returns a value other than undefined; rejects after `timeoutMs` with `what` in the message. */
export async function waitFor<T>(
  what: string,
  condition: () => T | undefined | Promise<T | undefined>,
  timeoutMs: number,
  intervalMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function isGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function installExtensions(options: WorkbenchOptions, userDataDir: string, extensionsDir: string): Promise<void> {
  if (options.vsixes.length === 0) return;
  const logPath = path.join(options.runDir, 'install-extensions.log');
  const log = openSync(logPath, 'w');
  try {
    await runCommand(
      options.toolchain.node,
      [
        options.toolchain.codeServerEntry,
        '--user-data-dir', userDataDir,
        '--extensions-dir', extensionsDir,
        ...options.vsixes.flatMap((vsix) => ['--install-extension', vsix]),
      ],
      { stdio: ['ignore', log, log], timeoutMs: 120_000 },
    );
  } catch (err) {
    throw new Error(`installing ${options.vsixes.join(', ')} failed:\n${readFileSync(logPath, 'utf8')}`, { cause: err });
  } finally {
    closeSync(log);
  }
}

interface Localization {
  languageId: string;
  languageName: string;
  localizedLanguageName?: string;
  translations: { id: string; path: string }[];
}

/**
 * Lists the language packs installed in `extensionsDir` in `<userDataDir>/languagepacks.json`, as VS Code's own cache
 * does: the server looks the display language up there when it serves the workbench, but fills that cache only when
 * a client asks for the available languages, so a fresh profile would otherwise fall back to English.
 */
function writeLanguagePacks(userDataDir: string, extensionsDir: string): void {
  const packs: Record<string, { hash: string; extensions: unknown[]; translations: Record<string, string>; label: string }> = {};
  for (const folder of readdirSync(extensionsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const root = path.join(extensionsDir, folder.name);
    const manifestFile = path.join(root, 'package.json');
    if (!existsSync(manifestFile)) continue;
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { name: string; publisher: string; version: string; contributes?: { localizations?: Localization[] } };
    const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
    for (const localization of manifest.contributes?.localizations ?? []) {
      packs[localization.languageId] = {
        hash: createHash('md5').update(id).update(manifest.version).digest('hex'),
        extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
        translations: Object.fromEntries(localization.translations.map((t) => [t.id, path.join(root, t.path)])),
        label: localization.localizedLanguageName ?? localization.languageName,
      };
    }
  }
  if (Object.keys(packs).length > 0) writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

/** Installs the extensions into a fresh profile and starts code-server; resolves once it answers on its port. */
export async function startWorkbenchServer(options: WorkbenchOptions): Promise<WorkbenchServer> {
  const userDataDir = path.join(options.runDir, 'user-data');
  const extensionsDir = path.join(options.runDir, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2),
  );
  await installExtensions(options, userDataDir, extensionsDir);
  if (options.locale) writeLanguagePacks(userDataDir, extensionsDir);

  const port = options.port ?? (await freePort());
  const serverLog = path.join(options.runDir, 'code-server.log');
  const log = openSync(serverLog, 'w');
  const child = spawn(
    options.toolchain.node,
    [
      options.toolchain.codeServerEntry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      ...(options.locale ? ['--locale', options.locale] : []),
      options.workspace,
    ],
    // Its own process group, so that stopping it also ends the extension host and file watchers it spawns.
    { detached: true, stdio: ['ignore', log, log], env: { ...process.env, ...options.env } },
  );
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start code-server (${options.toolchain.codeServerEntry})`);
  // Last resort if the calling script dies without stopping the server: never leave the group behind.
  const killOnExit = (): void => killGroup(pid, 'SIGKILL');
  process.on('exit', killOnExit);

  let exitedWith: string | undefined;
  const exited = new Promise<string>((resolve) => {
    child.on('exit', (code, signal) => {
      exitedWith = signal ? `killed by ${signal}` : `exit code ${code}`;
      resolve(exitedWith);
    });
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      killGroup(pid, 'SIGTERM');
      try {
        await waitFor('code-server to exit', () => (isGroupAlive(pid) ? undefined : true), 10_000);
      } catch {
        killGroup(pid, 'SIGKILL');
        await waitFor('code-server process group to die', () => (isGroupAlive(pid) ? undefined : true), 10_000);
      }
      process.off('exit', killOnExit);
    })();
    return stopping;
  };

  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      `code-server to answer on ${base}`,
      async () => {
        if (exitedWith !== undefined) throw new Error(`code-server exited (${exitedWith}):\n${readFileSync(serverLog, 'utf8')}`);
        try {
          return (await fetch(`${base}/healthz`)).ok ? true : undefined;
        } catch {
          return undefined;
        }
      },
      options.startTimeoutMs ?? 60_000,
    );
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    url: `${base}/?folder=${encodeURIComponent(options.workspace)}`,
    port,
    userDataDir,
    serverLog,
    exited,
    stop,
  };
}

/** Opens the workbench in headless Chromium and waits until it has rendered. */
export async function openWorkbench(
  server: WorkbenchServer,
  toolchain: Toolchain,
  options: { timeoutMs?: number; width?: number; height?: number } = {},
): Promise<OpenWorkbench> {
  const browser = await chromium.launch({ executablePath: toolchain.chromium, headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1440, height: options.height ?? 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.stack ?? err.message));
    const timeout = options.timeoutMs ?? 120_000;
    await page.goto(server.url, { timeout });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
    return { browser, page, pageErrors, close: () => browser.close() };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

/** The extension host's log files of a run (newest session last), for printing when tests fail. */
export function extensionHostLogs(userDataDir: string): string[] {
  const logsRoot = path.join(userDataDir, 'logs');
  if (!existsSync(logsRoot)) return [];
  return readdirSync(logsRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => /exthost/i.test(file) && file.endsWith('.log'))
    .sort()
    .map((file) => path.join(logsRoot, file));
}
