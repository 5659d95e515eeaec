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
});
