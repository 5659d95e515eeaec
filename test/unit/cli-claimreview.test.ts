import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { ClaimReviewDocument } from '../../src/core/export';
import { FIXTURES } from './export-fixtures';
import { captureOutput } from './support/capture';

describe('claimlens export --format claimreview', () => {
  let work: string;
  let article: string;
  const cwd = process.cwd();

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'claimlens-claimreview-'));
    mkdirSync(path.join(work, 'news'));
    article = path.join('news', 'article.txt');
    for (const file of ['article.txt', 'article.txt.claims.json']) copyFileSync(path.join(FIXTURES, file), path.join(work, 'news', file));
    process.chdir(work);
  });

  afterEach(() => {
    process.chdir(cwd);
    rmSync(work, { recursive: true, force: true });
  });

  const exportReviews = (...args: string[]) => captureOutput(() => main(['export', '--format', 'claimreview', ...args]));

  it('writes the reviews of the rated confirmed claims on stdout, by the reviewer named', async () => {
    const run = await exportReviews('--reviewer', 'Example Fact Check', '--reviewer-url', 'https://factcheck.example/', article);
    assert.equal(run.code, 0, run.err);
    const document = JSON.parse(run.out) as ClaimReviewDocument;
    assert.equal(document['@graph'].length, 3);
    assert.deepEqual(document['@graph'][0].author, { '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example/' });
  });

  it('says how many confirmed claims were left out for want of a credibility', async () => {
    const run = await exportReviews('--reviewer', 'Example Fact Check', article);
    assert.match(run.err, /1 confirmed claim has no credibility and is left out/);
  });

  it('publishes the appearance under --base and the reviews on the --review-url page', async () => {
    const run = await exportReviews('--reviewer', 'A. Checker', '--reviewer-person', '--base', 'https://news.example/', '--review-url', 'https://factcheck.example/kcna', article);
    assert.equal(run.code, 0, run.err);
    const [first] = (JSON.parse(run.out) as ClaimReviewDocument)['@graph'];
    assert.deepEqual(first.itemReviewed.appearance, { '@type': 'CreativeWork', url: 'https://news.example/news/article.txt' });
    assert.equal(first.url, 'https://factcheck.example/kcna');
    assert.equal(first.author['@type'], 'Person');
  });

  it('warns that reviews without a fact-check page have no url, which search engines ask for', async () => {
    const without = await exportReviews('--reviewer', 'Example Fact Check', article);
    assert.equal(without.code, 0, without.err);
    assert.match(without.err, /the reviews have no url: .* add --review-url URL/);
    const withPage = await exportReviews('--reviewer', 'Example Fact Check', '--review-url', 'https://factcheck.example/kcna', article);
    assert.doesNotMatch(withPage.err, /no url/);
  });

  it('says how many reviews it wrote to the file named by -o', async () => {
    const run = await exportReviews('--reviewer', 'Example Fact Check', '--review-url', 'https://factcheck.example/kcna', '-o', 'reviews.jsonld', article);
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /exported 3 reviews of 1 article to reviews\.jsonld/);
  });

  it('refuses to run without a reviewing organisation', async () => {
    const run = await exportReviews(article);
    assert.equal(run.code, 2);
    assert.match(run.err, /--reviewer NAME/);
    assert.equal(run.out, '');
  });

  it('refuses a fact-check page that is not a web address', async () => {
    const run = await exportReviews('--reviewer', 'Example Fact Check', '--review-url', 'factcheck/kcna.html', article);
    assert.equal(run.code, 2);
    assert.match(run.err, /--review-url must be an absolute http\(s\) URL/);
  });

  it('writes nothing and exits 1 when no claim is confirmed with a credibility', async () => {
    const sidecar = `${article}.claims.json`;
    const unrated = readFileSync(sidecar, 'utf8').replace(/"credibility": \d/g, '"credibility": null');
    writeFileSync(sidecar, unrated);
    const out = path.join(work, 'reviews.jsonld');
    const run = await exportReviews('--reviewer', 'Example Fact Check', '-o', out, article);
    assert.equal(run.code, 1);
    assert.match(run.err, /no confirmed claim with a credibility/);
    assert.throws(() => readFileSync(out), /ENOENT/);
  });
});
