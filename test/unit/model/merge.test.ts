import * as assert from 'node:assert/strict';
import { addManualClaim, deleteClaim, emptySidecar, mergeDetections, updateClaim, upsertSource } from '../../../src/core/model/annotations';
import { mergeSidecars } from '../../../src/core/model/merge';
import type { Claim, Sidecar } from '../../../src/core/model/types';
import type { Attribution } from '../../../src/core/detect/types';
import { reanchor } from '../../../src/core/anchor';

const NOW = '2026-01-01T00:00:00Z';
const LATER = '2026-01-02T00:00:00Z';
const KIM = 'Kim Jong Un oversaw the test';
const SEOUL = 'Seoul was not told';
const TEXT = `KCNA reported that ${KIM}. Officials said ${SEOUL}.`;
/** The editor's buffer: a line typed above, so its offsets differ from the file's. */
const EDITED = `Breaking news\n${TEXT}`;

function mark(sidecar: Sidecar, quote: string): { sidecar: Sidecar; id: string } {
  const start = TEXT.indexOf(quote);
  const added = addManualClaim(sidecar, TEXT, start, start + quote.length, NOW);
  return { sidecar: added.sidecar, id: added.claim.id };
}

/** Two manual claims and one source, as last written to disk (anchored to TEXT). */
function baseSidecar() {
  const kim = mark(emptySidecar('article.txt', TEXT), KIM);
  const seoul = mark(kim.sidecar, SEOUL);
  const withSource = upsertSource(seoul.sidecar, { name: 'KCNA', aliases: [], kind: 'media', reliability: 'C', note: '' });
  const base = updateClaim(withSource.sidecar, kim.id, { sourceId: withSource.source.id }, NOW);
  return { base, kim: kim.id, seoul: seoul.id, kcna: withSource.source.id };
}

/** The editor side: the same annotations, re-anchored to the edited buffer. */
function inEditor(sidecar: Sidecar): Sidecar {
  return reanchor(sidecar, EDITED);
}

function claim(sidecar: Sidecar, id: string): Claim | undefined {
  return sidecar.claims.find((c) => c.id === id);
}

