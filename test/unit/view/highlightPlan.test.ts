import * as assert from 'node:assert/strict';
import { DEFAULT_HIGHLIGHT_OPTIONS, credibilityTint, planHighlights, showsKind } from '../../../src/core/view/highlightPlan';
import { ARTICLE, claim } from './claimFixture';

const at = (words: string) => ({ start: ARTICLE.indexOf(words), end: ARTICLE.indexOf(words) + words.length });

const seoul = claim('seoul', 'Seoul said that Pyongyang may test.', {
  sourceText: 'Seoul',
  cueText: 'said',
  hedges: [{ ...at('may'), text: 'may' }],
});
const kcna = claim('kcna', 'KCNA reported that tests went well.', { state: 'confirmed', credibility: 2 });
const analysts = claim('analysts', 'Analysts believe it matters.', { state: 'rejected', sourceText: 'Analysts' });
const lost = claim('lost', 'tests went well', { orphan: true });

describe('highlight plan', () => {
  it('paints suggested and confirmed claims in their own styles', () => {
    const plan = planHighlights([seoul, kcna], DEFAULT_HIGHLIGHT_OPTIONS);
    assert.deepEqual([plan.suggested, plan.confirmed], [[at('Seoul said that Pyongyang may test.')], [at('KCNA reported that tests went well.')]]);
  });

  it('marks the source, the cue and the hedges inside a claim', () => {
    const plan = planHighlights([seoul], DEFAULT_HIGHLIGHT_OPTIONS);
    assert.deepEqual([plan.source, plan.cue, plan.hedge], [[at('Seoul')], [at('said')], [at('may')]]);
  });

  it('leaves the parts unmarked when the parts setting is off', () => {
    const plan = planHighlights([seoul], { ...DEFAULT_HIGHLIGHT_OPTIONS, parts: false });
    assert.deepEqual([plan.source, plan.cue], [[], []]);
  });

  it('leaves hedges unmarked when the hedges setting is off', () => {
    assert.deepEqual(planHighlights([seoul], { ...DEFAULT_HIGHLIGHT_OPTIONS, hedges: false }).hedge, []);
  });

  it('hides rejected claims by default', () => {
    assert.deepEqual(planHighlights([analysts], DEFAULT_HIGHLIGHT_OPTIONS).rejected, []);
  });

  it('draws rejected claims faint, without their parts, when asked', () => {
    const plan = planHighlights([analysts], { ...DEFAULT_HIGHLIGHT_OPTIONS, rejected: 'faint' });
    assert.deepEqual([plan.rejected, plan.source], [[at('Analysts believe it matters.')], []]);
  });

  it('never draws orphans', () => {
    const plan = planHighlights([lost], DEFAULT_HIGHLIGHT_OPTIONS);
    assert.deepEqual(plan.suggested, []);
  });

  it('draws nothing when highlights are switched off', () => {
    const plan = planHighlights([seoul, kcna], { ...DEFAULT_HIGHLIGHT_OPTIONS, enabled: false });
    assert.equal(Object.values(plan).flat().length, 0);
  });

  it('tints a claim by its credibility only when asked', () => {
    assert.deepEqual(planHighlights([kcna], DEFAULT_HIGHLIGHT_OPTIONS).credible, []);
    assert.deepEqual(planHighlights([kcna], { ...DEFAULT_HIGHLIGHT_OPTIONS, credibilityTint: true }).credible, [at('KCNA reported that tests went well.')]);
  });

  it('groups Admiralty credibility into three tints and leaves "cannot be judged" untinted', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, null].map((c) => credibilityTint(c as Parameters<typeof credibilityTint>[0])), [
      'credible',
      'credible',
      'possible',
      'doubtful',
      'doubtful',
      null,
      null,
    ]);
  });

  it('lists ranges in document order whatever the order of the claims', () => {
    const plan = planHighlights([kcna, claim('first', 'Seoul said', { state: 'confirmed' })], DEFAULT_HIGHLIGHT_OPTIONS);
    assert.deepEqual(plan.confirmed.map((r) => r.start), [0, ARTICLE.indexOf('KCNA')]);
  });

  it('leaves claims of the kinds not chosen unpainted, with their parts', () => {
    const plan = planHighlights([{ ...seoul, kind: 'belief' }, { ...kcna, kind: 'statement' }], { ...DEFAULT_HIGHLIGHT_OPTIONS, kinds: ['statement'] });
    assert.deepEqual([plan.suggested, plan.confirmed, plan.source], [[], [at('KCNA reported that tests went well.')], []]);
  });

  it('paints claims whose kind is not known whatever kinds are chosen', () => {
    const plan = planHighlights([seoul], { ...DEFAULT_HIGHLIGHT_OPTIONS, kinds: [] });
    assert.deepEqual(plan.suggested, [at('Seoul said that Pyongyang may test.')]);
  });
});

describe('claims of the shown kinds', () => {
  const claims = [{ ...seoul, kind: 'belief' as const }, { ...kcna, kind: 'statement' as const }, lost];

  it('shows every claim when every kind is shown', () => {
    assert.deepEqual(claims.filter((c) => showsKind(DEFAULT_HIGHLIGHT_OPTIONS, c)), claims);
  });

  it('leaves out the claims of hidden kinds and keeps those of unknown kind', () => {
    assert.deepEqual(claims.filter((c) => showsKind({ kinds: ['statement'] }, c)).map((c) => c.id), ['kcna', 'lost']);
  });
});
