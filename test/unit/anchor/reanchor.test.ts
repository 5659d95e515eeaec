import * as assert from 'node:assert/strict';
import { reanchor } from '../../../src/core/anchor';
import { addManualClaim, emptySidecar } from '../../../src/core/model/annotations';
import type { Sidecar } from '../../../src/core/model/types';

const NOW = '2026-01-01T00:00:00Z';
const ARTICLE =
  'Pyongyang, Nov 27. The Korean Central News Agency (KCNA) reported that Kim Jong Un oversaw the test-fire of the latest ' +
  'anti-aircraft missile system. Seoul has accused Kim of supplying troops and weaponry to Moscow. ' +
  'Neither Moscow nor Pyongyang has confirmed any troop deployments.';

function annotate(text: string, quote: string): { sidecar: Sidecar; id: string } {
  const start = text.indexOf(quote);
  const { sidecar, claim } = addManualClaim(emptySidecar('a.txt', text), text, start, start + quote.length, NOW);
  return { sidecar, id: claim.id };
}

function selected(sidecar: Sidecar, text: string): string {
  const t = sidecar.claims[0].target;
  return text.slice(t.start, t.end);
}

describe('reanchor', () => {
  const quote = 'Seoul has accused Kim of supplying troops and weaponry to Moscow.';

  it('keeps a claim whose quote is still at its position', () => {
    const { sidecar } = annotate(ARTICLE, quote);
    const again = reanchor(sidecar, ARTICLE);
    assert.deepEqual(again.claims[0], sidecar.claims[0]);
  });

  it('follows the quote when text was inserted before it', () => {
    const { sidecar } = annotate(ARTICLE, quote);
    const changed = `UPDATED: an editor's note was added at the top.\n\n${ARTICLE}`;
    const again = reanchor(sidecar, changed);
    assert.equal(again.claims[0].orphan, false);
    assert.equal(selected(again, changed), quote);
  });

  it('picks the copy of a repeated quote whose context matches', () => {
    const text = `First: ${quote} Then a long paragraph about something else entirely. Second: ${quote} End.`;
    const second = text.lastIndexOf(quote);
    const { sidecar } = addManualClaim(emptySidecar('a.txt', text), text, second, second + quote.length, NOW);
    const changed = `Intro. ${text}`;
    const again = reanchor(sidecar, changed);
    assert.equal(again.claims[0].target.start, changed.lastIndexOf(quote));
  });

  it('finds a quote that was slightly reworded', () => {
    const { sidecar } = annotate(ARTICLE, quote);
    const changed = ARTICLE.replace('weaponry', 'weapons');
    const again = reanchor(sidecar, changed);
    assert.equal(again.claims[0].orphan, false);
    assert.equal(selected(again, changed), 'Seoul has accused Kim of supplying troops and weapons to Moscow.');
  });

  it('marks a claim whose text is gone as an orphan and keeps it', () => {
    const { sidecar, id } = annotate(ARTICLE, quote);
    const changed = ARTICLE.replace(quote, 'The weather was fine all week, according to nobody in particular at all.');
    const again = reanchor(sidecar, changed);
    assert.equal(again.claims.length, 1);
    assert.equal(again.claims[0].id, id);
    assert.equal(again.claims[0].orphan, true);
    assert.equal(again.claims[0].target.exact, quote);
  });

  it('places an orphan again when its text comes back', () => {
    const { sidecar } = annotate(ARTICLE, quote);
    const orphaned = reanchor(sidecar, 'Nothing here.');
    const back = reanchor(orphaned, ARTICLE);
    assert.equal(back.claims[0].orphan, false);
    assert.equal(selected(back, ARTICLE), quote);
  });

  it('moves the parts of a claim along with it', () => {
    const text = ARTICLE;
    const start = text.indexOf('Seoul');
    const base = addManualClaim(emptySidecar('a.txt', text), text, start, start + quote.length, NOW).sidecar;
    const withParts: Sidecar = {
      ...base,
      claims: [{ ...base.claims[0], source: { start, end: start + 5, text: 'Seoul' }, cue: { start: start + 6, end: start + 17, text: 'has accused' } }],
    };
    const changed = `Breaking. ${text}`;
    const again = reanchor(withParts, changed);
    const claim = again.claims[0];
    assert.equal(changed.slice(claim.source?.start, claim.source?.end), 'Seoul');
    assert.equal(changed.slice(claim.cue?.start, claim.cue?.end), 'has accused');
  });

  it('keeps every claim placed when the sections of a long article are reordered', () => {
    const section = (name: string) =>
      Array.from({ length: 40 }, (_, i) => `In ${name}, official ${i} said that convoy ${i * 13} reached checkpoint ${i}.`).join(' ');
    const [a, b, c] = [section('the north'), section('the capital'), section('the south')];
    const text = `${a}\n\n${b}\n\n${c}`;
    let sidecar = emptySidecar('a.txt', text);
    for (let at = text.indexOf('official'); at !== -1; at = text.indexOf('official', at + 1)) {
      sidecar = addManualClaim(sidecar, text, at, text.indexOf('.', at), NOW).sidecar;
    }
    const reordered = `${c}\n\n${a}\n\n${b}`;
    const again = reanchor(sidecar, reordered);
    assert.equal(again.claims.filter((claim) => claim.orphan).length, 0);
    for (const [i, claim] of again.claims.entries()) {
      assert.equal(reordered.slice(claim.target.start, claim.target.end), sidecar.claims[i].target.exact);
    }
  });

  it('turns every claim into an orphan when the article was replaced by unrelated text', () => {
    const { sidecar } = annotate(ARTICLE, quote);
    const unrelated = 'Recipe: whisk two eggs with flour, add milk slowly, rest the batter for an hour. '.repeat(200);
    assert.deepEqual(reanchor(sidecar, unrelated).claims.map((c) => c.orphan), [true]);
  });
});
