import * as assert from 'node:assert/strict';
import { mergeImported } from '../../src/core/export';
import type { Claim, Sidecar } from '../../src/core/model/types';
import { loadArticle } from './export-fixtures';

const base = loadArticle().sidecar;

function claim(id: string, patch: Partial<Claim> = {}): Claim {
  const found = base.claims.find((c) => c.id === id);
  if (!found) throw new Error(id);
  return { ...found, ...patch };
}

function sidecarWith(claims: Claim[], sources = base.sources): Sidecar {
  return { ...base, sources, claims };
}

describe('merging imported annotations into an existing sidecar', () => {
  it('keeps the claims of both sides', () => {
    const merged = mergeImported(sidecarWith([claim('c-kcna0001')]), sidecarWith([claim('c-jcs00002')]));
    assert.deepEqual(merged.claims.map((c) => c.id), ['c-kcna0001', 'c-jcs00002']);
  });

  it('keeps the version modified last of a claim present on both sides', () => {
    const older = claim('c-kcna0001', { note: 'old', modified: '2026-11-20T00:00:00.000Z' });
    const newer = claim('c-kcna0001', { note: 'new', modified: '2026-11-21T00:00:00.000Z' });
    assert.equal(mergeImported(sidecarWith([older]), sidecarWith([newer])).claims[0].note, 'new');
    assert.equal(mergeImported(sidecarWith([newer]), sidecarWith([older])).claims[0].note, 'new');
  });

  it('treats a claim at the same place under another id as the same claim, keeping the existing id', () => {
    const existing = claim('c-kcna0001', { state: 'suggested', modified: '2026-11-20T00:00:00.000Z' });
    const incoming = claim('c-kcna0001', { id: 'c-other', state: 'confirmed', modified: '2026-11-22T00:00:00.000Z' });
    const merged = mergeImported(sidecarWith([existing]), sidecarWith([incoming]));
    assert.deepEqual(merged.claims.map((c) => [c.id, c.state]), [['c-kcna0001', 'confirmed']]);
  });

  it('lets an untouched detector suggestion at the same place give way to the imported claim, id included', () => {
    const suggestion = claim('c-kcna0001', {
      id: 'c-detected', state: 'suggested', origin: 'detected', sourceId: null, credibility: null, note: '', tags: [],
      modified: '2026-11-30T00:00:00.000Z',
    });
    const merged = mergeImported(sidecarWith([suggestion]), sidecarWith([claim('c-kcna0001')]));
    assert.deepEqual(merged.claims, [claim('c-kcna0001')]);
  });

  it('maps an imported source to the existing source of the same name, keeping the existing rating', () => {
    const existingSources = [{ id: 'kcna-agency', name: 'Korean Central News Agency', aliases: [], kind: null, reliability: 'E' as const, note: '' }];
    const merged = mergeImported(sidecarWith([], existingSources), sidecarWith([claim('c-kcna0001')]));
    const kcna = merged.sources.find((s) => s.id === 'kcna-agency');
    assert.equal(merged.claims[0].sourceId, 'kcna-agency');
    assert.deepEqual([kcna?.reliability, kcna?.kind, kcna?.aliases], ['E', 'media', ['KCNA']]);
  });

  it('gives an imported source a new id when its id is taken by a different source', () => {
    const existingSources = [{ id: 'kcna', name: 'Kansas City News Archive', aliases: [], kind: null, reliability: null, note: '' }];
    const merged = mergeImported(sidecarWith([], existingSources), sidecarWith([claim('c-kcna0001')]));
    const cited = merged.sources.find((s) => s.id === merged.claims[0].sourceId);
    assert.equal(cited?.name, 'Korean Central News Agency');
    assert.notEqual(cited?.id, 'kcna');
    assert.equal(merged.sources.find((s) => s.id === 'kcna')?.name, 'Kansas City News Archive');
  });

  it('does not change either input', () => {
    const existing = sidecarWith([claim('c-kcna0001')], [{ ...base.sources[0] }]);
    const snapshot = structuredClone(existing);
    mergeImported(existing, sidecarWith([claim('c-jcs00002')]));
    assert.deepEqual(existing, snapshot);
  });
});
