// Specification of how the detection worker's findings travel to the extension host as integers: as found, or not at all (then as JSON).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { detectAttributions } from '../../../src/core/detect';
import type { Attribution } from '../../../src/core/detect/types';
import { decodeFound, encodeFound } from '../../../src/worker/foundCodec';
import { answersTo, foundPiecesOf } from '../../../src/worker/detectionProtocol';

const samples = path.join(__dirname, '..', '..', '..', 'samples');
const PLAIN = readFileSync(path.join(samples, 'conflict-border-shelling.txt'), 'utf8');
const MARKDOWN = readFileSync(path.join(samples, 'health-trial-results.md'), 'utf8');

function piecesOf(text: string, markdown: boolean) {
  const half = text.indexOf('\n\n', text.length / 2);
  return [
    { region: { start: 0, end: half }, found: detectAttributions(text, { markdown }).filter((a) => a.end <= half) },
    { region: { start: half, end: text.length }, found: detectAttributions(text, { markdown }).filter((a) => a.end > half) },
  ];
}

describe('the detection worker’s findings as integers', () => {
  it('gives back exactly what the detector found in plain text: offsets, spans with their text, hedges, commitment and kind', () => {
    const pieces = piecesOf(PLAIN, false);
    assert.ok(pieces.every((piece) => piece.found.length > 0));
    assert.ok(pieces.some((piece) => piece.found.some((a) => a.hedges.length > 0)), 'the fixture has hedges');
    const encoded = encodeFound(pieces, PLAIN);
    assert.ok(encoded instanceof Int32Array);
    assert.deepEqual(decodeFound(encoded, PLAIN), pieces);
  });

  it('gives back exactly what the detector found in Markdown', () => {
    const pieces = piecesOf(MARKDOWN, true);
    const encoded = encodeFound(pieces, MARKDOWN);
    assert.ok(encoded instanceof Int32Array);
    assert.deepEqual(decodeFound(encoded, MARKDOWN), pieces);
  });

  it('gives back a piece in which nothing was found, and no pieces at all', () => {
    const empty = [{ region: { start: 0, end: 10 }, found: [] }];
    assert.deepEqual(decodeFound(encodeFound(empty, PLAIN) as Int32Array, PLAIN), empty);
    assert.deepEqual(decodeFound(encodeFound([], PLAIN) as Int32Array, PLAIN), []);
  });

  it('refuses a span whose text is not the text at its offsets, which only JSON can carry', () => {
    const [claim] = detectAttributions(PLAIN, {});
    const changed: Attribution = { ...claim, content: { ...claim.content, text: `${claim.content.text}!` } };
    assert.equal(encodeFound([{ region: { start: 0, end: PLAIN.length }, found: [changed] }], PLAIN), undefined);
  });

  it('refuses a field it does not know, such as who a source stands for, which only JSON can carry', () => {
    const claim = detectAttributions(PLAIN, {}).find((a) => a.source !== null) as Attribution;
    const source = claim.source as NonNullable<Attribution['source']>;
    const withReferent: Attribution = { ...claim, source: { ...source, refersTo: { start: 0, end: 5, text: PLAIN.slice(0, 5) } } };
    assert.equal(encodeFound([{ region: { start: 0, end: PLAIN.length }, found: [withReferent] }], PLAIN), undefined);
  });

  it('is how a detect reply carries what the detector found in a news article', () => {
    const replies = answersTo({ id: 1, kind: 'detect', text: PLAIN, markdown: false, regions: [{ start: 0, end: PLAIN.length }], pieceLength: 8_000 });
    assert.ok(replies.every((reply) => reply.kind === 'detected' && reply.pieces instanceof Int32Array));
    const found = replies.flatMap((reply) => (reply.kind === 'detected' ? foundPiecesOf(reply, PLAIN) : [])).flatMap((piece) => piece.found);
    assert.deepEqual(found, detectAttributions(PLAIN, {}));
  });

  it('leaves a detect reply as JSON when what was found holds more than integers can carry', () => {
    const resolving = (text: string, options: Parameters<typeof detectAttributions>[1]) => detectAttributions(text, { ...options, resolveSources: true });
    const replies = answersTo({ id: 1, kind: 'detect', text: PLAIN, markdown: false, regions: [{ start: 0, end: PLAIN.length }], pieceLength: 8_000 }, resolving);
    assert.ok(replies.every((reply) => reply.kind === 'detected' && typeof reply.pieces === 'string'));
    const found = replies.flatMap((reply) => (reply.kind === 'detected' ? foundPiecesOf(reply, PLAIN) : [])).flatMap((piece) => piece.found);
    assert.ok(found.some((a) => a.source?.refersTo !== undefined), 'the fixture has a source standing for a fuller name');
    assert.deepEqual(found, detectAttributions(PLAIN, { resolveSources: true }));
  });
});
