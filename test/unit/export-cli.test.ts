import * as assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { claimlens } from './support/cli';
import type { Sidecar } from '../../src/core/model/types';
import { FIXTURES } from './export-fixtures';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

describe('claimlens export, import and stats end to end', () => {
  let work: string;

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'claimlens-cli-'));
    mkdirSync(path.join(work, 'news', 'korea'), { recursive: true });
    for (const file of ['article.txt', 'article.txt.claims.json']) copyFileSync(path.join(FIXTURES, file), path.join(work, 'news', 'korea', file));
    writeFileSync(path.join(work, 'news', 'unannotated.txt'), 'No sidecar here.');
  });

  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('exports a folder as CSV on stdout, finding the annotated article in a subfolder', async () => {
    const run = await claimlens(work, 'export', '--format', 'csv', 'news');
    assert.equal(run.code, 0, run.stderr);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 6);
    assert.ok(rows.every((r) => r.file === 'news/korea/article.txt'));
  });

  it('writes each format to the file named by -o and prints nothing on stdout', async () => {
    for (const format of ['w3c', 'csv', 'md', 'html']) {
      const out = path.join(work, `report.${format}`);
      const run = await claimlens(work, 'export', '-f', format, '-o', out, 'news/korea/article.txt');
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, '');
      assert.ok(readFileSync(out, 'utf8').includes('Korean Central News Agency'), format);
    }
  });

  it('restores a deleted sidecar byte for byte from its W3C export', async () => {
    const sidecar = path.join(work, 'news', 'korea', 'article.txt.claims.json');
    const original = readFileSync(sidecar, 'utf8');
    assert.equal((await claimlens(work, 'export', '-f', 'w3c', '-o', 'claims.jsonld', 'news')).code, 0);
    rmSync(sidecar);
    const run = await claimlens(work, 'import', 'claims.jsonld');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(sidecar, 'utf8'), original);
  });

  it('refuses to import into a sidecar it cannot read, and leaves that file as it was', async () => {
    assert.equal((await claimlens(work, 'export', '-f', 'w3c', '-o', 'claims.jsonld', 'news')).code, 0);
    const sidecar = path.join(work, 'news', 'korea', 'article.txt.claims.json');
    writeFileSync(sidecar, '{"version": 99}');
    const run = await claimlens(work, 'import', 'claims.jsonld');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /article\.txt\.claims\.json.*left untouched/);
    assert.equal(readFileSync(sidecar, 'utf8'), '{"version": 99}');
  });

  it('imports annotations from another tool into the article named by --article', async () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://example.org/anno/1',
      type: 'Annotation',
      body: { type: 'TextualBody', purpose: 'commenting', value: 'Check the range.' },
      target: { source: 'https://example.org/story', selector: { type: 'TextQuoteSelector', exact: 'the missile flew about 1,000 km' } },
    };
    writeFileSync(path.join(work, 'hypothesis.json'), JSON.stringify(annotation));
    rmSync(path.join(work, 'news', 'korea', 'article.txt.claims.json'));
    const run = await claimlens(work, 'import', '--article', 'news/korea/article.txt', 'hypothesis.json');
    assert.equal(run.code, 0, run.stderr);
    const sidecar = JSON.parse(readFileSync(path.join(work, 'news', 'korea', 'article.txt.claims.json'), 'utf8')) as Sidecar;
    assert.deepEqual(sidecar.claims.map((c) => [c.target.start, c.target.end, c.note, c.state]), [[211, 242, 'Check the range.', 'confirmed']]);
  });

  it('tells where a web-page target should go instead of guessing a file', async () => {
    writeFileSync(path.join(work, 'web.json'), JSON.stringify({
      type: 'Annotation', id: 'urn:x:1', target: { source: 'https://example.org/story', selector: { type: 'TextQuoteSelector', exact: 'said' } },
    }));
    const run = await claimlens(work, 'import', 'web.json');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /https:\/\/example\.org\/story: not a local file; name the article with --article/);
  });

  it('writes nothing on --dry-run', async () => {
    assert.equal((await claimlens(work, 'export', '-f', 'w3c', '-o', 'claims.jsonld', 'news')).code, 0);
    const sidecar = path.join(work, 'news', 'korea', 'article.txt.claims.json');
    rmSync(sidecar);
    const run = await claimlens(work, 'import', '--dry-run', 'claims.jsonld');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /would write news\/korea\/article\.txt\.claims\.json: 6 added/);
    assert.throws(() => readFileSync(sidecar), /ENOENT/);
  });

  it('counts claims by state, source, rating code and orphans', async () => {
    const run = await claimlens(work, 'stats', '--json', 'news');
    assert.equal(run.code, 0, run.stderr);
    const { total } = JSON.parse(run.stdout) as { total: { claims: number; orphans: number; byState: object; byCode: Record<string, number> } };
    assert.deepEqual([total.claims, total.orphans, total.byState], [5, 1, { suggested: 1, confirmed: 4, rejected: 1 }]);
    assert.equal(total.byCode.D3, 1);
  });

  it('reports an article without a sidecar and exits 1, still exporting the others', async () => {
    const run = await claimlens(work, 'export', '-f', 'md', 'news/unannotated.txt', 'news/korea/article.txt');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /unannotated\.txt: no annotations/);
    assert.match(run.stdout, /^# ClaimLens report/);
  });

  it('reports an article that is not UTF-8 by name instead of exporting garbled text', async () => {
    const latin1 = path.join(work, 'news', 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    copyFileSync(path.join(work, 'news', 'korea', 'article.txt.claims.json'), `${latin1}.claims.json`);
    const run = await claimlens(work, 'stats', 'news/latin1.txt');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /latin1\.txt: not valid UTF-8 text/);
  });

  it('publishes W3C targets under the IRI given with --base', async () => {
    const run = await claimlens(work, 'export', '-f', 'w3c', '--base', 'https://example.org/archive/', 'news');
    assert.equal(run.code, 0, run.stderr);
    const collection = JSON.parse(run.stdout) as { first: { items: { target: { source: string } }[] } };
    assert.deepEqual([...new Set(collection.first.items.map((a) => a.target.source))], ['https://example.org/archive/news/korea/article.txt']);
  });

  it('publishes under a --base given without its trailing slash as under the folder it names', async () => {
    const run = await claimlens(work, 'export', '-f', 'w3c', '--base', 'https://example.org/archive', 'news');
    assert.equal(run.code, 0, run.stderr);
    const collection = JSON.parse(run.stdout) as { first: { items: { target: { source: string } }[] } };
    assert.deepEqual([...new Set(collection.first.items.map((a) => a.target.source))], ['https://example.org/archive/news/korea/article.txt']);
  });

  it('imports a W3C export published under --base into a fresh copy of the articles when given the same --base', async () => {
    const published = await claimlens(work, 'export', '-f', 'w3c', '--base', 'https://example.org/archive/', '-o', 'claims.jsonld', 'news');
    assert.equal(published.code, 0, published.stderr);
    const copy = path.join(work, 'copy');
    mkdirSync(path.join(copy, 'news', 'korea'), { recursive: true });
    copyFileSync(path.join(work, 'news', 'korea', 'article.txt'), path.join(copy, 'news', 'korea', 'article.txt'));
    copyFileSync(path.join(work, 'claims.jsonld'), path.join(copy, 'claims.jsonld'));
    const without = await claimlens(copy, 'import', 'claims.jsonld');
    assert.match(without.stderr, /not a local file; name the article with --article, or the web folder it was published under with --base/);
    const run = await claimlens(copy, 'import', '--base', 'https://example.org/archive', 'claims.jsonld');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(path.join(copy, 'news', 'korea', 'article.txt.claims.json'), 'utf8'), readFileSync(path.join(work, 'news', 'korea', 'article.txt.claims.json'), 'utf8'));
  });

  it('keeps targets under --base inside the folder imported into', async () => {
    const hostile = [{ type: 'Annotation', id: 'urn:x:1', target: { source: 'https://example.org/archive/../../etc/x.txt', selector: { type: 'TextQuoteSelector', exact: 'KCNA' } } }];
    writeFileSync(path.join(work, 'news', 'hostile.jsonld'), JSON.stringify(hostile));
    const run = await claimlens(work, 'import', '--base', 'https://example.org/archive/', 'news/hostile.jsonld');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /outside .*an import only writes sidecars inside the folder it was pointed at/);
  });

  it('exits 2 with a message for an unknown format', async () => {
    const run = await claimlens(work, 'export', '--format', 'pdf', 'news');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown format 'pdf'/);
  });

  it('sets every format name apart from its label in export --help, and names every ClaimReview option in its usage', async () => {
    const run = await claimlens(work, 'export', '--help');
    assert.match(run.stdout, /^ {2}claimreview +schema\.org ClaimReview/m);
    const usage = run.stdout.slice(0, run.stdout.indexOf('\n\n'));
    for (const option of ['--reviewer NAME', '--reviewer-url', '--reviewer-person', '--review-url', '--base', '-o OUT']) assert.ok(usage.includes(option), option);
  });

  it('writes over a Markdown report the editor exported in Spanish', async () => {
    const report = path.join(work, 'informe.md');
    writeFileSync(report, '# Informe de ClaimLens\n\n1 artículo, 5 afirmaciones.\n');
    const run = await claimlens(work, 'export', '-f', 'md', '-o', report, 'news');
    assert.equal(run.code, 0, run.stderr);
    assert.match(readFileSync(report, 'utf8'), /^# ClaimLens report\n/);
  });

  it('counts and exports an article named twice, by a relative and an absolute path, once', async () => {
    const stats = await claimlens(work, 'stats', '--json', 'news', path.join(work, 'news', 'korea', 'article.txt'));
    assert.equal(stats.code, 0, stats.stderr);
    assert.deepEqual((JSON.parse(stats.stdout) as { articles: { file: string }[] }).articles.map((a) => a.file), ['news/korea/article.txt']);
    const csv = await claimlens(work, 'export', '-f', 'csv', path.join(work, 'news'), 'news');
    assert.equal((parse(csv.stdout, { columns: true }) as unknown[]).length, 6);
  });

  it('says so when an annotation file holds no annotations', async () => {
    writeFileSync(path.join(work, 'empty.jsonld'), '[]');
    const run = await claimlens(work, 'import', 'empty.jsonld');
    assert.equal(run.code, 0);
    assert.match(run.stderr, /empty\.jsonld holds no annotations; nothing was imported/);
  });

  it('prints help for each command and exits 0', async () => {
    for (const command of ['export', 'import', 'stats']) {
      const run = await claimlens(work, command, '--help');
      assert.equal(run.code, 0);
      assert.match(run.stdout, new RegExp(`^Usage: claimlens ${command}`));
    }
  });
});

