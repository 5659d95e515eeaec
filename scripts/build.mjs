// Bundles the extension (Node, CommonJS, `vscode` external), its web build (web worker host) and the CLI with esbuild.
// Production builds are minified without sourcemaps; `--dev`/`--watch` keep sourcemaps.
import * as esbuild from 'esbuild';
import { webBuildOptions } from './web-build.mjs';

const watch = process.argv.includes('--watch');
const production = !watch && !process.argv.includes('--dev');

/** Prints errors in the `file:line:col: error: text` shape VS Code's problem matchers read. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => { if (watch) console.log('[watch] build started'); });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [problemMatcher],
};

const targets = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...webBuildOptions, minify: production, sourcemap: !production, plugins: [...webBuildOptions.plugins, problemMatcher] },
  // Loaded by the CLI for `detect --jobs N`, from beside dist/cli.js.
  { ...common, entryPoints: ['src/cli/detectWorker.ts'], outfile: 'dist/detectWorker.js' },
  // Started by the desktop extension host (src/node/workerDetector.ts), from beside dist/extension.js.
  { ...common, entryPoints: ['src/worker/detectionWorker.ts'], outfile: 'dist/detectionWorker.js' },
];

if (watch) {
  const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
}
