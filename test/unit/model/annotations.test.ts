import * as assert from 'node:assert/strict';
import type { Attribution, ClaimKind } from '../../../src/core/detect/types';
import {
  addManualClaim,
  deleteClaim,
  emptySidecar,
  isUntouchedSuggestion,
  mergeDetections,
  reattachClaim,
  updateClaim,
  upsertSource,
} from '../../../src/core/model/annotations';
import type { Sidecar } from '../../../src/core/model/types';

const NOW = '2026-01-01T00:00:00Z';
const LATER = '2026-02-01T00:00:00Z';
const TEXT = 'Tass reported that the talks failed. Officials said the bridge would reopen.';

/** A detection of "<source> <cue> <content>" found at `quote`'s first occurrence. */
function detection(text: string, quote: string, source: string, cue: string): Attribution {
  const start = text.indexOf(quote);
  const span = (s: string, from: number) => {
    const at = text.indexOf(s, from);
    return { start: at, end: at + s.length, text: s };
  };
  const cueSpan = span(cue, start);
  const content = { start: cueSpan.end + 1, end: start + quote.length, text: text.slice(cueSpan.end + 1, start + quote.length) };
  return { start, end: start + quote.length, source: span(source, start), cue: cueSpan, content, hedges: [], commitment: 'certain', kind: 'statement' };
}

const TASS = detection(TEXT, 'Tass reported that the talks failed', 'Tass', 'reported');
const OFFICIALS = detection(TEXT, 'Officials said the bridge would reopen', 'Officials', 'said');

function merged(detected: Attribution[] = [TASS, OFFICIALS]): Sidecar {
  return mergeDetections(emptySidecar('a.txt', TEXT), TEXT, detected, NOW);
}

describe('emptySidecar', () => {
  it('records the article name, length and hash', () => {
    const s = emptySidecar('dir/a.txt', TEXT);
    assert.equal(s.version, 1);
    assert.equal(s.document.file, 'a.txt');
    assert.equal(s.document.length, TEXT.length);
    assert.match(s.document.hash, /^sha256:[0-9a-f]{64}$/);
  });
});

describe('mergeDetections', () => {
  it('adds each detection as a suggested claim with its parts', () => {
    const s = merged();
    assert.equal(s.claims.length, 2);
    assert.deepEqual(s.claims.map((c) => [c.state, c.origin, c.source?.text, c.cue?.text]), [
      ['suggested', 'detected', 'Tass', 'reported'],
      ['suggested', 'detected', 'Officials', 'said'],
    ]);
  });

  it('adds a claim detected twice in one run only once', () => {
    assert.equal(merged([TASS, TASS]).claims.length, 1);
  });

  it('gives the same ids for the same input', () => {
    assert.deepEqual(merged().claims.map((c) => c.id), merged().claims.map((c) => c.id));
  });

  it('does not add a detection twice', () => {
    const twice = mergeDetections(merged(), TEXT, [TASS, OFFICIALS], LATER);
    assert.deepEqual(twice.claims.map((c) => c.id), merged().claims.map((c) => c.id));
  });

  it('never brings back a rejected claim', () => {
    const s = merged();
    const rejected = updateClaim(s, s.claims[0].id, { state: 'rejected' }, LATER);
    const again = mergeDetections(rejected, TEXT, [TASS, OFFICIALS], LATER);
    assert.equal(again.claims.length, 2);
    assert.equal(again.claims.find((c) => c.id === s.claims[0].id)?.state, 'rejected');
  });

  it('keeps a tagged claim that is no longer detected', () => {
    const s = merged();
    const tagged = updateClaim(s, s.claims[0].id, { tags: ['check'] }, LATER);
    const again = mergeDetections(tagged, TEXT, [OFFICIALS], LATER);
    assert.deepEqual(again.claims.map((c) => c.tags), [['check'], []]);
  });

  it('drops an untouched suggestion that is no longer detected', () => {
    const again = mergeDetections(merged(), TEXT, [OFFICIALS], LATER);
    assert.deepEqual(again.claims.map((c) => c.source?.text), ['Officials']);
  });

  it('keeps suggestions outside the stretch a partial run read, and drops those inside it that it no longer found', () => {
    const officialsOnly = { start: OFFICIALS.start, end: TEXT.length };
    assert.deepEqual(mergeDetections(merged(), TEXT, [], LATER, officialsOnly).claims.map((c) => c.source?.text), ['Tass']);
  });

  it('adds what a partial run found to the claims outside its stretch', () => {
    const tassOnly = mergeDetections(emptySidecar('a.txt', TEXT), TEXT, [TASS], NOW);
    const both = mergeDetections(tassOnly, TEXT, [OFFICIALS], LATER, { start: OFFICIALS.start, end: TEXT.length });
    assert.deepEqual(both.claims.map((c) => c.source?.text), ['Tass', 'Officials']);
  });

  it('finds the claim standing for a detection among many claims with the same quote elsewhere', () => {
    const repeated = Array.from({ length: 50 }, () => 'Tass reported that the talks failed.').join(' ');
    const all = [...repeated.matchAll(/Tass reported that the talks failed/g)].map((m) => {
      const d = detection(repeated.slice(m.index), 'Tass reported that the talks failed', 'Tass', 'reported');
      const shift = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: span.start + m.index, end: span.end + m.index });
      return { ...d, start: d.start + m.index, end: d.end + m.index, content: shift(d.content), source: d.source && shift(d.source), cue: d.cue && shift(d.cue) };
    });
    const once = mergeDetections(emptySidecar('a.txt', repeated), repeated, all, NOW);
    const again = mergeDetections(once, repeated, all, LATER);
    assert.equal(once.claims.length, 50);
    assert.deepEqual(again.claims.map((c) => [c.id, c.target.start]), once.claims.map((c) => [c.id, c.target.start]));
  });

  it('does not add a detection overlapping a claim with the same content', () => {
    const s = merged([TASS]);
    const wider = { ...TASS, end: TASS.end + 1 };
    assert.equal(mergeDetections(s, TEXT, [wider], LATER).claims.length, 1);
  });
});

