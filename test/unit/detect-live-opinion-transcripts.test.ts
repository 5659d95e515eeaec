// Specification of attributions in liveblogs, opinion columns and debate or interview transcripts (US political news).
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
