// Specification of claim kinds: every detected claim is classified by what its cue does (docs/annotation-guidelines.md).
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';
import type { ClaimKind } from '../../src/core/detect/types';

/** The [cue, kind] pairs detected in `text`, in order. */
function kinds(text: string): [string | undefined, ClaimKind][] {
  return detectAttributions(text).map((c) => [c.cue?.text, c.kind]);
}

describe('detectAttributions: claim kinds', () => {
  it('classifies reported speech as a statement', () => {
    const text = '"We take document security seriously," she said.';
    assert.deepEqual(kinds(text), [['said', 'statement']]);
  });

  it('classifies an "according to" attribution as a statement', () => {
    const text = 'According to ABC News, the boat sank near the coast.';
    assert.deepEqual(kinds(text), [['According to', 'statement']]);
  });

  it('classifies a cognition verb with a person as holder as a belief', () => {
    const text = 'Basya also believes the asylum seekers found in the water may have left the boat.';
    assert.deepEqual(kinds(text), [['believes', 'belief']]);
  });

  it('classifies "show" with a document or data source as evidence', () => {
    const text = 'Photos released of the scene showed numerous bloodied bodies and various scattered debris.';
    assert.deepEqual(kinds(text), [['showed', 'evidence']]);
  });

  it('classifies "suggest" as evidence with a study as source and as a statement with a person as source', () => {
    assert.deepEqual(kinds('The study suggests that the drug works.'), [['suggests', 'evidence']]);
    assert.deepEqual(kinds('The minister suggested that the drug works.'), [['suggested', 'statement']]);
  });

  it('classifies "what he called “…”" as a characterization, also with a label of two words inside another claim', () => {
    const text = 'Hollis would ask the attorney general to review what he called "serious irregularities" at two polling stations.';
    assert.deepEqual(kinds(text), [['would ask', 'request'], ['called', 'characterization']]);
  });

  it('classifies an accusation as a characterization', () => {
    const text = 'The opposition accused the government of hiding the report.';
    assert.deepEqual(kinds(text), [['accused', 'characterization']]);
  });

  it('classifies "urged" as a request', () => {
    const text = 'The mayor urged residents to stay indoors.';
    assert.deepEqual(kinds(text), [['urged', 'request']]);
  });

  it('classifies "vowed" as an intention', () => {
    const text = 'The president vowed that he would veto the bill.';
    assert.deepEqual(kinds(text), [['vowed', 'intention']]);
  });

  it('classifies "declined to say whether" as a refusal', () => {
    const text = 'The ministry declined to say whether the ship was inspected.';
    assert.deepEqual(kinds(text), [['declined to say', 'refusal']]);
  });

  it('classifies "would not say" as a refusal', () => {
    const text = 'Officials would not say whether the ship was inspected.';
    assert.deepEqual(kinds(text), [['would not say', 'refusal']]);
  });

  it('keeps "did not say" a statement: the source spoke, without giving this', () => {
    const text = 'The report did not say that the ship was inspected.';
    assert.deepEqual(kinds(text), [['did not say', 'statement']]);
  });

  it('classifies a claim noun by what it carries: "his belief that" is a belief', () => {
    const text = 'The court rejected his belief that the law was void.';
    assert.deepEqual(kinds(text).filter(([cue]) => cue === 'belief'), [['belief', 'belief']]);
  });

  it('gives a quotation continuing a claim the kind of that claim', () => {
    const text = '“They can leave,” he said. “They see that.”';
    assert.deepEqual(kinds(text), [['said', 'statement'], ['said', 'statement']]);
  });

  it('classifies "As far as I can tell," as a belief and owned goals and requests by their noun', () => {
    assert.deepEqual(kinds('As far as I can tell, the site features free content.'), [['can tell', 'belief']]);
    assert.deepEqual(kinds('Its goal is to decrease IE6 users to less than one percent.'), [['goal', 'intention']]);
    assert.deepEqual(kinds("YouTube is complying with the Church's requests to take down the video."), [['requests', 'request']]);
  });
});
