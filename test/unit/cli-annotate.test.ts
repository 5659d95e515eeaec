// Specification of `claimlens annotate`: creating and merging sidecars, keeping user work, refusing unreadable sidecars.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { updateClaim } from '../../src/core/model/annotations';
import type { Sidecar } from '../../src/core/model/types';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar';
import { captureOutput } from './support/capture';

const ARTICLE =
  'Moscow, Nov 27.\n\nTass reported that the talks had failed after two days.\n\n' +
  'Analysts believe the move may shift regional dynamics.\n';

describe('claimlens annotate', () => {
  let dir: string;
  let article: string;
  let sidecarPath: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'claimlens-annotate-'));
    article = path.join(dir, 'article.txt');
    sidecarPath = `${article}.claims.json`;
    writeFileSync(article, ARTICLE);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function readSidecar(): Sidecar {
    const result = parseSidecar(readFileSync(sidecarPath, 'utf8'), sidecarPath);
    assert.ok(result.ok, result.ok ? '' : result.error);
    return result.sidecar;
  }

  const annotate = (...args: string[]) => captureOutput(() => main(['annotate', ...args]));

  it('creates a sidecar with the detected claims as suggestions', async () => {
    const { code, out } = await annotate(article);
    assert.equal(code, 0);
    assert.match(out, /article\.txt\.claims\.json: created — 2 claims, 2 new/);
    const sidecar = readSidecar();
    assert.deepEqual(sidecar.claims.map((c) => [c.state, c.source?.text]), [['suggested', 'Tass'], ['suggested', 'Analysts']]);
    assert.equal(sidecar.document.file, 'article.txt');
  });

  it('stores the kind the detector reads for each claim', async () => {
    await annotate(article);
    assert.deepEqual(readSidecar().claims.map((c) => [c.source?.text, c.kind, c.kindOrigin]), [['Tass', 'statement', 'detected'], ['Analysts', 'belief', 'detected']]);
  });

  it('keeps a kind the user set when it annotates again', async () => {
    await annotate(article);
    const sidecar = readSidecar();
    writeFileSync(sidecarPath, serializeSidecar(updateClaim(sidecar, sidecar.claims[1].id, { kind: 'evidence' }, '2026-01-02T00:00:00.000Z')));
    await annotate(article);
    assert.deepEqual(readSidecar().claims.map((c) => c.kind), ['statement', 'evidence']);
  });

  it('leaves an up-to-date sidecar byte for byte as it was', async () => {
    await annotate(article);
    const first = readFileSync(sidecarPath);
    const { out } = await annotate(article);
    assert.match(out, /: unchanged — /);
    assert.deepEqual(readFileSync(sidecarPath), first);
  });

  it('keeps tags, notes and states after the article changed, and never brings back a rejected claim', async () => {
    await annotate(article);
    let sidecar = readSidecar();
    const [tass, analysts] = sidecar.claims;
    sidecar = updateClaim(sidecar, tass.id, { state: 'confirmed', tags: ['talks'], note: 'check Reuters', credibility: 2 }, '2026-01-02T00:00:00Z');
    sidecar = updateClaim(sidecar, analysts.id, { state: 'rejected' }, '2026-01-02T00:00:00Z');
    writeFileSync(sidecarPath, serializeSidecar(sidecar));
    writeFileSync(article, `UPDATE: corrected the date.\n\n${ARTICLE}`);

    assert.equal((await annotate(article)).code, 0);
    const after = readSidecar();
    assert.equal(after.claims.length, 2);
    const kept = after.claims.find((c) => c.id === tass.id);
    assert.deepEqual([kept?.state, kept?.tags, kept?.note, kept?.credibility], ['confirmed', ['talks'], 'check Reuters', 2]);
    assert.equal(kept?.target.start, tass.target.start + 'UPDATE: corrected the date.\n\n'.length);
    assert.equal(after.claims.find((c) => c.id === analysts.id)?.state, 'rejected');
  });

  it('refuses a corrupt sidecar, names it, and leaves it byte for byte', async () => {
    const corrupt = '{ "version": 1, "claims": [ oops';
    writeFileSync(sidecarPath, corrupt);
    const { code, err } = await annotate(article);
    assert.equal(code, 1);
    assert.match(err, /article\.txt\.claims\.json: is not valid JSON.*left unchanged/);
    assert.equal(readFileSync(sidecarPath, 'utf8'), corrupt);
  });

  it('refuses a sidecar written by a newer version', async () => {
    const future = '{ "version": 2, "document": {}, "claims": [] }\n';
    writeFileSync(sidecarPath, future);
    const { code, err } = await annotate(article);
    assert.equal(code, 1);
    assert.match(err, /written by a newer ClaimLens \(version 2\)/);
    assert.equal(readFileSync(sidecarPath, 'utf8'), future);
  });

  it('goes on with the other files when one fails', async () => {
    const missing = path.join(dir, 'missing.txt');
    const { code, out, err } = await annotate(missing, article);
    assert.equal(code, 1);
    assert.match(err, /missing\.txt: no such file/);
    assert.match(out, /article\.txt\.claims\.json: created/);
  });

  it('counts offsets without the byte-order mark', async () => {
    writeFileSync(article, `\uFEFF${ARTICLE}`);
    await annotate(article);
    const claim = readSidecar().claims[0];
    assert.equal(ARTICLE.slice(claim.target.start, claim.target.end), claim.target.exact);
  });

  it('writes nothing with --dry-run', async () => {
    const { code, out } = await annotate('--dry-run', article);
    assert.equal(code, 0);
    assert.match(out, /would write/);
    assert.deepEqual(readdirSync(dir), ['article.txt']);
  });

  it('leaves no temporary file behind', async () => {
    await annotate(article);
    assert.deepEqual(readdirSync(dir).sort(), ['article.txt', 'article.txt.claims.json']);
  });

  it('annotates every article in a folder and below', async () => {
    mkdirSync(path.join(dir, 'more'));
    writeFileSync(path.join(dir, 'more', 'brief.md'), '# Brief\n\nOfficials said the bridge would reopen in May.\n');
    writeFileSync(path.join(dir, 'notes.json'), '{}');
    const { code } = await annotate(dir);
    assert.equal(code, 0);
    assert.deepEqual(readdirSync(dir).sort(), ['article.txt', 'article.txt.claims.json', 'more', 'notes.json']);
    assert.deepEqual(readdirSync(path.join(dir, 'more')).sort(), ['brief.md', 'brief.md.claims.json']);
  });

  it('leaves out the Markdown report of a folder exported into it, says so, and annotates it when named', async () => {
    await annotate(article);
    const report = path.join(dir, 'report.md');
    assert.equal((await captureOutput(() => main(['export', '--format', 'md', '-o', report, dir]))).code, 0);
    const { code, err } = await annotate(dir);
    assert.equal(code, 0, err);
    assert.match(err, /skipped .*report\.md: a ClaimLens report, not an article/);
    assert.deepEqual(readdirSync(dir).sort(), ['article.txt', 'article.txt.claims.json', 'report.md']);
    await annotate(report);
    assert.ok(readdirSync(dir).includes('report.md.claims.json'));
  });

  it('searches subfolders named out and dist like any other, as the editor does', async () => {
    for (const folder of ['out', 'dist']) {
      mkdirSync(path.join(dir, folder));
      writeFileSync(path.join(dir, folder, 'wire.txt'), 'Officials said the bridge would reopen in May.\n');
    }
    assert.equal((await annotate(dir)).code, 0);
    assert.deepEqual(['out', 'dist'].map((folder) => readdirSync(path.join(dir, folder)).sort()), [['wire.txt', 'wire.txt.claims.json'], ['wire.txt', 'wire.txt.claims.json']]);
    const stats = await captureOutput(() => main(['stats', '--json', dir]));
    assert.deepEqual((JSON.parse(stats.out) as { articles: { file: string }[] }).articles.map((a) => path.basename(path.dirname(a.file))), [path.basename(dir), 'dist', 'out']);
  });

  it('annotates an article named twice, by a relative and an absolute path, once', async () => {
    const { code, out } = await captureOutput(() => main(['annotate', article, path.relative(process.cwd(), article)]));
    assert.equal(code, 0);
    assert.equal(out.trimEnd().split('\n').length, 1, out);
  });

  it('explains that a sidecar is not an article', async () => {
    const { code, err } = await annotate(sidecarPath);
    assert.equal(code, 1);
    assert.match(err, /is a sidecar; name its article/);
  });

  it('asks for a file when none is given', async () => {
    assert.equal((await annotate()).code, 2);
  });
});
