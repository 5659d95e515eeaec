// Builds the production bundles and packages the ClaimLens extension as claimlens-<version>.vsix with @vscode/vsce.
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