describe('mergeSidecars (editor changes against a sidecar changed on disk)', () => {
  it('keeps a claim changed only in the editor alongside a claim changed only on disk', () => {
    const { base, kim, seoul } = baseSidecar();
    const ours = updateClaim(inEditor(base), kim, { note: 'mine' }, LATER);
    const theirs = updateClaim(base, seoul, { credibility: 4 }, LATER);
    const { sidecar, conflicts } = mergeSidecars(base, ours, theirs, EDITED);
    assert.equal(claim(sidecar, kim)?.note, 'mine');
    assert.equal(claim(sidecar, seoul)?.credibility, 4);
    assert.deepEqual(conflicts, []);
  });

  it('takes a kind the user set on disk over the kind the detector gave in the editor', () => {
    const { base, kim } = baseSidecar();
    const ours = { ...inEditor(base), claims: inEditor(base).claims.map((c) => (c.id === kim ? { ...c, kind: 'statement' as const } : c)) };
    const theirs = updateClaim(base, kim, { kind: 'evidence' }, LATER);
    const { sidecar, conflicts } = mergeSidecars(base, ours, theirs, EDITED);
    assert.deepEqual([claim(sidecar, kim)?.kind, claim(sidecar, kim)?.kindOrigin], ['evidence', 'manual']);
    assert.deepEqual(conflicts, []);
  });

  it('reports a claim whose kind the user set differently in the editor and on disk', () => {
    const { base, kim } = baseSidecar();
    const ours = updateClaim(inEditor(base), kim, { kind: 'belief' }, LATER);
    const theirs = updateClaim(base, kim, { kind: 'evidence' }, LATER);
    const { sidecar, conflicts } = mergeSidecars(base, ours, theirs, EDITED);
    assert.equal(claim(sidecar, kim)?.kind, 'evidence');
    assert.deepEqual(conflicts.map((c) => [c.id, c.kept]), [[kim, 'disk']]);
  });

  it('re-anchors claims taken from the disk to the editor text', () => {
    const { base, seoul } = baseSidecar();
    const theirs = updateClaim(base, seoul, { credibility: 4 }, LATER);
    const { sidecar } = mergeSidecars(base, inEditor(base), theirs, EDITED);
    const merged = claim(sidecar, seoul);
    assert.equal(EDITED.slice(merged?.target.start, merged?.target.end), SEOUL);
  });

  it('gives a claim changed differently on both sides the disk version and reports it by its quote', () => {
    const { base, kim } = baseSidecar();
    const ours = updateClaim(inEditor(base), kim, { credibility: 2 }, LATER);
    const theirs = updateClaim(base, kim, { credibility: 5 }, LATER);
    const { sidecar, conflicts } = mergeSidecars(base, ours, theirs, EDITED);
    assert.equal(claim(sidecar, kim)?.credibility, 5);
    assert.deepEqual(conflicts, [{ kind: 'claim', id: kim, label: KIM, kept: 'disk' }]);
  });

  it('reports no conflict when both sides made the same change', () => {
    const { base, kim } = baseSidecar();
    const ours = updateClaim(inEditor(base), kim, { credibility: 2 }, LATER);
    const theirs = updateClaim(base, kim, { credibility: 2 }, NOW);
    const { sidecar, conflicts } = mergeSidecars(base, ours, theirs, EDITED);
    assert.equal(claim(sidecar, kim)?.credibility, 2);
    assert.deepEqual(conflicts, []);
  });

  it('keeps claims added on either side', () => {
    const { base } = baseSidecar();
    const ours = addManualClaim(inEditor(base), EDITED, 0, 'Breaking news'.length, LATER);
    const theirs = addManualClaim(base, TEXT, 0, 'KCNA'.length, LATER);
    const { sidecar } = mergeSidecars(base, ours.sidecar, theirs.sidecar, EDITED);
    assert.ok(claim(sidecar, ours.claim.id));
    assert.ok(claim(sidecar, theirs.claim.id));
  });

  it('drops a claim deleted on one side and left unchanged on the other', () => {
    const { base, kim, seoul } = baseSidecar();
    const { sidecar } = mergeSidecars(base, deleteClaim(inEditor(base), kim), deleteClaim(base, seoul), EDITED);
    assert.deepEqual(sidecar.claims.map((c) => c.id), []);
  });

  it('keeps a claim changed in the editor but deleted on disk, and reports that the editor version survived', () => {
    const { base, seoul } = baseSidecar();
    const ours = updateClaim(inEditor(base), seoul, { note: 'keep me' }, LATER);
    const { sidecar, conflicts } = mergeSidecars(base, ours, deleteClaim(base, seoul), EDITED);
    assert.equal(claim(sidecar, seoul)?.note, 'keep me');
    assert.deepEqual(conflicts, [{ kind: 'claim', id: seoul, label: SEOUL, kept: 'editor' }]);
  });

  it('keeps a claim changed on disk but deleted in the editor, and reports it', () => {
    const { base, seoul } = baseSidecar();
    const theirs = updateClaim(base, seoul, { note: 'checked' }, LATER);
    const { sidecar, conflicts } = mergeSidecars(base, deleteClaim(inEditor(base), seoul), theirs, EDITED);
    assert.equal(claim(sidecar, seoul)?.note, 'checked');
    assert.equal(conflicts[0]?.kept, 'disk');
  });

  it('keeps only the claims the editor changed when the sidecar was emptied on disk', () => {
    const { base, kim, seoul } = baseSidecar();
    const ours = updateClaim(inEditor(base), kim, { note: 'mine' }, LATER);
    const { sidecar } = mergeSidecars(base, ours, emptySidecar('article.txt', TEXT), EDITED);
    assert.deepEqual(sidecar.claims.map((c) => c.id), [kim]);
    assert.equal(claim(sidecar, seoul), undefined);
  });

  it('leaves suggestions only the editor detected to the detection that follows', () => {
    const { base } = baseSidecar();
    const detected: Attribution = { start: 0, end: 13, source: null, cue: null, content: { start: 0, end: 13, text: 'Breaking news' }, hedges: [], commitment: 'certain', kind: 'statement' };
    const ours = mergeDetections(inEditor(base), EDITED, [detected], LATER);
    const suggestion = ours.claims.find((c) => c.state === 'suggested');
    assert.ok(suggestion);
    const { sidecar } = mergeSidecars(base, ours, base, EDITED);
    assert.equal(claim(sidecar, suggestion.id), undefined);
  });

  it('takes a source changed only on disk, and gives a source changed on both sides the disk version with a report', () => {
    const { base, kcna } = baseSidecar();
    const ours = upsertSource(inEditor(base), { id: kcna, name: 'KCNA', aliases: [], kind: 'media', reliability: 'B', note: '' }).sidecar;
    const theirs = upsertSource(base, { id: kcna, name: 'KCNA', aliases: [], kind: 'media', reliability: 'E', note: '' }).sidecar;
    const { sidecar, conflicts } = mergeSidecars(base, ours, theirs, EDITED);
    assert.equal(sidecar.sources.find((s) => s.id === kcna)?.reliability, 'E');
    assert.deepEqual(conflicts, [{ kind: 'source', id: kcna, label: 'KCNA', kept: 'disk' }]);
  });

  it('keeps a source deleted on disk while a kept claim still names it', () => {
    const { base, kim, kcna } = baseSidecar();
    const ours = updateClaim(inEditor(base), kim, { note: 'mine' }, LATER);
    const theirs: Sidecar = { ...updateClaim(base, kim, { sourceId: null }, NOW), sources: [] };
    const { sidecar } = mergeSidecars(base, ours, { ...theirs, claims: theirs.claims.filter((c) => c.id !== kim) }, EDITED);
    assert.equal(claim(sidecar, kim)?.sourceId, kcna);
    assert.deepEqual(sidecar.sources.map((s) => s.id), [kcna]);
  });

  it('keeps x- fields another tool added on disk, and the editor changes beside them', () => {
    const { base, kim, seoul } = baseSidecar();
    const ours = updateClaim(inEditor(base), seoul, { note: 'mine' }, LATER);
    const theirs: Sidecar = { ...base, 'x-checker': { run: 2 }, claims: base.claims.map((c) => (c.id === kim ? { ...c, 'x-verdict': 'false' } : c)) };
    const { sidecar } = mergeSidecars(base, ours, theirs, EDITED);
    assert.deepEqual(sidecar['x-checker'], { run: 2 });
    assert.equal(claim(sidecar, kim)?.['x-verdict'], 'false');
    assert.equal(claim(sidecar, seoul)?.note, 'mine');
  });
});
