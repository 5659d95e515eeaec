import * as assert from 'node:assert/strict';
import { reanchor } from '../../../src/core/anchor';
import type { Attribution } from '../../../src/core/detect/types';
import { emptySidecar, mergeDetections } from '../../../src/core/model/annotations';
import { documentInfo, parseSidecar, serializeSidecar } from '../../../src/core/sidecar';

const NOW = '2026-01-01T00:00:00Z';

/** An article of `count` distinct attributed sentences, each detected as one claim. */
function article(count: number): { text: string; detected: Attribution[] } {
  const sentences: string[] = [];
  const detected: Attribution[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const source = `Official ${i}`;
    const sentence = `${source} said that shipment ${i * 7919} arrived at port ${i % 97} on day ${i % 365}.`;
    const cueStart = offset + source.length + 1;
    const contentStart = cueStart + 'said that '.length;
    detected.push({
      start: offset,
      end: offset + sentence.length - 1,
      source: { start: offset, end: offset + source.length, text: source },
      cue: { start: cueStart, end: cueStart + 4, text: 'said' },
      content: { start: contentStart, end: offset + sentence.length - 1, text: sentence.slice(contentStart - offset, -1) },
      hedges: [],
      commitment: 'certain',
      kind: 'statement',
    });
    sentences.push(sentence);
    offset += sentence.length + 1;
  }
  return { text: sentences.join(' '), detected };
}

describe('large sidecars and articles', function () {
  // Megabytes of text on a shared machine: correctness is checked here, speed in `npm run bench`.
  this.timeout(120_000);

  it('round-trips 10,000 claims byte for byte', () => {
    const { text, detected } = article(10_000);
    const sidecar = mergeDetections(emptySidecar('big.txt', text), text, detected, NOW);
    assert.equal(sidecar.claims.length, 10_000);
    const written = serializeSidecar(sidecar);
    const read = parseSidecar(written, 'big.txt.claims.json');
    assert.ok(read.ok, read.ok ? '' : read.error);
    assert.equal(serializeSidecar(read.sidecar), written);
  });

  it('merges 10,000 detections into 10,000 claims without adding any twice', () => {
    const { text, detected } = article(10_000);
    const once = mergeDetections(emptySidecar('big.txt', text), text, detected, NOW);
    const twice = mergeDetections(once, text, detected, NOW);
    assert.equal(twice.claims.length, 10_000);
  });

  it('hashes, re-anchors and reads back annotations of a 5 MB article', () => {
    const { text, detected } = article(70_000);
    assert.ok(text.length > 5_000_000, `article is ${text.length} characters`);
    const sample = detected.filter((_, i) => i % 70 === 0);
    const sidecar = mergeDetections(emptySidecar('huge.txt', text), text, sample, NOW);
    const changed = `Editor's note: figures updated.\n${text.slice(0, 2_500_000)}[inserted paragraph]\n${text.slice(2_500_000)}`;
    const again = { ...reanchor(sidecar, changed), document: documentInfo('huge.txt', changed) };
    assert.equal(again.claims.filter((c) => c.orphan).length, 0);
    for (const claim of again.claims) assert.equal(changed.slice(claim.target.start, claim.target.end), claim.target.exact);
    const read = parseSidecar(serializeSidecar(again), 'huge.txt.claims.json');
    assert.ok(read.ok, read.ok ? '' : read.error);
    assert.equal(read.sidecar.document.length, changed.length);
  });
});
