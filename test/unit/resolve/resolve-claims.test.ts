// Specification of what a stored claim keeps of the source it refers to: saved, read back, moved with the text, worked out again.
import * as assert from 'node:assert/strict';
import { applyTextEdits, reanchor } from '../../../src/core/anchor';
import { anchoredTo } from '../../../src/core/anchor/anchoredTo';
import { detectAttributions } from '../../../src/core/detect';
import { emptySidecar, mergeDetections } from '../../../src/core/model/annotations';
import type { Claim, Sidecar } from '../../../src/core/model/types';
import { resolveClaimSources } from '../../../src/core/resolve';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar';

const NOW = '2026-01-01T00:00:00Z';
const TEXT = 'Prime Minister John Key visited Canberra on Monday.\n\nKey said the talks had gone well.';

function detected(text: string): Sidecar {
  return mergeDetections(emptySidecar('article.txt', text), text, detectAttributions(text, { resolveSources: true }), NOW);
}

function keyClaim(sidecar: Sidecar): Claim {
  const found = sidecar.claims.find((c) => c.source?.text === 'Key');
  assert.ok(found, 'the article has a claim by "Key"');
  return found;
}

describe('stored claims: the source they refer to', () => {
  it('keeps what the detector resolved a source to', () => {
    assert.deepEqual(keyClaim(detected(TEXT)).source?.refersTo, { start: 0, end: 23, text: 'Prime Minister John Key' });
  });

  it('is written to the sidecar and read back unchanged', () => {
    const written = serializeSidecar(detected(TEXT));
    assert.match(written, /"refersTo": \{\n\s+"start": 0,\n\s+"end": 23,\n\s+"text": "Prime Minister John Key"/);
    const read = parseSidecar(written, 'article.txt.claims.json');
    assert.ok(read.ok, read.ok ? '' : read.error);
    assert.equal(serializeSidecar(read.sidecar), written);
  });

  it('reads a sidecar written before sources referred to anything', () => {
    const written = serializeSidecar(detected(TEXT)).replace(/,\n\s+"refersTo": \{[^}]*\}/g, '');
    assert.doesNotMatch(written, /refersTo/);
    const read = parseSidecar(written, 'old.claims.json');
    assert.ok(read.ok, read.ok ? '' : read.error);
    assert.equal(keyClaim(read.sidecar).source?.refersTo, undefined);
  });

  it('refuses a refersTo whose text does not fit its offsets, naming the field', () => {
    const written = serializeSidecar(detected(TEXT)).replace('"text": "Prime Minister John Key"', '"text": "Prime Minister"');
    const read = parseSidecar(written, 'bad.claims.json');
    assert.equal(read.ok, false);
    assert.match(read.ok ? '' : read.error, /source\.refersTo spans 23 characters but its text has 14/);
  });

  it('moves with text typed between the mention and the claim, and keeps its own place', () => {
    const sidecar = detected(TEXT);
    const at = TEXT.indexOf('\n\n');
    const text = TEXT.slice(0, at) + ' It rained.' + TEXT.slice(at);
    const claim = keyClaim(applyTextEdits(sidecar, [{ start: at, end: at, newText: ' It rained.' }], text));
    assert.deepEqual(claim.source?.refersTo, { start: 0, end: 23, text: 'Prime Minister John Key' });
    assert.equal(text.slice(claim.source?.start, claim.source?.end), 'Key');
  });

  it('moves with text typed before the mention', () => {
    const text = 'Canberra — ' + TEXT;
    const claim = keyClaim(applyTextEdits(detected(TEXT), [{ start: 0, end: 0, newText: 'Canberra — ' }], text));
    const refersTo = claim.source?.refersTo;
    assert.ok(refersTo);
    assert.equal(text.slice(refersTo.start, refersTo.end), 'Prime Minister John Key');
  });

  it('is dropped, never left pointing at other text, when the mention is deleted', () => {
    const cut = 'Prime Minister John Key visited Canberra on Monday.'.length;
    const text = TEXT.slice(cut);
    const claim = keyClaim(applyTextEdits(detected(TEXT), [{ start: 0, end: cut, newText: '' }], text));
    assert.equal(claim.source?.refersTo, undefined);
  });

  it('is found again when the article changed outside the editor', () => {
    const text = 'Wellington, Monday.\n\n' + TEXT;
    const refersTo = keyClaim(reanchor(detected(TEXT), text)).source?.refersTo;
    assert.ok(refersTo);
    assert.equal(text.slice(refersTo.start, refersTo.end), 'Prime Minister John Key');
  });

  it('is found again, or dropped, before offsets are written, when typing left it behind', () => {
    const sidecar = detected(TEXT);
    const text = 'Canberra — ' + TEXT;
    // What a claim moved along with the text without its mention looks like: the claim shifted, the mention not.
    const stale: Sidecar = {
      ...sidecar,
      claims: sidecar.claims.map((c) => ({
        ...c,
        target: { ...c.target, start: c.target.start + 11, end: c.target.end + 11 },
        source: c.source && { ...c.source, start: c.source.start + 11, end: c.source.end + 11 },
        cue: c.cue && { ...c.cue, start: c.cue.start + 11, end: c.cue.end + 11 },
        content: c.content && { ...c.content, start: c.content.start + 11, end: c.content.end + 11 },
        hedges: c.hedges.map((h) => ({ ...h, start: h.start + 11, end: h.end + 11 })),
      })),
    };
    const refersTo = keyClaim(anchoredTo(stale, text).sidecar).source?.refersTo;
    assert.deepEqual(refersTo, { start: 11, end: 34, text: 'Prime Minister John Key' });
    const gone = keyClaim(anchoredTo(stale, text.replace('Prime Minister John Key', 'The premier')).sidecar).source;
    assert.equal(gone?.refersTo, undefined);
  });

  it('is worked out over the whole article, across paragraphs a stretch of detection could not see', () => {
    const second = TEXT.indexOf('Key said');
    const stretch = detectAttributions(TEXT.slice(second)).map((a) => ({
      ...a,
      start: a.start + second,
      end: a.end + second,
      content: { ...a.content, start: a.content.start + second, end: a.content.end + second },
      source: a.source && { start: a.source.start + second, end: a.source.end + second, text: a.source.text },
      cue: a.cue && { ...a.cue, start: a.cue.start + second, end: a.cue.end + second },
      hedges: [],
    }));
    const partial = mergeDetections(emptySidecar('article.txt', TEXT), TEXT, stretch, NOW);
    assert.equal(keyClaim(partial).source?.refersTo, undefined);
    assert.equal(keyClaim(resolveClaimSources(partial, TEXT)).source?.refersTo?.text, 'Prime Minister John Key');
  });

  it("leaves a role word inside a stored claim's content out of the name, as the detector does", () => {
    const text =
      'A recount confirmed on Friday that challenger Amara Nwosu won by 212 votes, the county elections board said.\n\n' +
      '"It is time to govern," Nwosu told supporters.';
    const unresolved = mergeDetections(emptySidecar('article.txt', text), text, detectAttributions(text), NOW);
    const nwosu = resolveClaimSources(unresolved, text).claims.find((c) => c.source?.text === 'Nwosu');
    assert.equal(nwosu?.source?.refersTo?.text, 'Amara Nwosu');
  });

  it('returns the very same sidecar when nothing it refers to changes', () => {
    const sidecar = detected(TEXT);
    assert.equal(resolveClaimSources(sidecar, TEXT), sidecar);
  });

  it('leaves an orphan what it referred to', () => {
    const sidecar = detected(TEXT);
    const orphaned: Sidecar = { ...sidecar, claims: sidecar.claims.map((c) => ({ ...c, orphan: true })) };
    assert.equal(resolveClaimSources(orphaned, 'Nothing of it is left.'), orphaned);
  });
});
