// Reliability, case 9 (writes): the temporary file a failed save kept, the only copy of the reader's newest work, is never cleared away.
import * as assert from 'node:assert/strict';
import { readdirSync, rmSync, utimesSync } from 'node:fs';
import type { Sidecar } from '../../../src/core/model/types';
import { serializeSidecar } from '../../../src/core/sidecar';
import { temporaryFileName, temporaryHoldsNoNewWork } from '../../../src/core/sidecar/temporaryFiles';
import { writeFileAtomically } from '../../../src/node/atomicWrite';
import { Workspace } from './workspace';

const SIDECAR = 'article.txt.claims.json';
/** What the editor names the temporary file it keeps when a web or remote host's replace fails (its token names no process). */
const KEPT = temporaryFileName(SIDECAR, 'm3x2k9abc123');

describe('reliability: the temporary file a failed save kept', () => {
  let ws: Workspace;
  /** The sidecar as the reader last saved it: the talks claim confirmed with a note. */
  let saved: string;
  /** The sidecar as the CLI first wrote it, before the reader's work. */
  let annotated: string;

  beforeEach(async () => {
    ws = new Workspace();
    await ws.annotated('article.txt');
    annotated = ws.read(SIDECAR);
    ws.tag('article.txt', 'talks had failed', { state: 'confirmed', note: 'checked with Tass wire' });
    saved = ws.read(SIDECAR);
  });

  afterEach(() => ws.remove());

  /** The save failed: its content sits in the temporary file, written two hours ago, long past any write. */
  function keptSave(content = saved): string {
    const file = ws.write(KEPT, content);
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(file, twoHoursAgo, twoHoursAgo);
    return file;
  }

  it('refuses to annotate an article whose sidecar a failed save deleted, keeping the saved work and naming its file', async () => {
    keptSave();
    rmSync(ws.path(SIDECAR));
    const run = await ws.run('annotate', 'article.txt');
    assert.equal(run.code, 1);
    assert.match(run.stderr, new RegExp(`${SIDECAR} is missing, but .*${KEPT.replace(/\./g, '\\.')} holds annotations`));
    assert.equal(ws.read(KEPT), saved);
    assert.deepEqual(readdirSync(ws.root).sort(), [KEPT, 'article.txt'].sort());
  });

  it('annotates an article whose first write was cut off halfway, keeping the half-written file and saying so', async () => {
    keptSave(saved.slice(0, saved.length / 2));
    rmSync(ws.path(SIDECAR));
    const run = await ws.run('annotate', 'article.txt');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /kept .*m3x2k9abc123\.tmp: a write of article\.txt\.claims\.json cut off halfway/);
    assert.equal(ws.read(KEPT), saved.slice(0, saved.length / 2));
  });

  it('keeps a failed save’s file that a later sidecar without its work would have cleared, and says so', async () => {
    keptSave();
    // A run that never saw the failed save wrote the sidecar again from the detector's suggestions.
    ws.write(SIDECAR, annotated);
    const run = await ws.run('annotate', 'article.txt');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /kept .*m3x2k9abc123\.tmp: it holds annotations article\.txt\.claims\.json lacks/);
    assert.equal(ws.read(KEPT), saved);
  });

  it('keeps a failed save’s file when a W3C import goes to the sidecar, and says so', async () => {
    keptSave();
    ws.write(SIDECAR, annotated);
    const exported = await ws.run('export', '--format', 'w3c', '-o', 'claims.jsonld', 'article.txt');
    assert.equal(exported.code, 0, exported.stderr);
    const run = await ws.run('import', 'claims.jsonld');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /kept .*m3x2k9abc123\.tmp: it holds annotations article\.txt\.claims\.json lacks/);
    assert.equal(ws.read(KEPT), saved);
  });

  it('names a failed save’s file in stats on stderr, with what to do, keeping the JSON on stdout intact and the file in place', async () => {
    keptSave();
    ws.write(SIDECAR, annotated);
    const run = await ws.run('stats', '--json', 'article.txt');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /kept temporary copy .*m3x2k9abc123\.tmp holds annotations .*article\.txt\.claims\.json lacks.*open it and compare it with article\.txt\.claims\.json; if it holds the work you want, rename it over article\.txt\.claims\.json/);
    assert.equal(JSON.parse(run.stdout).articles.length, 1);
    assert.equal(ws.read(KEPT), saved);
  });

  it('names a failed save’s file in a CSV export on stderr, the CSV on stdout untouched and the file in place', async () => {
    keptSave();
    ws.write(SIDECAR, annotated);
    const run = await ws.run('export', '--format', 'csv', 'article.txt');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /kept temporary copy .*m3x2k9abc123\.tmp holds annotations/);
    assert.doesNotMatch(run.stdout, /m3x2k9abc123/);
    assert.equal(ws.read(KEPT), saved);
  });

  it('names a failed save’s file in stats of a folder whose sidecar it replaced, telling to rename it to the sidecar, and leaves it', async () => {
    keptSave();
    rmSync(ws.path(SIDECAR));
    const run = await ws.run('stats', '.');
    assert.match(run.stderr, /kept temporary copy .*m3x2k9abc123\.tmp may hold the only annotations of .*article\.txt\.claims\.json, which is missing.*rename it to article\.txt\.claims\.json/);
    assert.equal(ws.read(KEPT), saved);
  });

  it('names in stats of a folder the file a killed CLI write left where the sidecar is missing (a token with the writer’s process id)', async () => {
    const cliCopy = temporaryFileName(SIDECAR, '4194999.9f3a');
    ws.write(cliCopy, saved);
    rmSync(ws.path(SIDECAR));
    const run = await ws.run('stats', '.');
    assert.match(run.stderr, /kept temporary copy .*4194999\.9f3a\.tmp may hold the only annotations/);
    assert.equal(ws.read(cliCopy), saved);
  });

  it('names a failed save’s file in stats of an article named without its sidecar', async () => {
    keptSave();
    rmSync(ws.path(SIDECAR));
    const run = await ws.run('stats', 'article.txt');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /kept temporary copy .*m3x2k9abc123\.tmp may hold the only annotations/);
  });

  it('says nothing in stats about a temporary file that holds no work the sidecar lacks, and leaves it', async () => {
    keptSave(annotated);
    ws.write(SIDECAR, saved);
    const run = await ws.run('stats', 'article.txt');
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /m3x2k9abc123/);
    assert.equal(ws.read(KEPT), annotated);
  });

  it('keeps a failed save’s file beside an unreadable sidecar', async () => {
    keptSave();
    ws.write(SIDECAR, '{ "version": 1, "claims": [');
    await writeFileAtomically(ws.path(SIDECAR), annotated);
    assert.equal(ws.read(KEPT), saved);
  });

  it('clears a failed save’s file once the sidecar holds all of its work', async () => {
    keptSave();
    await writeFileAtomically(ws.path(SIDECAR), saved);
    assert.deepEqual(readdirSync(ws.root).sort(), ['article.txt', SIDECAR]);
  });

  it('clears half a write beside a sidecar that reads', async () => {
    keptSave(saved.slice(0, saved.length / 2));
    await writeFileAtomically(ws.path(SIDECAR), saved);
    assert.deepEqual(readdirSync(ws.root).sort(), ['article.txt', SIDECAR]);
  });

  it('removes nothing in a dry run', async () => {
    keptSave(saved.slice(0, saved.length / 2));
    const run = await ws.run('annotate', '--dry-run', 'article.txt');
    assert.equal(run.code, 0, run.stderr);
    assert.ok(readdirSync(ws.root).includes(KEPT));
  });
});

