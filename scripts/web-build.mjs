// esbuild options of the web extension (package.json `browser`): the web worker extension host has no Node, so the
// bundle may not import Node's built-in modules, and dependencies use their browser builds.
import { builtinModules } from 'node:module';

const NODE_BUILTINS = new Set(builtinModules);

/** Fails the build on any import of a Node built-in (`node:fs`, `path`…), naming the file that imports it. */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      const builtin = args.path.startsWith('node:') || NODE_BUILTINS.has(args.path) || NODE_BUILTINS.has(args.path.split('/')[0]);
      if (!builtin) return undefined;
      return { errors: [{ text: `the web extension cannot import the Node module '${args.path}' (imported by ${args.importer})` }] };
    });
  },
};

export const webBuildOptions = {
  entryPoints: ['src/webExtension.ts'],
  outfile: 'dist/web/extension.js',
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  // csv-stringify's Node build uses the Node-only `Buffer` when it loads; its browser build brings its own.
  alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [noNodeBuiltins],
};
