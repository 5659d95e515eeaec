// Specification of what news text says without attributing: supposed speech, events, anaphors and set phrases with "say".
import * as assert from 'node:assert/strict';
import { detectAttributions, readsAsInterview } from '../../src/core/detect';
import { assertDetects } from './support/spans';

describe('detectAttributions: speech that is no attribution', () => {
  it('finds no claim in speech supposed by "if"', () => {
    assertDetects('If he says the race is rigged, voters will stay home.', []);
  });

  it('finds no claim in speech supposed by "even if"', () => {
    assertDetects('Even if Trump says he will accept the results, his supporters may not.', []);
  });

  it('finds no claim in speech supposed by "unless"', () => {
    assertDetects('Unless the FBI says otherwise, the case is closed.', []);
  });

  it('finds no claim in counterfactual speech after "imagine if"', () => {
    assertDetects('Imagine if Obama had said that the election was rigged.', []);
  });

  it('keeps a condition that is part of what was said', () => {
    const text = 'Trump said if he loses, he will not concede.';
    assertDetects(text, [['Trump', 'said', 'if he loses, he will not concede']]);
  });

  it('keeps negated speech, which reports what someone left unsaid', () => {
    assertDetects('Trump never said that Mexico would pay.', [['Trump', 'never said', 'Mexico would pay']]);
    assertDetects('Trump did not say whether he would concede.', [['Trump', 'did not say', 'whether he would concede']]);
  });

  it('finds no claim whose content is only an anaphor', () => {
    assertDetects('I told them that.', []);
    assertDetects('She said so on Tuesday.', []);
    assertDetects("I didn't say that at all.", []);
  });

  it('finds no claim in "say" meaning "for example" or in set phrases with "say"', () => {
    assertDetects('Turnout could rise by, say, 10 percent.', []);
    assertDetects('That is to say, the plan failed.', []);
    assertDetects('Needless to say, the campaign was furious.', []);
    assertDetects('Suffice it to say, the debate did not go well.', []);
    assertDetects("Let's say the polls are wrong.", []);
  });

  it('finds no claim in a headline whose subject is an event', () => {
    assertDetects('Recount confirms narrow win for Democrat in Michigan', []);
    assertDetects("The recount confirmed Trump's narrow win in Michigan.", []);
  });

  it('keeps results and polls as sources of evidence', () => {
    assertDetects('Results show Clinton winning the popular vote.', [['Results', 'show', 'Clinton winning the popular vote']]);
    assertDetects('Poll shows Clinton leading in Virginia', [['Poll', 'shows', 'Clinton leading in Virginia']]);
  });
});

describe("detectAttributions: the writer's own voice", () => {
  const opinion = [
    'The Republican Party has a choice to make this fall.',
    'I think the party has lost its way.',
    'We believe the Senate should act now.',
    'Its leaders once stood for free trade.',
    'Now they stand for walls.',
    '“We will win,” Trump said, “and I think we will win big.”',
  ].join('\n\n');

  it('finds no claim in the first person of an opinion piece, and keeps those in quotations', () => {
    assertDetects(opinion, [
      ['Trump', 'said', 'We will win'],
      ['Trump', 'said', 'and I think we will win big'],
    ]);
  });

  it('keeps the first person of an interview whose answers are plain text', () => {
    const text = ['Why did you run?', 'I think the country is in trouble.', 'What comes next?', 'We plan to win Ohio.', 'Thank you.', 'Thanks.'].join('\n\n');
    assertDetects(text, [
      ['I', 'think', 'the country is in trouble'],
      ['We', 'plan', 'to win Ohio'],
    ]);
  });

  it('reads a passage in the voice the whole article was judged to have', () => {
    assert.equal(readsAsInterview(opinion), false);
    assert.deepEqual(detectAttributions('I think the party has lost its way.', { interview: false }), []);
  });

  it('judges a whole article an interview when several paragraphs are questions', () => {
    assert.equal(readsAsInterview(['Why did you run?', 'I ran.', 'What comes next?', 'Ohio.', 'Thank you.', 'Thanks.'].join('\n\n')), true);
  });

  it('keeps the first person of a passage too short to tell whose voice it is', () => {
    assertDetects('I think the party has lost its way.', [['I', 'think', 'the party has lost its way']]);
  });
});

describe('detectAttributions: works made by speaking or writing', () => {
  it('finds no claim in a plain object naming a work of "wrote"', () => {
    assertDetects('After the attacks I wrote my 9/11-related poems.', []);
  });

  it('finds no claim in a work with a postmodifier after "said" or "tell"', () => {
    assertDetects('She said a prayer for the victims.', []);
    assertDetects('I tell stories I like.', []);
  });

  it('keeps a clause about a work as the content', () => {
    assertDetects('Trump said the story was false.', [['Trump', 'said', 'the story was false']]);
  });
});

describe('detectAttributions: idioms with verbs of saying', () => {
  it('finds no claim in "easier said than done"', () => {
    assertDetects("It's easier said than done.", []);
  });

  it('finds no claim in "told the truth"', () => {
    assertDetects('Trump told the truth about trade.', []);
  });

  it('finds no source in "it is worth noting that"', () => {
    assertDetects('It is worth noting that Clinton won the debate.', []);
  });

  it('reads a quantifier standing alone as the subject of "say"', () => {
    assertDetects('Some say the race is over; others disagree.', [['Some', 'say', 'the race is over']]);
  });
});
