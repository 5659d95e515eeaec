// Specification of prepositional cues: "according to", "as reported by", "as noted by" and "citing".
import { assertDetects } from './support/spans';

describe('detectAttributions: according to, as reported by, citing', () => {
  it('takes the rest of the sentence after "According to SOURCE," as content', () => {
    const text = 'According to the Yonhap news agency, the missile flew about 600 kilometres.';
    assertDetects(text, [['the Yonhap news agency', 'According to', 'the missile flew about 600 kilometres']]);
  });

  it('takes the clause before ", according to SOURCE" as content', () => {
    const text = 'The missile flew about 600 kilometres, according to Japan’s defence ministry.';
    assertDetects(text, [['Japan’s defence ministry', 'according to', 'The missile flew about 600 kilometres']]);
  });

  it('reads "As reported by SOURCE," as the cue with its source', () => {
    const text = 'As reported by Russian news outlet Tass, the envoy will stay in Pyongyang for two days.';
    assertDetects(text, [
      ['Russian news outlet Tass', 'As reported by', 'the envoy will stay in Pyongyang for two days'],
    ]);
  });

  it('gives "citing SOURCE" the content of the attribution it qualifies', () => {
    const text = 'Yonhap reported, citing a military official, that the troops had moved north.';
    assertDetects(text, [
      ['Yonhap', 'reported', 'the troops had moved north'],
      ['a military official', 'citing', 'the troops had moved north'],
    ]);
  });

  it('gives a citation between subject and cue the content of the following cue', () => {
    const text = 'Russian state media, citing local officials, reported one person injured in the Kursk region.';
    assertDetects(text, [
      ['Russian state media', 'reported', 'one person injured in the Kursk region'],
      ['local officials', 'citing', 'one person injured in the Kursk region'],
    ]);
  });

  it('keeps a role phrase with its own verb after "According to NAME," as the content, not an apposition', () => {
    const text = 'According to Rathbun, a detective for the Sheriff\'s office was provided with material from Scientology.';
    assertDetects(text, [['Rathbun', 'According to', 'a detective for the Sheriff\'s office was provided with material from Scientology']]);
  });

  it('attributes the clause after the phrase when "according to" follows a relative or complementizer', () => {
    const text = 'Malaysia and Indonesia have maintained a policy of turning away boats of migrants which, according to AFP, the United Nations and United States have both criticised.';
    assertDetects(text, [['AFP', 'according to', 'the United Nations and United States have both criticised']]);
  });

  it('reads a noun in -ing and a time with "just over" as part of the source after "according to"', () => {
    const text = 'Wikinews has learned that according to an Internet posting made just over 24 hours ago, the website is under attack.';
    assertDetects(text, [['an Internet posting made just over 24 hours ago', 'according to', 'the website is under attack']]);
  });

  it('keeps a sentence-opening "That" in the content that "according to X" interrupts, as "X, he said, is Y"', () => {
    assertDetects('That, according to Ryan, is a mistake.', [['Ryan', 'according to', 'That, according to Ryan, is a mistake']]);
  });

  it('takes a longer subject and its predicate around "according to X" as one content', () => {
    assertDetects('Turnout in Ohio, according to officials, was low.', [['officials', 'according to', 'Turnout in Ohio, according to officials, was low']]);
  });
});