describe('claimlens export and import on the sample articles', () => {
  let work: string;
  let sidecars: string[];

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'claimlens-samples-'));
    cpSync(SAMPLES, path.join(work, 'samples'), { recursive: true });
    sidecars = readdirSync(path.join(work, 'samples')).filter((f) => f.endsWith('.claims.json')).map((f) => path.join(work, 'samples', f));
  });

  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('has annotated samples to work on', () => {
    assert.ok(sidecars.length >= 2, `sidecars in samples/: ${sidecars.length}`);
  });

  it('exports one CSV row per claim of every sample sidecar', async () => {
    const run = await claimlens(work, 'export', '-f', 'csv', 'samples');
    assert.equal(run.code, 0, run.stderr);
    const claims = sidecars.reduce((n, f) => n + (JSON.parse(readFileSync(f, 'utf8')) as { claims: unknown[] }).claims.length, 0);
    assert.equal((parse(run.stdout, { columns: true }) as unknown[]).length, claims);
  });

  it('restores every sample sidecar byte for byte from one W3C export of the folder', async () => {
    const originals = sidecars.map((f) => readFileSync(f, 'utf8'));
    assert.equal((await claimlens(work, 'export', '-f', 'w3c', '-o', 'samples.jsonld', 'samples')).code, 0);
    for (const f of sidecars) rmSync(f);
    const run = await claimlens(work, 'import', 'samples.jsonld');
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(sidecars.map((f) => readFileSync(f, 'utf8')), originals);
  });

  it('counts the same claims in stats as the sidecars hold, rejected ones apart', async () => {
    const run = await claimlens(work, 'stats', '--json', 'samples');
    const { articles } = JSON.parse(run.stdout) as { articles: { file: string; claims: number }[] };
    assert.deepEqual(
      articles.map((a) => [a.file, a.claims]),
      sidecars.sort().map((f) => [`samples/${path.basename(f, '.claims.json')}`, (JSON.parse(readFileSync(f, 'utf8')) as { claims: { state: string }[] }).claims.filter((c) => c.state !== 'rejected').length]),
    );
  });
});
