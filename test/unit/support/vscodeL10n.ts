// Loads an extension module that uses `vscode.l10n` in plain Node, with `vscode` standing for a display language whose
// bundle is read from l10n/: the lookup VS Code does (the English message is the key; {0}… are filled in afterwards).
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');

interface Loader {
  _load(request: string, parent: unknown, isMain: boolean): unknown;
}

function fill(message: string, args: unknown[]): string {
  return message.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : whole));
}

/** A `vscode` module with just `l10n.t` and `env.language`, translating through `l10n/bundle.l10n.<language>.json`. */
export function fakeVscode(language: string): unknown {
  const bundle = JSON.parse(readFileSync(path.join(ROOT, 'l10n', `bundle.l10n.${language}.json`), 'utf8')) as Record<string, string>;
  return {
    env: { language },
    l10n: { t: (message: string, ...args: unknown[]) => fill(bundle[message] ?? message, args) },
  };
}

/** Requires `modulePath` (from the repository root) with `vscode` faked for `language`; a fresh copy each time. */
export function requireWithLanguage<T>(modulePath: string, language: string): T {
  const loader = Module as unknown as Loader;
  const original = loader._load;
  const fake = fakeVscode(language);
  const file = require.resolve(path.join(ROOT, modulePath));
  delete require.cache[file];
  loader._load = function load(request, parent, isMain) {
    return request === 'vscode' ? fake : original.call(this, request, parent, isMain);
  };
  try {
    return createRequire(__filename)(file) as T;
  } finally {
    loader._load = original;
    delete require.cache[file];
  }
}
