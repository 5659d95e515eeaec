// Bundles the test-runner extension (test/runner) with mocha and every test/vscode suite, and packages it as a .vsix.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { createVSIX } from '@vscode/vsce';
import { repoRoot } from './provision';

const runnerSource = path.join(repoRoot, 'test', 'runner');
const suitesRoot = path.join(repoRoot, 'test', 'vscode');
export const runnerOutDir = path.join(repoRoot, 'out', 'test-runner');
/** The bundle doubles as @vscode/test-electron's extensionTestsPath module (it exports `run()`). */
export const runnerBundle = path.join(runnerOutDir, 'extension.js');
export const runnerVsix = path.join(repoRoot, 'out', 'claimlens-test-runner.vsix');

/** Every suite file, relative to the repository, in a stable order. */
export function suiteFiles(): string[] {
  return readdirSync(suitesRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => path.posix.join('test', 'vscode', file.split(path.sep).join('/')))
    .sort();
}

/** Provides `claimlens:vscode-suites`: a list of the suites whose modules load lazily, when mocha is ready. */
const suitesModule: esbuild.Plugin = {
  name: 'claimlens-vscode-suites',
  setup(build) {
    build.onResolve({ filter: /^claimlens:vscode-suites$/ }, (args) => ({ path: args.path, namespace: 'vscode-suites' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-suites' }, () => {
      const entries = suiteFiles().map(
        (file) => `  { file: ${JSON.stringify(file)}, load: () => { require(${JSON.stringify(`./${file}`)}); } },`,
      );
      return { contents: `export const suites = [\n${entries.join('\n')}\n];\n`, loader: 'ts', resolveDir: repoRoot };
    });
  },
};

/** Bundles the runner with mocha and the suites; `vscode` stays external, provided by the extension host. */
export async function buildTestRunner(): Promise<void> {
  rmSync(runnerOutDir, { recursive: true, force: true });
  mkdirSync(runnerOutDir, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(runnerSource, 'extension.ts')],
    outfile: runnerBundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
    // Mocha's parallel mode (worker files found by require.resolve) is never used inside the extension host.
    logOverride: { 'require-resolve-not-external': 'silent' },
    plugins: [suitesModule],
  });
  copyFileSync(path.join(runnerSource, 'package.json'), path.join(runnerOutDir, 'package.json'));
}

export async function packageTestRunner(): Promise<string> {
  await buildTestRunner();
  await createVSIX({
    cwd: runnerOutDir,
    packagePath: runnerVsix,
    dependencies: false,
    allowMissingRepository: true,
    skipLicense: true,
  });
  return runnerVsix;
}
