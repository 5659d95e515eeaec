// Specification of inverted frames: CONTENT, SOURCE CUE / CONTENT, CUE SOURCE, and a frame interrupting its content.
import { assertDetects } from './support/spans';

describe('detectAttributions: inverted and interrupting frames', () => {
  it('takes the quotation before "the minister said" as content, without its closing comma', () => {
    const text = '“We will respond to any provocation,” the defence minister said on Tuesday.';
    assertDetects(text, [['the defence minister', 'said', 'We will respond to any provocation']]);
  });

  it('takes the clause before ", said the ministry" as content and the noun phrase after the cue as source', () => {
    const text = 'Grain exports fell by a third in March, said the agriculture ministry.';
    assertDetects(text, [['the agriculture ministry', 'said', 'Grain exports fell by a third in March']]);
  });

  it('keeps an apposition after an inverted source in the source', () => {
    const text = '“The talks are over,” said Niek de Vries, the union’s lead negotiator.';
    assertDetects(text, [['Niek de Vries, the union’s lead negotiator', 'said', 'The talks are over']]);
  });

  it('takes the whole sentence as content when the frame interrupts it', () => {
    const text = 'The plan, the mayor said, was dead on arrival.';
    assertDetects(text, [['the mayor', 'said', 'The plan, the mayor said, was dead on arrival']]);
  });

  it('does not read a subject with a relative clause as an inversion', () => {
    const text = 'Jolene Avery, who lives on Tanner Street, said the water rose to her waist in minutes.';
    assertDetects(text, [['Jolene Avery', 'said', 'the water rose to her waist in minutes']]);
  });

  it('ends a claim before an inverted frame that reports it whole', () => {
    const text = 'A recount confirmed on Friday that Nwosu won by 212 votes, the county board said, ending a long dispute.';
    assertDetects(text, [
      ['A recount', 'confirmed', 'Nwosu won by 212 votes'],
      ['the county board', 'said', 'A recount confirmed on Friday that Nwosu won by 212 votes'],
    ]);
  });

  it('keeps a party and state tag and a closing role in the source after an inverted cue', () => {
    const text = '"This is a disgrace," said Rep. Nancy Pelosi, D-Calif., the House minority leader.';
    assertDetects(text, [['Rep. Nancy Pelosi, D-Calif., the House minority leader', 'said', 'This is a disgrace']]);
  });

  it('reads "As SOURCE reported, …" as a report of the clause after the comma', () => {
    assertDetects('As The Washington Post reported last week, the deal was never signed.', [['The Washington Post', 'reported', 'the deal was never signed']]);
  });

  it('reads "like she said" as a report of the clause after its comma or of the clause it stands in', () => {
    assertDetects('We want to be able to bring, like she said, light into the media industry.', [
      ['We', 'want', 'to be able to bring'],
      ['she', 'said', 'light into the media industry'],
    ]);
    assertDetects('Isabel and I, we had met like she said at Sandia View Academy, and then went to college.', [['she', 'said', 'we had met like she said at Sandia View Academy']]);
  });

  it('keeps "such as" and "as well as" before a name from opening a frame', () => {
    assertDetects('Other sites such as Gawker have stated that they will keep the video.', [['Other sites such as Gawker', 'have stated', 'they will keep the video']]);
  });
});