describe('mergeDetections and claim kinds', () => {
  const kinded = (d: Attribution, kind: ClaimKind): Attribution => ({ ...d, kind });

  it('gives a new suggestion the kind the detector read, as the detector\'s choice', () => {
    const s = merged([kinded(TASS, 'statement')]);
    assert.deepEqual([s.claims[0].kind, s.claims[0].kindOrigin], ['statement', 'detected']);
  });

  it('gives a confirmed claim the detector\'s latest kind while the user has not chosen one', () => {
    const s = merged([kinded(TASS, 'statement')]);
    const confirmed = updateClaim(s, s.claims[0].id, { state: 'confirmed', credibility: 2 }, LATER);
    const again = mergeDetections(confirmed, TEXT, [kinded(TASS, 'evidence')], LATER);
    assert.deepEqual([again.claims[0].kind, again.claims[0].state, again.claims[0].credibility], ['evidence', 'confirmed', 2]);
  });

  it('gives a claim read from an older sidecar, which has no kind, the kind the detector reads', () => {
    const s = merged([TASS]);
    const confirmed = updateClaim(s, s.claims[0].id, { state: 'confirmed' }, LATER);
    assert.equal(mergeDetections(confirmed, TEXT, [kinded(TASS, 'statement')], LATER).claims[0].kind, 'statement');
  });

  it('keeps a kind the user set whatever the detector reads later', () => {
    const s = merged([kinded(TASS, 'statement')]);
    const chosen = updateClaim(s, s.claims[0].id, { kind: 'characterization' }, LATER);
    const again = mergeDetections(chosen, TEXT, [kinded(TASS, 'belief')], LATER);
    assert.deepEqual([again.claims[0].kind, again.claims[0].kindOrigin], ['characterization', 'manual']);
  });

  it('keeps a suggestion whose kind the user set when the detector no longer finds it', () => {
    const s = merged([kinded(TASS, 'statement'), OFFICIALS]);
    const chosen = updateClaim(s, s.claims[0].id, { kind: 'evidence' }, LATER);
    const again = mergeDetections(chosen, TEXT, [OFFICIALS], LATER);
    assert.deepEqual(again.claims.map((c) => c.kind), ['evidence', 'statement']);
  });

  it('keeps the kind of a confirmed claim the detector no longer finds', () => {
    const s = merged([kinded(TASS, 'belief')]);
    const confirmed = updateClaim(s, s.claims[0].id, { state: 'confirmed' }, LATER);
    assert.equal(mergeDetections(confirmed, TEXT, [OFFICIALS], LATER).claims[0].kind, 'belief');
  });
});

describe('addManualClaim', () => {
  it('adds a confirmed manual claim without the surrounding spaces', () => {
    const { claim } = addManualClaim(emptySidecar('a.txt', TEXT), TEXT, 36, TEXT.length, NOW);
    assert.equal(claim.target.exact, 'Officials said the bridge would reopen.');
    assert.equal(claim.state, 'confirmed');
    assert.equal(claim.origin, 'manual');
  });

  it('confirms an existing claim instead of duplicating it', () => {
    const s = merged();
    const { sidecar, claim } = addManualClaim(s, TEXT, TASS.start, TASS.end, LATER);
    assert.equal(sidecar.claims.length, 2);
    assert.equal(claim.id, s.claims[0].id);
    assert.equal(claim.state, 'confirmed');
  });

  it('has no kind when it overlaps no claim of known kind', () => {
    assert.equal(addManualClaim(emptySidecar('a.txt', TEXT), TEXT, 0, 10, NOW).claim.kind, null);
  });

  it('takes the kind of the claim it overlaps most, as a guess the detector may replace and the user may change', () => {
    const s = merged([{ ...TASS, kind: 'evidence' }, { ...OFFICIALS, kind: 'intention' }]);
    const guessed = addManualClaim(s, TEXT, TEXT.indexOf('talks'), TEXT.indexOf('Officials said') + 4, NOW).claim;
    assert.deepEqual([guessed.kind, guessed.kindOrigin], ['evidence', 'detected']);
  });

  it('refuses an empty or out-of-range selection', () => {
    const s = emptySidecar('a.txt', TEXT);
    assert.throws(() => addManualClaim(s, TEXT, 5, 5, NOW), RangeError);
    assert.throws(() => addManualClaim(s, TEXT, 0, TEXT.length + 1, NOW), RangeError);
    assert.throws(() => addManualClaim(s, 'a    b', 1, 5, NOW), /blank text/);
  });
});

