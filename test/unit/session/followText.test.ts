// Specification of how claims follow one document change: shifted through typing, searched for after a reload.
import * as assert from 'node:assert/strict';
import { addManualClaim, emptySidecar } from '../../../src/core/model/annotations';
import type { Sidecar } from '../../../src/core/model/types';
import { toTextEdits } from '../../../src/core/anchor';
import { annotationsOf, sidecarOf } from '../../../src/core/session/annotations';
import { followTextChange } from '../../../src/core/session/followText';

function followChange(sidecar: Sidecar, edits: Parameters<typeof followTextChange>[1], text: string, mayBeReload: boolean): Sidecar {
  return sidecarOf(followTextChange(annotationsOf(sidecar), edits, text, mayBeReload).annotations);
}

const NOW = '2026-01-01T00:00:00.000Z';
const FIRST = 'The ministry said that the bridge will reopen in May.';
const SECOND = 'Weather was mild across the region on Tuesday.';
const TEXT = `${FIRST}\n\n${SECOND}\n`;

function withClaimOn(text: string, quote: string): { sidecar: Sidecar; id: string } {
  const start = text.indexOf(quote);
  const { sidecar, claim } = addManualClaim(emptySidecar('a.txt', text), text, start, start + quote.length, NOW);
  return { sidecar, id: claim.id };
}

describe('following a document change', () => {
  it('turns VS Code content changes into edits on the text before the change', () => {
    assert.deepEqual(toTextEdits([{ rangeOffset: 4, rangeLength: 3, text: 'xy' }]), [{ start: 4, end: 7, newText: 'xy' }]);
  });

  it('shifts a claim by the text typed above it', () => {
    const { sidecar, id } = withClaimOn(TEXT, SECOND);
    const next = followChange(sidecar, [{ start: 0, end: 0, newText: 'Update: ' }], `Update: ${TEXT}`, false);
    assert.equal(next.claims.find((c) => c.id === id)?.target.start, TEXT.indexOf(SECOND) + 'Update: '.length);
  });

  it('leaves a claim orphan when the user deletes its text, even if its words exist elsewhere', () => {
    const text = `${FIRST}\n\n${FIRST}\n`;
    const { sidecar, id } = withClaimOn(text, FIRST);
    const next = followChange(sidecar, [{ start: 0, end: FIRST.length + 2, newText: '' }], `${FIRST}\n`, false);
    assert.equal(next.claims.find((c) => c.id === id)?.orphan, true);
  });

  it('finds a claim again when a reload from disk moved its paragraph and reworded it', () => {
    const { sidecar, id } = withClaimOn(TEXT, FIRST);
    const reworded = FIRST.replace('in May', 'in late May');
    const reloaded = `${SECOND}\n\n${reworded}\n`;
    const edits = [
      { start: 0, end: FIRST.length + 2, newText: '' },
      { start: TEXT.length, end: TEXT.length, newText: `\n${reworded}\n` },
    ];
    const claim = followChange(sidecar, edits, reloaded, true).claims.find((c) => c.id === id);
    assert.equal(claim?.orphan, false);
    assert.match(reloaded.slice(claim?.target.start, claim?.target.end), /the bridge will reopen/);
  });

  it('does not search for a reworded claim after typing', () => {
    const { sidecar, id } = withClaimOn(TEXT, FIRST);
    const reworded = FIRST.replace('in May', 'in late May');
    const edits = [{ start: 0, end: FIRST.length, newText: reworded }];
    const claim = followChange(sidecar, edits, `${reworded}\n\n${SECOND}\n`, false).claims.find((c) => c.id === id);
    assert.equal(claim?.orphan, true);
  });

  it('keeps every claim of the sidecar through a reload, placed or not', () => {
    const { sidecar } = withClaimOn(TEXT, FIRST);
    const next = followChange(sidecar, [{ start: 0, end: TEXT.length, newText: 'Nothing left.' }], 'Nothing left.', true);
    assert.equal(next.claims.length, sidecar.claims.length);
  });
});
