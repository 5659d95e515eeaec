import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyTextEdits, reanchor } from '../../../src/core/anchor';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar';
import { annotatedArb, applyToText, changesInside, eventArb, toEdits } from './arbitraries';

const RUNS = { numRuns: 300 };

describe('anchoring properties', () => {
  it('keeps every claim whose text no edit touched on exactly that text, and never drops a claim', () => {
    fc.assert(
      fc.property(annotatedArb, fc.array(eventArb, { minLength: 1, maxLength: 12 }), ({ text, sidecar }, events) => {
        const touched = new Set<string>();
        let current = text;
        let annotations = sidecar;
        for (const raw of events) {
          const edits = toEdits(raw, current.length);
          for (const claim of annotations.claims) {
            if (claim.orphan || changesInside(edits, claim.target.start, claim.target.end)) touched.add(claim.id);
          }
          current = applyToText(current, edits);
          annotations = applyTextEdits(annotations, edits, current);
        }
        assert.deepEqual(annotations.claims.map((c) => c.id).sort(), sidecar.claims.map((c) => c.id).sort());
        for (const claim of annotations.claims) {
          const original = sidecar.claims.find((c) => c.id === claim.id);
          if (!touched.has(claim.id)) {
            assert.equal(claim.orphan, false);
            assert.equal(current.slice(claim.target.start, claim.target.end), original?.target.exact);
          }
        }
      }),
      RUNS,
    );
  });

  it('leaves every placed claim selecting the text its target quotes', () => {
    fc.assert(
      fc.property(annotatedArb, fc.array(eventArb, { minLength: 1, maxLength: 12 }), ({ text, sidecar }, events) => {
        let current = text;
        let annotations = sidecar;
        for (const raw of events) {
          const edits = toEdits(raw, current.length);
          current = applyToText(current, edits);
          annotations = applyTextEdits(annotations, edits, current);
        }
        for (const claim of annotations.claims.filter((c) => !c.orphan)) {
          assert.equal(current.slice(claim.target.start, claim.target.end), claim.target.exact);
          for (const part of [claim.source, claim.cue, claim.content, ...claim.hedges]) {
            if (part !== null) assert.equal(current.slice(part.start, part.end), part.text);
          }
        }
      }),
      RUNS,
    );
  });

  it('re-anchors after outside edits without dropping a claim, keeping untouched claims on their text', () => {
    fc.assert(
      fc.property(annotatedArb, eventArb, ({ text, sidecar }, raw) => {
        const edits = toEdits(raw, text.length);
        const changed = applyToText(text, edits);
        const again = reanchor(sidecar, changed);
        assert.deepEqual(again.claims.map((c) => c.id), sidecar.claims.map((c) => c.id));
        for (const [i, claim] of again.claims.entries()) {
          const before = sidecar.claims[i].target;
          if (!changesInside(edits, before.start, before.end)) assert.equal(claim.orphan, false);
          if (!claim.orphan) assert.equal(changed.slice(claim.target.start, claim.target.end), claim.target.exact);
        }
      }),
      RUNS,
    );
  });

  it('writes and reads back any annotated article byte for byte', () => {
    fc.assert(
      fc.property(annotatedArb, fc.string({ unit: 'grapheme' }), ({ sidecar }, note) => {
        const withNote = { ...sidecar, claims: sidecar.claims.map((c) => ({ ...c, note, tags: [note.trim() || 'tag'] })) };
        const written = serializeSidecar(withNote);
        const read = parseSidecar(written, 'article.txt.claims.json');
        assert.ok(read.ok, read.ok ? '' : read.error);
        assert.equal(serializeSidecar(read.sidecar), written);
      }),
      RUNS,
    );
  });
});
