// Specification of mergeImported: imported annotations join an existing sidecar field by field, the reader's work always kept.
import * as assert from 'node:assert/strict';
import { describeConflict, mergeImported, type ImportMerge } from '../../src/core/export';
import type { Claim, Sidecar } from '../../src/core/model/types';
import { loadArticle } from './export-fixtures';

const base = loadArticle().sidecar;

function claim(id: string, patch: Partial<Claim> = {}): Claim {
  const found = base.claims.find((c) => c.id === id);
  if (!found) throw new Error(id);
  return { ...found, ...patch };
}

/** The KCNA claim as a colleague's detector left it: no judgement, no tag, a newer timestamp, another id. */
function untouched(id = 'c-kcna0001', patch: Partial<Claim> = {}): Claim {
  return claim(id, { id: `${id}-theirs`, state: 'suggested', sourceId: null, credibility: null, note: '', tags: [], modified: '2099-01-01T00:00:00.000Z', ...patch });
}

function sidecarWith(claims: Claim[], sources = base.sources): Sidecar {
  return { ...base, sources, claims };
}

function merged(result: ImportMerge): Extract<ImportMerge, { ok: true }> {
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result;
}

describe('merging imported annotations into an existing sidecar', () => {
  it('keeps the claims of both sides', () => {
    const result = merged(mergeImported(sidecarWith([claim('c-kcna0001')]), sidecarWith([claim('c-jcs00002')])));
    assert.deepEqual(result.sidecar.claims.map((c) => c.id), ['c-kcna0001', 'c-jcs00002']);
    assert.deepEqual([result.report.added, result.report.updated, result.report.unchanged], [1, 0, 0]);
  });

  it('never replaces a confirmed, tagged, rated and noted claim by a newer untouched one at the same place', () => {
    const mine = claim('c-kcna0001');
    const result = merged(mergeImported(sidecarWith([mine]), sidecarWith([untouched()])));
    assert.deepEqual(result.sidecar.claims, [mine]);
    assert.deepEqual([result.report.added, result.report.updated, result.report.unchanged, result.report.conflicts.length], [0, 0, 1, 0]);
  });

  it('fills in what the existing claim leaves open and joins the tags', () => {
    const mine = claim('c-kcna0001', { credibility: null, note: '', tags: ['missile'] });
    const theirs = claim('c-kcna0001', { credibility: 4, note: 'Their note', tags: ['launch', 'missile'] });
    const result = merged(mergeImported(sidecarWith([mine]), sidecarWith([theirs])));
    const [kcna] = result.sidecar.claims;
    assert.deepEqual([kcna.state, kcna.sourceId, kcna.credibility, kcna.note, kcna.tags], ['confirmed', 'kcna', 4, 'Their note', ['missile', 'launch']]);
    assert.equal(result.report.updated, 1);
  });

  it('keeps the sidecar’s value where both sides differ, however new the import claims to be, and reports the clash', () => {
    const mine = claim('c-kcna0001', { note: 'Mine', credibility: 3, modified: '2026-11-20T00:00:00.000Z' });
    const theirs = claim('c-kcna0001', { state: 'rejected', note: 'Attacker', credibility: 6, modified: '2999-12-31T23:59:59.000Z' });
    const result = merged(mergeImported(sidecarWith([mine]), sidecarWith([theirs])));
    const [kcna] = result.sidecar.claims;
    assert.deepEqual([kcna.state, kcna.note, kcna.credibility], ['confirmed', 'Mine', 3]);
    assert.deepEqual(result.report.conflicts.map((c) => [c.field, c.kept, c.offered]), [
      ['state', 'confirmed', 'rejected'],
      ['credibility', '3', '6'],
      ['note', 'Mine', 'Attacker'],
    ]);
    assert.match(describeConflict(result.report.conflicts[2]), /^claim "The Korean Central News Agency \(KCNA\) reported that .*": note — kept "Mine", the import had "Attacker"$/);
  });

  it('takes a judgement from the import for a claim the sidecar only suggests', () => {
    const result = merged(mergeImported(sidecarWith([untouched()]), sidecarWith([claim('c-kcna0001')])));
    const [kcna] = result.sidecar.claims;
    assert.deepEqual([kcna.id, kcna.state, kcna.sourceId, kcna.credibility], ['c-kcna0001', 'confirmed', 'kcna', 3]);
  });

  it('does not let a forged id reach an unrelated claim: the same id with another quote is another claim', () => {
    const mine = claim('c-kcna0001');
    const forged = claim('c-jcs00002', { id: 'c-kcna0001', state: 'rejected', note: 'Attacker' });
    const result = merged(mergeImported(sidecarWith([mine]), sidecarWith([forged])));
    const kept = result.sidecar.claims.find((c) => c.target.exact === mine.target.exact);
    assert.deepEqual(kept, mine);
    assert.equal(result.sidecar.claims.length, 2);
    assert.notEqual(result.sidecar.claims.find((c) => c !== kept)?.id, 'c-kcna0001');
  });

  it('takes a kind someone chose over one the detector guessed, and keeps the sidecar’s when both chose', () => {
    const guessed = claim('c-kcna0001', { kind: 'statement', kindOrigin: 'detected' });
    const chosen = claim('c-kcna0001', { kind: 'evidence', kindOrigin: 'manual' });
    const filled = merged(mergeImported(sidecarWith([guessed]), sidecarWith([chosen])));
    assert.deepEqual([filled.sidecar.claims[0].kind, filled.sidecar.claims[0].kindOrigin], ['evidence', 'manual']);
    const clash = merged(mergeImported(sidecarWith([{ ...chosen, kind: 'belief' }]), sidecarWith([chosen])));
    assert.equal(clash.sidecar.claims[0].kind, 'belief');
    assert.deepEqual(clash.report.conflicts.map((c) => [c.field, c.kept, c.offered]), [['kind', 'belief', 'evidence']]);
  });

  it('gives an orphan the place an imported copy of it found', () => {
    const orphan = claim('c-kcna0001', { orphan: true });
    const result = merged(mergeImported(sidecarWith([orphan]), sidecarWith([claim('c-kcna0001')])));
    assert.equal(result.sidecar.claims[0].orphan, false);
  });

  it('maps an imported source to the existing source of the same name, keeping the existing rating and reporting a different one', () => {
    const existingSources = [{ id: 'kcna-agency', name: 'Korean Central News Agency', aliases: [], kind: null, reliability: 'E' as const, note: '' }];
    const result = merged(mergeImported(sidecarWith([], existingSources), sidecarWith([claim('c-kcna0001')])));
    const kcna = result.sidecar.sources.find((s) => s.id === 'kcna-agency');
    assert.equal(result.sidecar.claims[0].sourceId, 'kcna-agency');
    assert.deepEqual([kcna?.reliability, kcna?.kind, kcna?.aliases], ['E', 'media', ['KCNA']]);
    assert.deepEqual(result.report.conflicts.map((c) => [c.kind, c.field, c.kept]), [['source', 'reliability', 'E']]);
  });

  it('gives an imported source a new id when its id is taken by a different source', () => {
    const existingSources = [{ id: 'kcna', name: 'Kansas City News Archive', aliases: [], kind: null, reliability: null, note: '' }];
    const result = merged(mergeImported(sidecarWith([], existingSources), sidecarWith([claim('c-kcna0001')])));
    const cited = result.sidecar.sources.find((s) => s.id === result.sidecar.claims[0].sourceId);
    assert.equal(cited?.name, 'Korean Central News Agency');
    assert.notEqual(cited?.id, 'kcna');
    assert.equal(result.sidecar.sources.find((s) => s.id === 'kcna')?.name, 'Kansas City News Archive');
  });

  it('refuses, rather than returns, a merge the sidecar validator would refuse', () => {
    const broken = claim('c-jcs00002', { id: 'c-new', target: { ...claim('c-jcs00002').target, end: claim('c-jcs00002').target.end + 5 } });
    const result = mergeImported(sidecarWith([claim('c-kcna0001')]), sidecarWith([broken]));
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.error, /would not be a valid sidecar .* nothing was imported/);
  });

  it('looks each imported claim up in a few steps, not by reading every claim of the sidecar (an archive of 13,000 claims took 65 s)', () => {
    // Claims at distinct places, all untouched, so every imported claim is looked up and none matches by id.
    const count = 2_000;
    const spread = (n: number, id: string): Claim[] => Array.from({ length: n }, (_, i) =>
      claim('c-kcna0001', { id: `${id}${i}`, target: { start: i * 10, end: i * 10 + 5, exact: `q${String(i).padStart(4, '0')}`, prefix: '', suffix: '' }, source: null, cue: null, content: null, hedges: [] }));
    let targetReads = 0;
    const counted = (c: Claim): Claim => new Proxy(c, { get: (object, key, receiver) => { if (key === 'target') targetReads++; return Reflect.get(object, key, receiver) as unknown; } });
    const document = { ...base.document, length: count * 10 };
    const existing: Sidecar = { ...base, document, claims: spread(count, 'c-mine').map(counted) };
    const imported: Sidecar = { ...base, document, claims: spread(count, 'c-theirs').map((c) => ({ ...c, target: { ...c.target, start: c.target.start + 5, end: c.target.end + 5 } })) };
    const result = merged(mergeImported(existing, imported));
    assert.equal(result.sidecar.claims.length, 2 * count);
    assert.ok(targetReads < 40 * count, `the existing claims' targets were read ${targetReads} times for ${count} imported claims`);
  });

  it('does not change either input', () => {
    const existing = sidecarWith([claim('c-kcna0001', { note: '' })], [{ ...base.sources[0] }]);
    const imported = sidecarWith([claim('c-kcna0001'), claim('c-jcs00002')]);
    const snapshots = [structuredClone(existing), structuredClone(imported)];
    mergeImported(existing, imported);
    assert.deepEqual([existing, imported], snapshots);
  });
});