describe('temporaryHoldsNoNewWork', () => {
  const ws = new Workspace();
  let annotated: Sidecar;
  let work: Sidecar;
  const talks = (s: Sidecar) => s.claims.find((c) => c.target.exact.includes('talks had failed'))?.id ?? '';

  before(async () => {
    annotated = await ws.annotated('article.txt');
    ws.tag('article.txt', 'talks had failed', { state: 'confirmed', sourceName: 'Tass' }, '2026-11-30T10:00:00.000Z');
    work = ws.sidecar('article.txt');
  });

  after(() => ws.remove());

  it('is false without a sidecar, whatever the temporary file holds', () => {
    assert.equal(temporaryHoldsNoNewWork('{ "version"', undefined), false);
  });

  it('is true for the sidecar’s own content', () => {
    assert.equal(temporaryHoldsNoNewWork(serializeSidecar(work), serializeSidecar(work)), true);
  });

  it('is false beside a sidecar that does not read', () => {
    assert.equal(temporaryHoldsNoNewWork('{ "version"', '{ "claims": ['), false);
  });

  it('is false for a claim the sidecar holds without the reader’s work, even modified later', () => {
    const redetected = { ...annotated, claims: annotated.claims.map((c) => ({ ...c, modified: '2027-01-01T00:00:00.000Z' })) };
    assert.equal(temporaryHoldsNoNewWork(serializeSidecar(work), serializeSidecar(redetected)), false);
  });

  it('is false for a claim whose work changed since (which one is right is the reader’s call)', () => {
    const later = { ...work, claims: work.claims.map((c) => (c.id === talks(work) ? { ...c, note: 'later' } : c)) };
    assert.equal(temporaryHoldsNoNewWork(serializeSidecar(work), serializeSidecar(later)), false);
  });

  it('is false for a claim the sidecar no longer holds', () => {
    const without = { ...work, claims: work.claims.filter((c) => c.id !== talks(work)) };
    assert.equal(temporaryHoldsNoNewWork(serializeSidecar(work), serializeSidecar(without)), false);
  });

  it('is false for a source the sidecar holds otherwise', () => {
    const renamed = { ...work, sources: work.sources.map((s) => ({ ...s, reliability: 'E' as const })) };
    assert.equal(temporaryHoldsNoNewWork(serializeSidecar(work), serializeSidecar(renamed)), false);
  });

  it('is true when the sidecar holds all of the reader’s work and more, whatever the detector changed', () => {
    const more = {
      ...work,
      claims: work.claims.map((c) =>
        c.id === talks(work) ? { ...c, target: { ...c.target, start: c.target.start + 1, end: c.target.end + 1 } } : { ...c, state: 'confirmed' as const },
      ),
    };
    assert.equal(temporaryHoldsNoNewWork(serializeSidecar(work), serializeSidecar(more)), true);
  });
});
