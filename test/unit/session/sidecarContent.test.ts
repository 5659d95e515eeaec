// Specification of the sidecar content the session writes: offsets that hold in the text it is written against, and that text's fingerprint.
import * as assert from 'node:assert/strict';
import { addManualClaim, emptySidecar } from '../../../src/core/model/annotations';
import { sidecarContent } from '../../../src/core/session/sidecarContent';
import { parseSidecar, textHash } from '../../../src/core/sidecar';

const NOW = '2026-01-01T00:00:00.000Z';
const QUOTE = 'the bridge will reopen in May';
const TEXT = `The ministry said that ${QUOTE}.\n`;

function written(content: string) {
  const parsed = parseSidecar(content, 'a.txt.claims.json');
  assert.ok(parsed.ok);
  return parsed.sidecar;
}

describe('sidecar content', () => {
  const start = TEXT.indexOf(QUOTE);
  const { sidecar } = addManualClaim(emptySidecar('a.txt', TEXT), TEXT, start, start + QUOTE.length, NOW);

  it('keeps the offsets of claims that select their text in the text written against', () => {
    const claim = written(sidecarContent('a.txt', sidecar, TEXT)).claims[0];
    assert.deepEqual([claim.target.start, claim.target.end], [start, start + QUOTE.length]);
  });

  it('re-anchors claims whose offsets belong to another text before writing them', () => {
    const text = `Update: ${TEXT}`;
    const claim = written(sidecarContent('a.txt', sidecar, text)).claims[0];
    assert.equal(text.slice(claim.target.start, claim.target.end), QUOTE);
  });

  it('records the file name, length and hash of the text written against', () => {
    assert.deepEqual(written(sidecarContent('a.txt', sidecar, TEXT)).document, { file: 'a.txt', length: TEXT.length, hash: textHash(TEXT) });
  });
});
