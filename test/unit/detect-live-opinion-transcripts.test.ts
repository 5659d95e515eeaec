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
