// Reliability, case 3 (export -o overwrites the article or its sidecar): an export is never written onto an article, a sidecar or someone's text file.
import * as assert from 'node:assert/strict';
import { readdirSync, symlinkSync } from 'node:fs';
import { exportTargetProblem, exportTargetRefusal } from '../../../src/core/export';
import { Workspace } from './workspace';

describe('reliability: export never overwrites an article or a sidecar', () => {
  let ws: Workspace;

  beforeEach(async () => {
    ws = new Workspace();
    await ws.annotated('news/article.txt');
    ws.tag('news/article.txt', 'Tass reported', { state: 'confirmed', note: 'mine' });
  });

  afterEach(() => ws.remove());

  const refusals = [
    ['the article it exports', 'news/article.txt', /article\.txt is one of the articles being exported/],
    ['that article’s sidecar', 'news/article.txt.claims.json', /article\.txt\.claims\.json is a sidecar/],
  ] as const;

  for (const [what, output, message] of refusals) {
    for (const format of ['md', 'csv', 'w3c']) {
      it(`refuses to write a ${format} export onto ${what}, exits 2 and changes nothing`, async () => {
        const before = [ws.bytes('news/article.txt'), ws.bytes('news/article.txt.claims.json')];
        const run = await ws.run('export', '--format', format, '-o', output, 'news/article.txt');
        assert.equal(run.code, 2);
        assert.match(run.stderr, message);
        assert.match(run.stderr, /nothing was written/);
        assert.deepEqual([ws.bytes('news/article.txt'), ws.bytes('news/article.txt.claims.json')], before);
      });
    }
  }

  it('refuses another annotated article, and a symbolic link to the exported one', async () => {
    await ws.annotated('news/other.txt');
    symlinkSync(ws.path('news/article.txt'), ws.path('report.md'));
    const other = await ws.run('export', '--format', 'md', '-o', 'news/other.txt', 'news/article.txt');
    const linked = await ws.run('export', '--format', 'md', '-o', 'report.md', 'news/article.txt');
    assert.match(other.stderr, /other\.txt is an annotated article/);
    assert.match(linked.stderr, /article\.txt is one of the articles being exported/);
    assert.equal(ws.read('news/article.txt').startsWith('Moscow'), true);
  });

  it('refuses a symbolic link to a sidecar not written yet, and creates no sidecar through it', async () => {
    ws.write('news/other.txt', 'Officials said the border would stay closed.\n');
    symlinkSync(ws.path('news/other.txt.claims.json'), ws.path('claims.csv'));
    const run = await ws.run('export', '--format', 'csv', '-o', 'claims.csv', 'news/article.txt');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /other\.txt\.claims\.json is a sidecar/);
    assert.deepEqual(readdirSync(ws.path('news')).sort(), ['article.txt', 'article.txt.claims.json', 'other.txt']);
  });

  it('refuses an existing text file that is not a ClaimLens report, but writes over an earlier report', async () => {
    ws.write('notes.md', 'My own notes, not a report.\n');
    const refused = await ws.run('export', '--format', 'md', '-o', 'notes.md', 'news/article.txt');
    assert.match(refused.stderr, /notes\.md already exists and is not a ClaimLens report/);
    assert.equal(ws.read('notes.md'), 'My own notes, not a report.\n');
    assert.equal((await ws.run('export', '--format', 'md', '-o', 'report.md', 'news/article.txt')).code, 0);
    const again = await ws.run('export', '--format', 'md', '-o', 'report.md', 'news/article.txt');
    assert.equal(again.code, 0, again.stderr);
  });
});

describe('exportTargetProblem', () => {
  const articles = ['/news/a.txt'];

  it('allows a new file and an existing export in another format', () => {
    assert.equal(exportTargetProblem({ path: '/out/report.csv', existing: null, hasSidecar: false }, articles), null);
    assert.equal(exportTargetProblem({ path: '/out/report.csv', existing: 'file,start', hasSidecar: false }, articles), null);
  });

  it('allows an earlier Markdown report, even one saved with a BOM', () => {
    assert.equal(exportTargetProblem({ path: '/out/report.md', existing: '\uFEFF# ClaimLens report\n', hasSidecar: false }, articles), null);
  });

  it('refuses a sidecar by its name even when it does not exist yet', () => {
    assert.match(exportTargetProblem({ path: '/out/b.txt.claims.json', existing: null, hasSidecar: false }, articles) ?? '', /is a sidecar/);
  });
});

describe('exportTargetRefusal', () => {
  const articles = ['/news/a.txt'];

  it('says why a file may not receive an export as a kind the caller words in its language', () => {
    const refusal = (path: string, existing: string | null = null, hasSidecar = false) => exportTargetRefusal({ path, existing, hasSidecar }, articles);
    assert.deepEqual(
      [refusal('/news/b.txt.claims.json'), refusal('/news/a.txt'), refusal('/news/notes.md', '# Notes', false), refusal('/news/c.txt', null, true)],
      [
        { kind: 'sidecar', name: 'b.txt.claims.json' },
        { kind: 'exportedArticle', name: 'a.txt' },
        { kind: 'notAReport', name: 'notes.md' },
        { kind: 'annotatedArticle', name: 'c.txt' },
      ],
    );
  });

  it('lets a report in the reader\'s language be written over when its heading is given', () => {
    const spanishReport = { path: '/out/informe.md', existing: '# Informe de ClaimLens\n', hasSidecar: false };
    assert.equal(exportTargetRefusal(spanishReport, articles)?.kind, 'notAReport');
    assert.equal(exportTargetRefusal(spanishReport, articles, ['# ClaimLens report', '# Informe de ClaimLens']), null);
  });
});
