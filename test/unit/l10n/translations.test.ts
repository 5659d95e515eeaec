import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { manifestKeys, placeholders, translatedStrings, untranslatedLiterals } from '../../../scripts/l10n/strings';

const ROOT = path.join(__dirname, '..', '..', '..');
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));

const manifest = readJson('package.json') as { l10n?: string; contributes: Record<string, unknown> } & Record<string, unknown>;
const englishManifest = readJson('package.nls.json') as Record<string, string>;
/** Every translation shipped: `package.nls.<language>.json` and `l10n/bundle.l10n.<language>.json`. */
const manifestTranslations = readdirSync(ROOT).filter((f) => /^package\.nls\.[a-z-]+\.json$/.test(f));
const bundles = readdirSync(path.join(ROOT, 'l10n')).filter((f) => /^bundle\.l10n\.[a-z-]+\.json$/.test(f)).map((f) => `l10n/${f}`);
const { strings, problems } = translatedStrings(ROOT, path.join(ROOT, 'src'));
const messages = new Set(strings.map((s) => s.message));

/** The user-facing texts of the manifest: they must all be `%key%` references. */
function manifestTexts(): { where: string; value: unknown }[] {
  const c = manifest.contributes as {
    commands: { command: string; title: unknown }[];
    views: Record<string, { id: string; name: unknown }[]>;
    configuration: { properties: Record<string, Record<string, unknown> & { items?: Record<string, unknown> }> };
    colors: { id: string; description: unknown }[];
    viewsWelcome: { view: string; contents: unknown }[];
  };
  return [
    { where: 'description', value: manifest.description },
    ...c.commands.map((x) => ({ where: `command ${x.command}`, value: x.title })),
    ...Object.values(c.views).flat().map((v) => ({ where: `view ${v.id}`, value: v.name })),
    ...Object.entries(c.configuration.properties).flatMap(([key, p]) => [
      ...['description', 'markdownDescription'].filter((f) => f in p).map((f) => ({ where: `setting ${key}`, value: p[f] })),
      ...[p.enumDescriptions, p.items?.enumDescriptions].flatMap((list) => (Array.isArray(list) ? list : [])).map((value) => ({ where: `setting ${key}`, value })),
    ]),
    ...c.colors.map((x) => ({ where: `colour ${x.id}`, value: x.description })),
    ...c.viewsWelcome.map((x) => ({ where: `welcome of ${x.view}`, value: x.contents })),
  ];
}

describe('translations', () => {
  it('ship at least the Spanish manifest and bundle', () => {
    assert.deepEqual([manifestTranslations.includes('package.nls.es.json'), bundles.includes('l10n/bundle.l10n.es.json')], [true, true]);
    assert.equal(manifest.l10n, './l10n');
  });

  it('leave no text of the manifest in English only: titles, names, descriptions and welcome texts are %key% references', () => {
    const literal = manifestTexts().filter(({ value }) => typeof value !== 'string' || !/^%[^%]+%$/.test(value));
    assert.deepEqual(literal.map((l) => l.where), []);
  });

  it('give every %key% of the manifest its English text in package.nls.json', () => {
    assert.deepEqual(manifestKeys(manifest).filter((key) => typeof englishManifest[key] !== 'string'), []);
  });

  it('give every %key% of the manifest a translation in every package.nls.<language>.json, and nothing else', () => {
    for (const file of manifestTranslations) {
      const translated = readJson(file);
      assert.deepEqual(Object.keys(englishManifest).filter((key) => typeof translated[key] !== 'string' || translated[key] === ''), [], `missing in ${file}`);
      assert.deepEqual(Object.keys(translated).filter((key) => !(key in englishManifest)), [], `unknown keys in ${file}`);
    }
  });

  it('keep the Markdown links and setting references of the manifest texts in their translations', () => {
    const markup = (text: string): string[] => [...text.matchAll(/\]\((command:[^)]+)\)|`#[^`]+#`/g)].map((m) => m[0].replace(/^\]/, '')).sort();
    for (const file of manifestTranslations) {
      const translated = readJson(file) as Record<string, string>;
      for (const [key, english] of Object.entries(englishManifest)) assert.deepEqual(markup(translated[key] ?? ''), markup(english), `${file}: ${key}`);
    }
  });

  it('find every message given to vscode.l10n.t as a literal', () => {
    assert.deepEqual(problems, []);
    assert.ok(strings.length > 100, `only ${strings.length} messages found`);
  });

  it('give every vscode.l10n.t message of the source a translation in every bundle', () => {
    for (const bundle of bundles) {
      const translated = readJson(bundle);
      const missing = strings.filter((s) => typeof translated[s.message] !== 'string' || translated[s.message] === '');
      assert.deepEqual(missing.map((s) => `${s.where}: ${s.message}`), [], `missing in ${bundle}`);
    }
  });

  it('keep no translation of a message the source no longer has', () => {
    for (const bundle of bundles) assert.deepEqual(Object.keys(readJson(bundle)).filter((key) => !messages.has(key)), [], `stale in ${bundle}`);
  });

  it('keep every {0} argument of a message in its translation', () => {
    for (const bundle of bundles) {
      const translated = readJson(bundle) as Record<string, string>;
      const broken = [...messages].filter((m) => typeof translated[m] === 'string' && placeholders(translated[m]).join() !== placeholders(m).join());
      assert.deepEqual(broken, [], `arguments lost in ${bundle}`);
    }
  });

  it('leave no English words in messages, buttons, pickers, prompts, tree items, errors or the status bar that bypass vscode.l10n.t', () => {
    assert.deepEqual(untranslatedLiterals(ROOT, path.join(ROOT, 'src', 'extension')), []);
  });
});
