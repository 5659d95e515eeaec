// Specification of the web build (package.json `browser`): no Node module in the bundle, and it loads where Node's globals are missing.
import * as assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import * as esbuild from 'esbuild';

interface WebBuild {
  webBuildOptions: esbuild.BuildOptions;
  noNodeBuiltins: esbuild.Plugin;
}

const loadWebBuild = (): Promise<WebBuild> => import('../../scripts/web-build.mjs');

/**
 * A stand-in `vscode` module: every member is an empty class, enough for module-level `extends` and `new`. The
 * bundle copies the module into an object that inherits from its prototype, so the prototype answers too.
 */
const anyMember = new Proxy({}, { get: () => class {} });
const vscodeStandIn = new Proxy({}, { get: () => class {}, getPrototypeOf: () => anyMember });

describe('the web extension bundle', function () {
  this.timeout(60_000);
  let bundle: string;

  before(async () => {
    const { webBuildOptions } = await loadWebBuild();
    const result = await esbuild.build({ ...webBuildOptions, write: false, outfile: 'web.js', logLevel: 'silent' });
    bundle = result.outputFiles[0].text;
  });

  it('loads and exports activate in a worker-like context without process, Buffer, global or require', () => {
    const module = { exports: {} as Record<string, unknown> };
    const context: Record<string, unknown> = {
      module,
      exports: module.exports,
      require: (id: string) => {
        if (id === 'vscode') return vscodeStandIn;
        throw new Error(`the web bundle requires '${id}'`);
      },
      console, TextDecoder, TextEncoder, URL, setTimeout, clearTimeout, queueMicrotask,
    };
    context.self = context;
    runInNewContext(bundle, context);
    assert.equal(typeof module.exports.activate, 'function');
    assert.equal(typeof module.exports.deactivate, 'function');
  });

  it('keeps the Node-only atomic rename out of the bundle', () => {
    assert.doesNotMatch(bundle, /replaceLocalFile|require\("(node:)?fs/);
  });

  it('refuses to build code that imports a Node module', async () => {
    const { noNodeBuiltins } = await loadWebBuild();
    for (const source of ["import { rename } from 'node:fs/promises'; rename('a', 'b');", "import * as path from 'path'; console.log(path.sep);"]) {
      await assert.rejects(
        esbuild.build({ stdin: { contents: source, resolveDir: '.' }, bundle: true, platform: 'browser', write: false, logLevel: 'silent', plugins: [noNodeBuiltins] }),
        /the web extension cannot import the Node module/,
      );
    }
  });
});
