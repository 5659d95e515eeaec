// Specification of belief cues ("expect", "fear"): a clause or a plain object as content, participles used as adjectives.
import { assertDetects } from './support/spans';

describe('detectAttributions: belief cues', () => {
  it('takes a that-clause after "fear" as content', () => {
    const text = 'Local officials fear that contractors will leave the region.';
    assertDetects(text, [['Local officials', 'fear', 'contractors will leave the region']]);
  });

  it('takes a plain object after "fear" as content', () => {
    const text = 'Parents in outlying villages fear a repeat of the winter of 2019.';
    assertDetects(text, [['Parents in outlying villages', 'fear', 'a repeat of the winter of 2019']]);
  });

  it('takes a plain object after "expect" as content', () => {
    const text = 'Economists at Commerzbank expect further cuts across the sector.';
    assertDetects(text, [['Economists at Commerzbank', 'expect', 'further cuts across the sector']]);
  });

  it('reads "expected" after a determiner and an adverb as an adjective, not a cue', () => {
    const text = 'Policymakers want a pause after a widely expected reduction this week, five sources said.';
    assertDetects(text, [['five sources', 'said', 'Policymakers want a pause after a widely expected reduction this week']]);
  });

  it('takes a bare clause opened by a subject pronoun as content even when its verb is unknown', () => {
    const text = 'Analysts believe it matters.';
    assertDetects(text, [['Analysts', 'believe', 'it matters']]);
  });

  it('reads a first-person "I think" closing its sentence without a comma as a belief about what precedes', () => {
    assertDetects('This was in my third year of Biology study I think.', [['I', 'think', 'This was in my third year of Biology study']]);
  });

  it('takes no trailing "I think" in a question', () => {
    assertDetects('What do I think?', []);
  });

  it('reads a bare cognition verb after an adverb as a verb of a plural subject', () => {
    assertDetects('Republicans privately worry that the party will lose the House.', [['Republicans', 'worry', 'the party will lose the House']]);
  });

  it('reads "As far as I can tell," as a belief of the speaker about the rest of the sentence', () => {
    const text = 'As far as I can tell, podiobooks.com features "free as in beer" content.';
    assertDetects(text, [['I', 'can tell', 'podiobooks.com features "free as in beer" content']]);
  });
});
