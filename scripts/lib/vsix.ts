// Builds the production bundles and packages the ClaimLens extension as claimlens-<version>.vsix with @vscode/vsce.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createVSIX } from '@vscode/vsce';
import { version } from '../../package.json';
import { repoRoot } from './provision';
import { runCommand } from './run';

export const vsixPath = path.join(repoRoot, `claimlens-${version}.vsix`);

/** Runs the production build (minified, no sourcemaps) of the extension and the CLI. */
export function buildBundles(): Promise<void> {
  return runCommand(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot });
}

/** Builds, then packages; returns the .vsix path. What goes in is decided by .vscodeignore. */
export async function packageExtension(): Promise<string> {
  await buildBundles();
  // Runtime dependencies are bundled by esbuild, so node_modules stays out of the package.
  await createVSIX({ cwd: repoRoot, packagePath: vsixPath, dependencies: false });
  return vsixPath;
}

/**
 * Packages the already built web bundle as a web-only extension (`browser`, no `main`) into `folder`, so that
 * VS Code can run it only in the web worker extension host; returns the .vsix path.
 */
export async function packageWebOnlyExtension(folder: string): Promise<string> {
  const staging = path.join(folder, 'web-extension');
  mkdirSync(path.join(staging, 'dist', 'web'), { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  delete manifest.main;
  delete manifest.bin;
  delete manifest.scripts;
  writeFileSync(path.join(staging, 'package.json'), JSON.stringify(manifest, null, 2));
  // What .vscodeignore lets into the package, without the Node bundles: the manifest's translations included.
  const translations = readdirSync(repoRoot).filter((name) => /^package\.nls(\.[\w-]+)?\.json$/.test(name));
  const items = ['README.md', 'CHANGELOG.md', 'LICENSE', 'media', 'schemas', 'l10n', ...translations, path.join('dist', 'web', 'extension.js')];
  for (const item of items.filter((name) => existsSync(path.join(repoRoot, name)))) {
    cpSync(path.join(repoRoot, item), path.join(staging, item), { recursive: true });
  }
  const packagePath = path.join(folder, `claimlens-web-${version}.vsix`);
  await createVSIX({ cwd: staging, packagePath, dependencies: false });
  return packagePath;
}
