import * as assert from 'node:assert/strict';
import { composeClaimHover, type ClaimRef } from '../../../src/core/view/claimHover';
import { ENGLISH } from '../../../src/core/words';
import { ARTICLE, claim, source } from './claimFixture';

const ref: ClaimRef = { articleUri: 'file:///news/article.txt', claimId: 'c1' };
const may = { start: ARTICLE.indexOf('may'), end: ARTICLE.indexOf('may') + 3, text: 'may' };
const seoul = claim('c1', 'Seoul said that Pyongyang may test.', {
  sourceText: 'Seoul',
  cueText: 'said',
  hedges: [may],
  commitment: 'possible',
});
const government = source('s1', 'South Korean government', { reliability: 'B' });

describe('claim hover', () => {
  it('names the tagged source with its reliability in words', () => {
    assert.match(composeClaimHover({ ...seoul, sourceId: 's1' }, government, ref), /\*\*Source:\*\* South Korean government \(as “Seoul”\) — B, usually reliable/);
  });

  it('shows the detected source text of an untagged claim', () => {
    assert.match(composeClaimHover(seoul, null, ref), /\*\*Source:\*\* “Seoul” — detected, not tagged yet/);
  });

  it("shows a detected source that holds an appositive without the comma closing it", () => {
    const text = 'Jane Doe, a professor at Yale, said the plan would fail.';
    const doe = claim('c1', text, { article: text, sourceText: 'Jane Doe, a professor at Yale,', cueText: 'said' });
    assert.match(composeClaimHover(doe, null, ref), /\*\*Source:\*\* “Jane Doe, a professor at Yale” — detected/);
  });

  it('says who a detected source stands for: "the daily → The Washington Post"', () => {
    const resolved = { ...seoul, source: { start: 0, end: 5, text: 'Seoul', refersTo: { start: 60, end: 84, text: 'the South Korean\ngovernment' } } };
    assert.match(composeClaimHover(resolved, null, ref), /\*\*Source:\*\* “Seoul” → the South Korean government — detected, not tagged yet/);
  });

  it('leaves out how the text writes a tagged source when it reads as the source\'s name', () => {
    assert.match(composeClaimHover({ ...seoul, sourceId: 's1' }, source('s1', 'Seoul'), ref), /\*\*Source:\*\* Seoul — reliability not rated/);
  });

  it('says that the text names no source for a sourceless claim ("It was reported that…")', () => {
    const reported = claim('c1', 'KCNA reported that tests went well.', { cueText: 'reported' });
    assert.match(composeClaimHover(reported, null, ref), /\*\*Source:\*\* not named in the text — tag one/);
  });

  it('quotes the cue', () => {
    assert.match(composeClaimHover(seoul, null, ref), /\*\*Cue:\*\* “said”/);
  });

  it('lists hedges with the commitment hint', () => {
    assert.match(composeClaimHover(seoul, null, ref), /\*\*Hedges:\*\* “may” — commitment: possible — hedged/);
  });

  it('gives the rating as the usual code with words', () => {
    const hover = composeClaimHover({ ...seoul, sourceId: 's1', credibility: 2 }, government, ref);
    assert.match(hover, /\*\*Rating:\*\* B2 — usually reliable, probably true/);
  });

  it('says when nothing is rated yet', () => {
    assert.match(composeClaimHover(seoul, null, ref), /\*\*Rating:\*\* not rated yet/);
  });

  it('says the kind in words, with what it covers', () => {
    assert.match(composeClaimHover({ ...seoul, kind: 'statement' }, null, ref), /\*\*Kind:\*\* statement — speech or writing reported: said, told, according to/);
  });

  it('says when the kind is not known', () => {
    assert.match(composeClaimHover(seoul, null, ref), /\*\*Kind:\*\* not known/);
  });

  it('links to setting the kind', () => {
    const args = encodeURIComponent(JSON.stringify([ref]));
    assert.ok(composeClaimHover(seoul, null, ref).includes(`[Kind…](command:claimlens.setKind?${args} `));
  });

  it('says the state in words', () => {
    assert.match(composeClaimHover({ ...seoul, state: 'confirmed' }, null, ref), /\*\*Claim\*\* — confirmed \(detected\)/);
  });

  it('links to the commands with the claim as argument', () => {
    const args = encodeURIComponent(JSON.stringify([ref]));
    assert.ok(composeClaimHover(seoul, null, ref).includes(`[Confirm](command:claimlens.confirmClaim?${args} `));
  });

  it('offers confirm but not reject on a rejected claim', () => {
    const hover = composeClaimHover({ ...seoul, state: 'rejected' }, null, ref);
    assert.deepEqual([hover.includes('claimlens.confirmClaim'), hover.includes('claimlens.rejectClaim')], [true, false]);
  });

  it('offers no actions when the article cannot be edited', () => {
    assert.ok(!composeClaimHover(seoul, null, null).includes('command:'));
  });

  it('escapes a note so it cannot smuggle in a link', () => {
    const hover = composeClaimHover({ ...seoul, note: '[x](command:workbench.action.quit)' }, null, ref);
    assert.match(hover, /\*\*Note:\*\* \\\[x\\\]\\\(command:workbench\\\.action\\\.quit\\\)/);
  });
});

describe('claim hover in another language', () => {
  const words = {
    ...ENGLISH,
    hover: { ...ENGLISH.hover, kind: 'Tipo', confirm: 'Confirmar' },
    claim: { ...ENGLISH.claim, kinds: { ...ENGLISH.claim.kinds, belief: 'creencia' } },
  };

  it('takes its words from the caller', () => {
    const hover = composeClaimHover({ ...seoul, kind: 'belief' }, null, ref, words);
    assert.match(hover, /\*\*Tipo:\*\* creencia — /);
    assert.match(hover, /\[Confirmar\]\(command:claimlens\.confirmClaim\?/);
  });

  it('escapes words that would read as Markdown', () => {
    const hover = composeClaimHover(seoul, null, ref, { ...words, hover: { ...words.hover, notRatedYet: '*sin* [calificar]' } });
    assert.match(hover, /\\\*sin\\\* \\\[calificar\\\]/);
  });
});
