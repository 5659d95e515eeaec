// Specification of attributions in liveblogs, opinion columns and debate or interview transcripts (US political news).
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';
import { assertDetects } from './support/spans';

describe('detectAttributions: quotations framed after a question or exclamation mark', () => {
  it('attributes a quoted exclamation to the name and verb of saying after it', () => {
    assertDetects('“We will win!” Trump said.', [['Trump', 'said', 'We will win!']]);
  });

  it('attributes a quoted question and the quotation that goes on after its frame to the speaker named after it', () => {
    const text = '“Why aren’t I 50 points ahead?” Clinton asked. “That’s the question I get.”';
    assertDetects(text, [
      ['Clinton', 'asked', 'Why aren’t I 50 points ahead?'],
      ['Clinton', 'asked', 'That’s the question I get'],
    ]);
  });

  it('still ends the sentence after a quoted question when no verb of saying follows the name', () => {
    assertDetects('“Is it over?” Trump supporters say it is not.', [['Trump supporters', 'say', 'it is not']]);
  });
});

describe('detectAttributions: clauses that end in a work', () => {
  it('keeps a told clause whose object names a work ("had not seen the letter")', () => {
    assertDetects('Clinton told reporters that she had not seen the letter.', [['Clinton', 'told reporters', 'she had not seen the letter']]);
  });
});

describe('detectAttributions: debate and interview transcripts', () => {
  it('leaves a stage direction closing a turn out of its claim', () => {
    const text = 'TRUMP: Excuse me, she just went a minute over. (LAUGHTER)\n\nCLINTON: That is not the facts. [crosstalk]';
    assertDetects(text, [
      ['TRUMP', null, 'Excuse me, she just went a minute over'],
      ['CLINTON', null, 'That is not the facts'],
    ]);
  });

  it('gives a turn whose words are also a sourceless frame’s content to its speaker too', () => {
    const text = 'HILLARY CLINTON: Stop-and-frisk was found to be unconstitutional.';
    assertDetects(text, [
      ['HILLARY CLINTON', null, 'Stop-and-frisk was found to be unconstitutional'],
      [null, 'was found', 'Stop-and-frisk was found to be unconstitutional'],
    ]);
  });
});

describe('detectAttributions: the kind of a transcript turn', () => {
  it('gives a turn made of questions only the kind request, as a quoted question “she asked”', () => {
    const [turn] = detectAttributions('HOLT: Mr. Trump, will you accept the result of this election?');
    assert.equal(turn.kind, 'request');
  });

  it('gives a turn that states something before its question the kind statement', () => {
    const [turn] = detectAttributions('COOPER: You said you would jail her. Do you stand by that?');
    assert.equal(turn.kind, 'statement');
  });
});

describe('detectAttributions: liveblog and opinion kickers', () => {
  it('takes no kicker before a colon as a source ("DEVELOPING:", "ICYMI:")', () => {
    const text = 'DEVELOPING: Kellyanne Conway says Trump will attend the debate.\n\nICYMI: Obama said Trump was unqualified.';
    assertDetects(text, [
      ['Kellyanne Conway', 'says', 'Trump will attend the debate'],
      ['Obama', 'said', 'Trump was unqualified'],
    ]);
  });

  it('finds no claim in an opinion page’s or fact check’s kicker headline', () => {
    assertDetects('Commentary: Clinton’s email problem is a trust problem\n\nFact Check: Trump’s record on trade', []);
  });
});

describe('detectAttributions: the columnist’s own voice', () => {
  const column = (paragraphs: string[]): string => paragraphs.join('\n\n');

  it('finds no claim of the writer in a column marked as opinion, its rhetorical questions notwithstanding', () => {
    const text = column([
      'Opinion: Is Trump a fascist?',
      'Is he a threat to democracy?',
      'Does it matter?',
      'Robert Kagan argued in May that Trump’s rise is how fascism comes to America.',
      'I think Kagan is right.',
      'The campaign did not respond.',
    ]);
    assertDetects(text, [['Robert Kagan', 'argued', 'Trump’s rise is how fascism comes to America']]);
  });

  it('reads a short page marked as opinion in its writer’s voice', () => {
    assertDetects('Opinion: The wall will never be built\n\nI think the wall is a slogan.\n\nCritics say it would cost $20 billion.', [
      ['Critics', 'say', 'it would cost $20 billion'],
    ]);
  });

  it('gives "I’d argue" the pronoun as its source and the contracted auxiliary to its cue', () => {
    assertDetects('I’d argue that Trump is selling fear.', [['I', '’d argue', 'Trump is selling fear']]);
  });

  it('finds no claim in a columnist’s contracted "I’d argue"', () => {
    const text = column(['Opinion', 'Trump is wrong on trade.', 'I’d argue that he is selling fear.', 'Tariffs raise prices.', 'Farmers pay.', 'Voters will notice.']);
    assertDetects(text, []);
  });
});

describe('detectAttributions: quotations split around their frame', () => {
  it('gives a quotation closed by a comma to the frame after it, not to the speaker before it', () => {
    const text = '“He’s lying,” Clinton said. “Look it up,” Trump retorted.';
    assertDetects(text, [
      ['Clinton', 'said', 'He’s lying'],
      ['Trump', 'retorted', 'Look it up'],
    ]);
  });

  it('reads "shot back" as a verb of saying', () => {
    assertDetects('“Look it up,” Trump shot back.', [['Trump', 'shot back', 'Look it up']]);
  });

  it('reads "fired back that" as a verb of saying, and gunfire "fired back at" as none', () => {
    assertDetects('Trump fired back that Clinton was lying. Police fired back at the gunmen.', [['Trump', 'fired back', 'Clinton was lying']]);
  });

  it('goes on with the quoted claim of a speaker whose apposition holds a stance of its own', () => {
    const text = '“This is a dark day,” said Meg Whitman, a fundraiser who backed Clinton. “I cannot support him.”';
    assertDetects(text, [
      ['Meg Whitman, a fundraiser who backed Clinton', 'said', 'This is a dark day'],
      ['Meg Whitman, a fundraiser who backed Clinton', 'said', 'I cannot support him'],
      ['a fundraiser', 'backed', 'Clinton'],
    ]);
  });
});

