// Specification of tagging an entity's other claims in one step, and undoing that step.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../../src/core/detect';
import { emptySidecar, mergeDetections, updateClaim, upsertSource } from '../../../src/core/model/annotations';
import { tagClaims, undoTagging, untaggedClaimsOfEntity } from '../../../src/core/model/entityTagging';
import type { Sidecar } from '../../../src/core/model/types';

const NOW = '2026-01-01T00:00:00Z';
const LATER = '2026-01-02T00:00:00Z';
const TEXT =
  'The Washington Post, the influential US daily, endorsed Senator Maria Alvarez on Sunday.\n\n' +
  'The newspaper said Alvarez had "the experience the moment demands."\n\n' +
  'In a separate column, the daily argued that the race was closer than polls suggest. It also said turnout would decide the result.\n\n' +
  'Mayor Tom Hallett said the endorsement changed nothing.';

function article(): Sidecar {
  return mergeDetections(emptySidecar('post.txt', TEXT), TEXT, detectAttributions(TEXT, { resolveSources: true }), NOW);
}

function idOf(sidecar: Sidecar, sourceText: string): string {
  const claim = sidecar.claims.find((c) => c.source?.text === sourceText);
  assert.ok(claim, `a claim by "${sourceText}"`);
  return claim.id;
}

function withPostTagged(): { sidecar: Sidecar; sourceId: string; first: string } {
  const { sidecar, source } = upsertSource(article(), { name: 'Washington Post', aliases: [], kind: 'media', reliability: 'B', note: '' });
  const first = idOf(sidecar, 'The newspaper');
  return { sidecar: updateClaim(sidecar, first, { sourceId: source.id }, NOW), sourceId: source.id, first };
}

function sourcesOf(sidecar: Sidecar): [string | undefined, string | null][] {
  return sidecar.claims.map((c) => [c.source?.text, c.sourceId]);
}

describe('tagging an entity’s claims in one step', () => {
  it('finds the other untagged claims whose sources stand for the same entity, in article order', () => {
    const { sidecar, first } = withPostTagged();
    assert.deepEqual(
      untaggedClaimsOfEntity(sidecar, first).map((c) => c.source?.text),
      ['The Washington Post, the influential US daily,', 'the daily', 'It'],
    );
  });

  it('leaves out claims already tagged, rejected claims and other entities', () => {
    const { sidecar, first } = withPostTagged();
    const daily = idOf(sidecar, 'the daily');
    const rejected = updateClaim(sidecar, daily, { state: 'rejected' }, NOW);
    assert.ok(!untaggedClaimsOfEntity(rejected, first).some((c) => c.id === daily));
    assert.ok(!untaggedClaimsOfEntity(sidecar, first).some((c) => c.source?.text === 'Mayor Tom Hallett'));
  });

  it('tags them all with the source in one change', () => {
    const { sidecar, sourceId, first } = withPostTagged();
    const others = untaggedClaimsOfEntity(sidecar, first).map((c) => c.id);
    const { sidecar: tagged } = tagClaims(sidecar, others, sourceId, LATER);
    assert.deepEqual(
      sourcesOf(tagged).filter(([, id]) => id === sourceId).map(([text]) => text),
      ['The Washington Post, the influential US daily,', 'The newspaper', 'the daily', 'It'],
    );
    assert.ok(tagged.claims.filter((c) => others.includes(c.id)).every((c) => c.modified === LATER));
  });

  it('undoes the step, giving each claim back the source it had', () => {
    const { sidecar, sourceId, first } = withPostTagged();
    const { sidecar: tagged, tagging } = tagClaims(sidecar, untaggedClaimsOfEntity(sidecar, first).map((c) => c.id), sourceId, LATER);
    const { sidecar: undone, restored } = undoTagging(tagged, tagging, LATER);
    assert.equal(restored, 3);
    assert.deepEqual(sourcesOf(undone), sourcesOf(sidecar));
  });

  it('never undoes a tag changed since the step', () => {
    const { sidecar, sourceId, first } = withPostTagged();
    const { sidecar: tagged, tagging } = tagClaims(sidecar, untaggedClaimsOfEntity(sidecar, first).map((c) => c.id), sourceId, LATER);
    const other = upsertSource(tagged, { name: 'AP', aliases: [], kind: 'media', reliability: null, note: '' });
    const daily = idOf(tagged, 'the daily');
    const retagged = updateClaim(other.sidecar, daily, { sourceId: other.source.id }, LATER);
    const { sidecar: undone, restored } = undoTagging(retagged, tagging, LATER);
    assert.equal(restored, 2);
    assert.equal(undone.claims.find((c) => c.id === daily)?.sourceId, other.source.id);
  });

  it('refuses a source that is not in the sidecar', () => {
    assert.throws(() => tagClaims(article(), [], 'nobody', NOW), /no source with id "nobody"/);
  });
});
