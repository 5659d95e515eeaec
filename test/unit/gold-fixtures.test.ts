// Specification of the gold development set in test/fixtures/gold/: exact spans, built from its authoring files.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { resolveAuthoring } from '../../scripts/gold/authoring';
import { goldDir, readArticle, readGoldFiles, serializeGold } from '../../scripts/gold/files';

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

  const authoringDir = path.join(goldDir, 'authoring');
  for (const name of readdirSync(authoringDir).filter((f) => f.endsWith('.snippets')).sort()) {
    it(`${name} resolves without errors to the committed gold file`, () => {
      const authoring = readFileSync(path.join(authoringDir, name), 'utf8');
      const articleName = /^file:\s*(.+)$/m.exec(authoring)?.[1].trim() ?? '';
      const { gold, errors: problems } = resolveAuthoring(authoring, readArticle(path.join(goldDir, articleName)), name);
      assert.deepEqual(problems, []);
      const goldPath = path.join(goldDir, articleName.replace(/\.(txt|md)$/, '') + '.gold.json');
      assert.equal(readFileSync(goldPath, 'utf8'), serializeGold(gold));
    });
  }
});
