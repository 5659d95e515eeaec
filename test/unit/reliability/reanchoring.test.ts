// Reliability, case 8 (re-anchoring after text is inserted inside a claim): claims stay on word edges, keep their parts inside them, keep their content, and are not doubled.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { reanchor } from '../../../src/core/anchor';
import { detectAttributions } from '../../../src/core/detect';
import { emptySidecar, mergeDetections, updateClaim } from '../../../src/core/model/annotations';
import type { Claim, Sidecar } from '../../../src/core/model/types';
import { Workspace } from './workspace';

const BEFORE = 'Moscow, Nov 27.\n\nThe newspaper reported that the company was sued late on Sunday night by three regulators in Delaware. Nothing else happened.\n';
const INSERTIONS = [' reportedly', ', a maker of industrial solvents with plants in four states,', ' — according to court papers filed on Monday and seen by this newspaper —'];

function annotatedBefore(): Sidecar {
  const detected = mergeDetections(emptySidecar('a.txt', BEFORE), BEFORE, detectAttributions(BEFORE), '2026-01-01T00:00:00Z');
  return updateClaim(detected, detected.claims[0].id, { state: 'confirmed', credibility: 2, note: 'mine' }, '2026-01-01T00:00:00Z');
}

function insertedInside(text: string, insertion: string): string {
  const at = text.indexOf(' was sued');
  return text.slice(0, at) + insertion + text.slice(at);
}

const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function onWordEdges(claim: Claim, text: string): boolean {
  const { start, end } = claim.target;
  return !(isWord(text[start - 1]) && isWord(text[start])) && !(isWord(text[end - 1]) && isWord(text[end]));
}

function partsInside(claim: Claim): boolean {
  return [claim.source, claim.cue, claim.content, ...claim.hedges].every((p) => p === null || (p.start >= claim.target.start && p.end <= claim.target.end));
}

describe('reliability: re-anchoring after text inserted inside a claim', () => {
  for (const insertion of INSERTIONS) {
    it(`keeps the confirmed claim whole, on word edges, with its parts and content, after inserting ${insertion.length} characters`, () => {
      const after = insertedInside(BEFORE, insertion);
      const claim = reanchor(annotatedBefore(), after).claims[0];
      assert.equal(claim.orphan, false);
      assert.equal(after.slice(claim.target.start, claim.target.end), `The newspaper reported that the company${insertion} was sued late on Sunday night by three regulators in Delaware`);
      assert.deepEqual([claim.source?.text, claim.cue?.text], ['The newspaper', 'reported']);
      assert.equal(claim.content?.text, `the company${insertion} was sued late on Sunday night by three regulators in Delaware`);
      assert.ok(partsInside(claim));
    });

    it(`adds no second suggestion for the same attribution after inserting ${insertion.length} characters`, () => {
      const after = insertedInside(BEFORE, insertion);
      const merged = mergeDetections(reanchor(annotatedBefore(), after), after, detectAttributions(after), '2026-01-02T00:00:00Z');
      const sameCue = merged.claims.filter((c) => c.cue?.text === 'reported');
      assert.deepEqual(sameCue.map((c) => [c.state, c.note]), [['confirmed', 'mine']]);
    });
  }

  it('keeps the claim through claimlens annotate after the article was edited in another program', async () => {
    const ws = new Workspace();
    try {
      await ws.annotated('article.txt', BEFORE);
      ws.tag('article.txt', 'The newspaper reported', { state: 'confirmed', note: 'mine' });
      ws.write('article.txt', insertedInside(BEFORE, INSERTIONS[1]));
      const run = await ws.run('annotate', 'article.txt');
      assert.equal(run.code, 0, run.stderr);
      const claims = ws.sidecar('article.txt').claims.filter((c) => c.cue?.text === 'reported');
      assert.deepEqual(claims.map((c) => [c.state, c.note, c.orphan, c.content?.text.startsWith('the company, a maker')]), [['confirmed', 'mine', false, true]]);
    } finally {
      ws.remove();
    }
  });

  it('never starts or ends a re-anchored claim inside a word, and keeps its parts inside it, whatever is inserted where', () => {
    const words = ['officials', 'said', 'that', 'the', 'bridge', 'would', 'reopen', 'in', 'May', 'according', 'to', 'KCNA', 'reportedly', 'believe'];
    const sentenceArb = fc.array(fc.constantFrom(...words), { minLength: 8, maxLength: 30 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(sentenceArb, { minLength: 2, maxLength: 6 }), fc.nat(), fc.nat(), fc.array(fc.constantFrom(...words, ',', '—', '😀'), { minLength: 1, maxLength: 12 }), (sentences, pick, offset, inserted) => {
        const text = sentences.join(' ');
        const chosen = sentences[pick % sentences.length];
        const start = text.indexOf(chosen);
        const sidecar = mergeDetections(emptySidecar('a.txt', text), text, [{
          start, end: start + chosen.length - 1, kind: 'statement', commitment: 'certain', hedges: [], source: null, cue: null,
          content: { start, end: start + chosen.length - 1, text: text.slice(start, start + chosen.length - 1) },
        }], '2026-01-01T00:00:00Z');
        const claim = sidecar.claims[0];
        const at = claim.target.start + 1 + (offset % (claim.target.end - claim.target.start - 1));
        const changed = `${text.slice(0, at)} ${inserted.join(' ')} ${text.slice(at)}`;
        const placed = reanchor(sidecar, changed).claims[0];
        if (placed.orphan) return;
        assert.ok(onWordEdges(placed, changed), JSON.stringify(changed.slice(placed.target.start, placed.target.end)));
        assert.ok(partsInside(placed));
        assert.equal(changed.slice(placed.target.start, placed.target.end), placed.target.exact);
      }),
      { numRuns: 300 },
    );
  });
});
