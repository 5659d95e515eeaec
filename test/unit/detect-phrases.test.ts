// Specification of cues beyond single reporting verbs: labels, stance adjectives, light-verb phrases, passives, participles.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';
import { assertDetects } from './support/spans';

describe('detectAttributions: labels, stance adjectives, phrases, passives and participles', () => {
  it('joins a catenative verb before "to" to the cue whose verb follows', () => {
    assertDetects('Trump appeared to suggest that gun owners could stop Clinton.', [['Trump', 'appeared to suggest', 'gun owners could stop Clinton']]);
    assertDetects('Clinton has continued to insist that she did nothing wrong.', [['Clinton', 'has continued to insist', 'she did nothing wrong']]);
    assertDetects('They used to call him The Birdman.', [['They', 'used to call', 'him The Birdman']]);
  });

  it('joins "be" and an adjective before "to" to the cue whose verb follows', () => {
    assertDetects('The campaign was quick to point out that the poll was an outlier.', [['The campaign', 'was quick to point out', 'the poll was an outlier']]);
    assertDetects('Ryan was the first to say that the tape was disqualifying.', [['Ryan', 'was the first to say', 'the tape was disqualifying']]);
  });

  it('reads a verb after "started to" as an activity, not a cue', () => {
    assertDetects('I started to write more seriously after college.', []);
  });

  it('reads "ranks X as Y" and "see X for Y" as characterizations', () => {
    assertDetects('Quantcast ranks wikiHow as the 135th most popular site in the US.', [['Quantcast', 'ranks', 'wikiHow as the 135th most popular site in the US']]);
    assertDetects('Voters see the two-party system for the sham it has become.', [['Voters', 'see', 'the two-party system for the sham it has become']]);
  });

  it('reads a labelling verb without its label as no attribution', () => {
    assertDetects('We see the results tomorrow.', []);
  });

  it('reads "compared X to Y" as a characterization', () => {
    const text = 'Rick Santorum compared legalizing same-sex marriage to supporting bestiality.';
    assertDetects(text, [['Rick Santorum', 'compared', 'legalizing same-sex marriage to supporting bestiality']]);
  });

  it('reads "continued" and "reads" only before a colon or a quotation', () => {
    assertDetects('She continued: "Labour has a common-sense plan."', [['She', 'continued', 'Labour has a common-sense plan']]);
    assertDetects('The Home Office letter reads: "We may extend the use of the questionnaire."', [
      ['The Home Office letter', 'reads', 'We may extend the use of the questionnaire'],
    ]);
    assertDetects('Prices continued to rise.', []);
  });

  it('reads a stance adjective after "be" with its particle as the cue', () => {
    assertDetects('Critics of Scientology were critical of the attacks.', [['Critics of Scientology', 'were critical of', 'the attacks']]);
  });

  it('reads "am sure that" as a belief and a judging adjective without object as none', () => {
    assertDetects('I am sure that being there would enhance my understanding.', [['I', 'am sure', 'being there would enhance my understanding']]);
    assertDetects('Today, like many Americans, I am skeptical.', []);
  });

  it('reads a light verb with its noun as one cue', () => {
    assertDetects('Kathryn Waters expressed interest in further donations from the foundation.', [
      ['Kathryn Waters', 'expressed interest in', 'further donations from the foundation'],
    ]);
    assertDetects('Montalvo came to the conclusion that the claims were lies.', [['Montalvo', 'came to the conclusion', 'the claims were lies']]);
  });

  it('reads "in the words of X" like "according to X"', () => {
    const text = 'In the words of the Crown prosecutor, Gloria spent the last months of her life crying.';
    assertDetects(text, [['the Crown prosecutor', 'In the words of', 'Gloria spent the last months of her life crying']]);
  });

  it('takes the agent of a stance participle as source and the noun before it as content', () => {
    const text = 'A similar fast-track system backed by the British Red Cross was rejected.';
    assertDetects(text, [['the British Red Cross', 'backed by', 'A similar fast-track system']]);
  });

  it('takes the agent of a passive judgement as source and its subject as content', () => {
    const text = 'The plan was reportedly rejected by Prime Minister Boris Johnson.';
    assertDetects(text, [['Prime Minister Boris Johnson', 'was reportedly rejected by', 'The plan']]);
  });

  it('reads passives that describe rather than attribute as none', () => {
    assertDetects('The body was found by police.', []);
    assertDetects('He read a book written by Marc Headley.', []);
  });

  it('takes the noun phrase before a reporting participle as its source', () => {
    const text = 'All they get is a message stating, "The word scientology means search for truth."';
    assertDetects(text, [['a message', 'stating', 'The word scientology means search for truth']]);
  });

  it('gives a participle after "whilst" the subject of the main clause', () => {
    const text = "Sunak defended the government's record whilst promising a formal update.";
    assertDetects(text, [['Sunak', 'defended', "the government's record"], ['Sunak', 'promising', 'a formal update']]);
  });

  it('reads "would like to" and an auxiliary "will back" as intentions, and "went back" as none', () => {
    assertDetects('I would like to bring people from the heartland.', [['I', 'would like', 'to bring people from the heartland']]);
    assertDetects('I will back the nominee of the Republican party.', [['I', 'will back', 'the nominee of the Republican party']]);
    assertDetects('I went back the next night.', []);
  });

  it('reads "would not back down" as a retreat, not support', () => {
    assertDetects('Clinton made clear that she would not back down.', [['Clinton', 'made clear', 'she would not back down']]);
  });

  it('finds no source in a word of degree before a participle', () => {
    assertDetects('It was very encouraging the authorities were making efforts.', []);
  });

  it('reads an owned goal with "is to" as an intention', () => {
    const text = 'Its goal is to decrease IE6 users to less than one percent.';
    assertDetects(text, [['Its', 'goal', 'to decrease IE6 users to less than one percent']]);
  });

  it('reads owned requests with a to-infinitive as a request, the owner after the preposition', () => {
    const text = "YouTube is complying with the Church of Scientology's requests to take down the video.";
    assertDetects(text, [['the Church of Scientology', 'requests', 'to take down the video']]);
  });

  it('reads "In my opinion," as a belief of the owner about the rest of the sentence', () => {
    const text = 'In my opinion, people should be hesitant to contribute to websites.';
    assertDetects(text, [['my', 'opinion', 'people should be hesitant to contribute to websites']]);
  });

  it('takes no owned plan that is the subject of its sentence, nor a decision', () => {
    assert.deepEqual(detectAttributions('His plan to cut taxes failed.'), []);
    assert.deepEqual(detectAttributions("Many residents were angry at the council's decision to end the service."), []);
  });
});
