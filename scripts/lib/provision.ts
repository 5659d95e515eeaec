// Provisions what a real VS Code needs here: Debian's Chromium, Node 24 and code-server, cached in git-ignored .vscode-test/.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCommand } from './run';

/** code-server 4.139.1 bundles the VS Code 1.139 server and web workbench. */
export const CODE_SERVER_VERSION = '4.139.1';
/** code-server's engines field asks for exactly this Node major. */
const NODE_MAJOR = 24;
/** The npm package `node-<platform>-<arch>` at this version ships a Node 24 binary and its headers. */
const NODE_PACKAGE_VERSION = '24.21.0';

/** code-server compiles native modules: about 2 minutes on an idle 2-core machine, far more on a loaded one. */
const INSTALL_TIMEOUT_MS = 45 * 60_000;

export const repoRoot = path.resolve(__dirname, '..', '..');

/** Where downloads are cached between runs; CLAIMLENS_VSCODE_CACHE lets several checkouts share one. */
export function cacheDir(): string {
  return path.resolve(process.env.CLAIMLENS_VSCODE_CACHE ?? path.join(repoRoot, '.vscode-test'));
}

export interface Toolchain {
  /** A Node 24 binary that runs code-server. */
  node: string;
  /** code-server's `out/node/entry.js`. */
  codeServerEntry: string;
  /** A Chromium (or Chrome) binary for playwright-core. */
  chromium: string;
}

/** A missing prerequisite this script may not install itself; the message says exactly what to install. */
export class ProvisionError extends Error {}

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Debian packages by what they provide, checked by a file each package installs. */
const SYSTEM_PACKAGES = {
  chromium: { package: 'chromium', present: () => findChromium() !== undefined },
  kerberosHeaders: { package: 'libkrb5-dev', present: () => existsSync('/usr/include/krb5.h') },
  python: { package: 'python3', present: () => onPath('python3') },
  make: { package: 'make', present: () => onPath('make') },
  compiler: { package: 'g++', present: () => onPath('g++') },
} as const;

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir !== '' && existsSync(path.join(dir, command)));
}

function findChromium(): string | undefined {
  const override = process.env.CLAIMLENS_CHROMIUM;
  if (override) return existsSync(override) ? override : undefined;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
}

function codeServerDir(): string {
  return path.join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`);
}

function codeServerEntry(): string {
  return path.join(codeServerDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** Installs missing Debian packages when allowed (root with apt-get), otherwise explains what to install. */
async function ensureSystemPackages(needCodeServerBuild: boolean): Promise<void> {
  const wanted = needCodeServerBuild
    ? Object.values(SYSTEM_PACKAGES)
    : [SYSTEM_PACKAGES.chromium];
  const missing = wanted.filter((p) => !p.present()).map((p) => p.package);
  if (missing.length === 0) return;
  const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    throw new ProvisionError(
      `The real-VS-Code tests need these system packages: ${missing.join(' ')}.\n` +
        `  On Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
        '  Elsewhere install the equivalents (a Chromium or Chrome binary can also be named with CLAIMLENS_CHROMIUM).',
    );
  }
  console.log(`Installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runCommand('apt-get', ['update'], { env });
  await runCommand('apt-get', ['install', '-y', ...missing], { env });
}

/**
 * The system npm's global configuration file. npm looks for it beside the Node that runs npm, so an npm run by
 * Node 24 would miss it, and with it settings such as `cafile`, which a network with a TLS-inspecting proxy needs.
 */
function systemNpmGlobalConfig(): string {
  return process.env.npm_config_globalconfig ?? path.join(path.dirname(path.dirname(process.execPath)), 'etc', 'npmrc');
}

/**
 * The environment for a nested `npm install`: without the `npm_*` variables an enclosing `npm run` sets, which
 * would otherwise leak its configuration (its user agent names the system Node, failing code-server's check),
 * but reading the same configuration files as the system npm.
 */
function nestedNpmEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, npm_config_globalconfig: systemNpmGlobalConfig(), ...extra };
}

/**
 * Runs `npm install` in a fresh folder and moves it into place only when complete, so an interrupted
 * install never leaves a half-filled cache and two checkouts sharing a cache cannot corrupt it.
 */

async function installCached(
  finalDir: string,
  manifest: object,
  env: NodeJS.ProcessEnv,
  verify: (dir: string) => Promise<void>,
): Promise<void> {
  const staging = `${finalDir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(path.join(staging, 'package.json'), JSON.stringify(manifest, null, 2));
  // npm prints nothing until it is done; a heartbeat shows a slow (busy machine) install is not a hung one.
  const started = Date.now();
  const heartbeat = setInterval(
    () => console.log(`  … still installing (${Math.round((Date.now() - started) / 60_000)} min)`),
    60_000,
  );
  try {
    await runCommand('npm', ['install', '--no-package-lock', '--no-audit', '--no-fund'], {
      cwd: staging,
      env,
      timeoutMs: INSTALL_TIMEOUT_MS,
    });
    await verify(staging);
    if (!existsSync(finalDir)) renameSync(staging, finalDir);
  } finally {
    clearInterval(heartbeat);
    rmSync(staging, { recursive: true, force: true });
  }
}

async function ensureNode(): Promise<string> {
  if (Number(process.versions.node.split('.')[0]) === NODE_MAJOR) return process.execPath;
  const nodePackage = `node-${process.platform}-${process.arch}`;
  const dir = path.join(cacheDir(), `node-${NODE_PACKAGE_VERSION}`);
  const binary = (root: string): string => path.join(root, 'node_modules', nodePackage, 'bin', 'node');
  if (!existsSync(binary(dir))) {
    console.log(`Installing Node ${NODE_MAJOR} (npm package ${nodePackage}@${NODE_PACKAGE_VERSION}) into ${dir}`);
    await installCached(
      dir,
      { name: 'claimlens-node-cache', private: true, dependencies: { [nodePackage]: NODE_PACKAGE_VERSION } },
      nestedNpmEnv({}),
      (staging) => runCommand(binary(staging), ['--version']),
    );
  }
  return binary(dir);
}

async function ensureCodeServer(node: string): Promise<string> {
  if (existsSync(codeServerEntry())) return codeServerEntry();
  console.log(`Installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir()} (about 2 minutes, 600 MB)`);
  const nodeDir = path.resolve(path.dirname(node), '..');
  // code-server's postinstall compiles native modules; they must be built against Node 24's headers,
  // whatever npm is configured to use for the system Node.
  const env = nestedNpmEnv({
    PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: nodeDir,
  });
  await installCached(
    codeServerDir(),
    {
      name: 'claimlens-code-server-cache',
      private: true,
      dependencies: { 'code-server': CODE_SERVER_VERSION },
      // npm 11 skips dependency install scripts unless approved; code-server cannot work without its postinstall.
      allowScripts: { 'code-server': true, argon2: true },
    },
    env,
    (staging) =>
      runCommand(node, [path.join(staging, 'node_modules', 'code-server', 'out', 'node', 'entry.js'), '--version'], {
        stdio: ['ignore', 'ignore', 'inherit'],
      }),
  );
  return codeServerEntry();
}

/** Makes sure Chromium, Node 24 and code-server are present, installing what is missing. */
export async function provision(): Promise<Toolchain> {
  await ensureSystemPackages(!existsSync(codeServerEntry()));
  const node = await ensureNode();
  const codeServerEntryPath = await ensureCodeServer(node);
  const chromium = findChromium();
  if (chromium === undefined) throw new ProvisionError('Chromium is still missing after provisioning.');
  return { node, codeServerEntry: codeServerEntryPath, chromium };
}
