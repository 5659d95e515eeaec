// Specification of the gold sets in test/fixtures/: exact spans, built from their authoring files, kinds where required.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { resolveAuthoring } from '../../scripts/gold/authoring';
import { GOLD_SETS, readArticle, readGoldFiles, readGoldSet, serializeGold, type GoldSet } from '../../scripts/gold/files';

/** Whether each authoring file of the set resolves without errors to its committed gold file. */
function authoringAgreement(set: GoldSet): { name: string; problems: string[]; built: string; committed: string }[] {
  const authoringDir = path.join(set.dir, 'authoring');
  if (!existsSync(authoringDir)) return [];
  return readdirSync(authoringDir)
    .filter((f) => f.endsWith('.snippets'))
    .sort()
    .map((name) => {
      const authoring = readFileSync(path.join(authoringDir, name), 'utf8');
      const articleName = /^file:\s*(.+)$/m.exec(authoring)?.[1].trim() ?? '';
      const { gold, errors } = resolveAuthoring(authoring, readArticle(path.join(set.dir, articleName)), name, { requireKind: set.requireKind });
      const goldPath = path.join(set.dir, articleName.replace(/\.(txt|md)$/, '') + '.gold.json');
      return { name, problems: errors, built: serializeGold(gold), committed: existsSync(goldPath) ? readFileSync(goldPath, 'utf8') : '' };
    });
}

describe('gold development set', () => {
  const { documents, errors } = readGoldFiles();

  it('has gold files whose every span text equals the article text at its offsets', () => {
    assert.deepEqual(errors, []);
  });

  it('holds the seed article with its 19 published gold claims', () => {
    const seed = documents.find((d) => d.gold.file === 'seed-article.txt');
    assert.equal(seed?.gold.claims.length, 19);
  });

  it('holds at least 15 hand-written articles with 300 claims besides the seed', () => {
    const written = documents.filter((d) => d.gold.file !== 'seed-article.txt');
    const claims = written.reduce((n, d) => n + d.gold.claims.length, 0);
    assert.ok(written.length >= 15 && claims >= 300, `${written.length} articles, ${claims} claims`);
  });
});

for (const set of Object.values(GOLD_SETS).filter((s) => !s.blind)) {
  describe(`gold set ${set.name} (authoring files)`, () => {
    it('has gold files that match their articles and carry the fields the set requires', () => {
      assert.deepEqual(readGoldSet(set).errors, []);
    });

    for (const { name, problems, built, committed } of authoringAgreement(set)) {
      it(`${name} resolves without errors to the committed gold file`, () => {
        assert.deepEqual(problems, []);
        assert.equal(committed, built);
      });
    }
  });
}

describe('blind gold set (checked without showing its content)', () => {
  const set = GOLD_SETS.blind;

  it('has gold files that match their articles, each with a kind on every claim', () => {
    const { errors } = readGoldSet(set);
    assert.ok(errors.length === 0, `${errors.length} blind gold file(s) do not match; run: npx tsx scripts/gold-build.ts --set real-blind --check`);
  });

  it('has every authoring file built into its committed gold file', () => {
    const stale = authoringAgreement(set).filter((a) => a.problems.length > 0 || a.built !== a.committed).map((a) => a.name);
    assert.ok(stale.length === 0, `out of date: ${stale.join(', ')}; run: npx tsx scripts/gold-build.ts --set real-blind`);
  });
});