describe('detectAttributions: US news copy details', () => {
  it('leaves a dateline with its outlet in parentheses and no dash out of the source', () => {
    assertDetects('Hempstead, New York (CNN) Hillary Clinton accused Donald Trump of rooting for the housing crisis.', [
      ['Hillary Clinton', 'accused', 'Donald Trump of rooting for the housing crisis'],
    ]);
  });

  it('keeps an outlet’s abbreviation in parentheses inside a subject with an article', () => {
    assertDetects('The Korean Central News Agency (KCNA) said the test succeeded.', [['The Korean Central News Agency (KCNA)', 'said', 'the test succeeded']]);
  });

  it('reads a name spelled out before its initials in parentheses as no dateline, even without an article', () => {
    const text = 'Korean Central News Agency (KCNA) Director Kim said the launch was a success.';
    assertDetects(text, [['Korean Central News Agency (KCNA) Director Kim', 'said', 'the launch was a success']]);
  });

  it('finds no evidence in "shows up" (appearing)', () => {
    assertDetects('Whether that frustration shows up in Tuesday’s debate is another matter.', []);
  });

  it('keeps "showed up to 40 percent" as evidence of a quantity', () => {
    assertDetects('The data showed up to 40 percent of voters undecided.', [['The data', 'showed', 'up to 40 percent of voters undecided']]);
  });

  it('finds no claim in "say so in public", an anaphor with a manner', () => {
    assertDetects('Few will say so in public.', []);
  });

  it('takes a that-clause made of one whole quotation without its marks', () => {
    assertDetects('He has said that “our country is going to hell.”', [['He', 'has said', 'our country is going to hell']]);
  });
});

describe('detectAttributions: a cue in a restrictive relative clause of the subject', () => {
  it('keeps the relative clause in the source of the sentence’s own verb', () => {
    const text = 'Republicans who have criticized his comments say they will still vote for him.';
    assertDetects(text, [
      ['Republicans', 'have criticized', 'his comments'],
      ['Republicans who have criticized his comments', 'say', 'they will still vote for him'],
    ]);
  });

  it('ends the relative clause’s object before the sentence’s verb', () => {
    assertDetects('Officials who accused the company of fraud were fired.', [['Officials', 'accused', 'the company of fraud']]);
  });

  it('ends it before a present-tense verb of the sentence too', () => {
    assertDetects('The women who have accused him of groping tell a different story.', [['The women', 'have accused', 'him of groping']]);
  });
});

describe('detectAttributions: a frame with a topic before a colon', () => {
  it('takes the quotation opening the next paragraph after "said about the tape:"', () => {
    const text = 'Here’s what Trump said about the tape:\n\n“This was locker room talk. I’m not proud of it.”';
    assertDetects(text, [['Trump', 'said', 'This was locker room talk. I’m not proud of it']]);
  });
});

describe('detectAttributions: a relative clause without "who" in the source', () => {
  it('keeps "the officials he met" whole as the source', () => {
    assertDetects('The officials he met said the talks went well.', [['The officials he met', 'said', 'the talks went well']]);
  });

  it('keeps a contact relative with its adjunct whole ("Voters I talked to in Ohio")', () => {
    assertDetects('Voters I talked to in Ohio said they were angry.', [['Voters I talked to in Ohio', 'said', 'they were angry']]);
  });

  it('keeps a relative clause without "who" that ends in its preposition ("Trump supporters I spoke with")', () => {
    assertDetects('Trump supporters I spoke with said they felt forgotten.', [['Trump supporters I spoke with', 'said', 'they felt forgotten']]);
  });

  it('reads no relative clause in an adverb, a pronoun and an infinitive ("eventually I started to write")', () => {
    assertDetects('And eventually I started to write more seriously.', []);
  });

  it('still starts the source at a pronoun behind an opening phrase', () => {
    assertDetects('As a result we think the plan failed.', [['we', 'think', 'the plan failed']]);
  });
});

describe('detectAttributions: "called" with a plural object and a plural label', () => {
  it('reads "called women pigs and slobs" as a characterization', () => {
    const [claim] = detectAttributions('He called women pigs and slobs.');
    assert.deepEqual([claim.content.text, claim.kind], ['women pigs and slobs', 'characterization']);
  });

  it('reads a modified plural object before its label ("called Mexican immigrants rapists")', () => {
    assertDetects('Trump called Mexican immigrants rapists.', [['Trump', 'called', 'Mexican immigrants rapists']]);
  });

  it('finds no label in a phone call to a plural object or a noun compound', () => {
    assertDetects('He called Mexican immigrants. She called state officials on Monday. He called the police officers.', []);
  });
});

describe('detectAttributions: obligations', () => {
  it('finds no claim in what someone must or should do ("Republicans must reject Trump")', () => {
    assertDetects('Opinion: Republicans must reject Trump\n\nHe should admit that he lied.', []);
  });

  it('keeps a first-person obligation to say something as a claim (performative)', () => {
    assertDetects('I must admit that I was nervous.', [['I', 'must admit', 'I was nervous']]);
  });

  it('keeps a claim whose content holds the obligation', () => {
    assertDetects('Trump said Clinton should be in jail.', [['Trump', 'said', 'Clinton should be in jail']]);
  });
});