describe('updateClaim', () => {
  it('sets the rating and the modification time', () => {
    const s = merged();
    const u = updateClaim(s, s.claims[0].id, { credibility: 2, note: 'seen elsewhere' }, LATER);
    assert.equal(u.claims[0].credibility, 2);
    assert.equal(u.claims[0].note, 'seen elsewhere');
    assert.equal(u.claims[0].modified, LATER);
    assert.equal(u.claims[0].created, NOW);
  });

  it('does not change the sidecar it was given', () => {
    const s = merged();
    const before = JSON.stringify(s);
    updateClaim(s, s.claims[0].id, { tags: ['a'] }, LATER);
    assert.equal(JSON.stringify(s), before);
  });

  it('keeps each tag once, trimmed', () => {
    const s = merged();
    assert.deepEqual(updateClaim(s, s.claims[0].id, { tags: [' war ', 'war', '', 'ru'] }, LATER).claims[0].tags, ['war', 'ru']);
  });

  it('sets a kind as the user\'s choice', () => {
    const s = merged();
    const u = updateClaim(s, s.claims[0].id, { kind: 'refusal' }, LATER);
    assert.deepEqual([u.claims[0].kind, u.claims[0].kindOrigin, u.claims[0].modified], ['refusal', 'manual', LATER]);
  });

  it('counts a suggestion whose kind the user set as touched', () => {
    const s = merged();
    assert.equal(isUntouchedSuggestion(s.claims[0]), true);
    assert.equal(isUntouchedSuggestion(updateClaim(s, s.claims[0].id, { kind: 'belief' }, LATER).claims[0]), false);
  });

  it('refuses a source that is not in the sidecar', () => {
    const s = merged();
    assert.throws(() => updateClaim(s, s.claims[0].id, { sourceId: 'nobody' }, LATER), /no source with id "nobody"/);
  });

  it('refuses an unknown claim id', () => {
    assert.throws(() => updateClaim(merged(), 'c-missing', { note: 'x' }, LATER), /no claim with id "c-missing"/);
  });
});

describe('deleteClaim', () => {
  it('removes the claim', () => {
    const s = merged();
    assert.deepEqual(deleteClaim(s, s.claims[0].id).claims.map((c) => c.id), [s.claims[1].id]);
  });
});

describe('upsertSource', () => {
  const tass = { name: 'Tass', aliases: ['TASS news agency'], kind: 'media' as const, reliability: 'C' as const, note: '' };

  it('gives a new source a readable id', () => {
    assert.equal(upsertSource(merged(), tass).source.id, 'tass');
  });

  it('updates the source with the same name instead of adding one', () => {
    const first = upsertSource(merged(), tass).sidecar;
    const { sidecar, source } = upsertSource(first, { ...tass, name: 'tass', aliases: ['ТАСС'], reliability: 'B' });
    assert.equal(sidecar.sources.length, 1);
    assert.equal(source.reliability, 'B');
    assert.deepEqual(source.aliases, ['TASS news agency', 'ТАСС']);
  });

  it('makes ids unique for different sources whose names make the same id', () => {
    const first = upsertSource(merged(), { ...tass, name: 'Ä B' }).sidecar;
    assert.equal(upsertSource(first, { ...tass, name: 'A B' }).source.id, 'a-b-2');
  });

  it('takes a name that differs only in punctuation, case or a leading article for the same source', () => {
    const first = upsertSource(merged(), { ...tass, name: 'The Xinhua News-Agency' });
    const again = upsertSource(first.sidecar, { ...tass, name: 'xinhua news agency' });
    assert.deepEqual([again.source.id, again.sidecar.sources.length], [first.source.id, first.sidecar.sources.length]);
  });
});

describe('reattachClaim', () => {
  it('places an orphan where the user says', () => {
    const s = merged();
    const orphan: Sidecar = { ...s, claims: [{ ...s.claims[0], orphan: true }] };
    const text = `Moved: ${TEXT}`;
    const r = reattachClaim(orphan, s.claims[0].id, text, 7, 7 + TASS.end, LATER);
    assert.equal(r.claims[0].orphan, false);
    assert.equal(r.claims[0].target.exact, 'Tass reported that the talks failed');
    assert.equal(r.claims[0].cue?.start, text.indexOf('reported'));
  });
});
