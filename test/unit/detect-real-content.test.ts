// Specification of content spans on real news: where a claim's content starts and ends.
import { assertDetects } from './support/spans';

describe('detectAttributions: content spans in real news', () => {
  it('reads a bare clause with an irregular past verb as content', () => {
    const text = 'Whitmore stated Montalvo left Scientology-related employment in Los Angeles on September 24.';
    assertDetects(text, [['Whitmore', 'stated', 'Montalvo left Scientology-related employment in Los Angeles on September 24']]);
  });

  it('reads a pronoun with a contracted verb as a clause', () => {
    const text = "I think it's a combination of the beauty, of the imagination, of the freedom.";
    assertDetects(text, [['I', 'think', "it's a combination of the beauty, of the imagination, of the freedom"]]);
  });

  it('takes no topic after "think about" for a claim', () => {
    assertDetects('Probably some people think about the scientific part of it.', []);
  });

  it('keeps an approximate number after the cue as content and ends it before "according to"', () => {
    const text = 'This year the city expects about 6 million visitors according to the event website.';
    assertDetects(text, [
      ['the event website', 'according to', 'This year the city expects about 6 million visitors'],
      ['the city', 'expects', 'about 6 million visitors'],
    ]);
  });

  it('ends an infinitive content before a coordinated clause with its own subject', () => {
    const text = 'He wanted to be rich and famous and he made lots of choices to go that way.';
    assertDetects(text, [['He', 'wanted', 'to be rich and famous']]);
  });

  it('ends a content at a dash before a subordinate clause', () => {
    const text = "I suspect it's not theirs - although luminescence is common in anemone relatives.";
    assertDetects(text, [['I', 'suspect', "it's not theirs"]]);
  });

  it('takes a quotation behind a prepositional adjunct and a comma as content', () => {
    const text = 'Stan commented on the creation of the Santorum cocktail, "When he was winning in the polls, I thought, OK."';
    assertDetects(text, [['Stan', 'commented', 'When he was winning in the polls, I thought, OK']]);
  });

  it('skips a second verb sharing the object: "acknowledged and discussed"', () => {
    const text = 'Rick Santorum has acknowledged and discussed the existence of the neologism.';
    assertDetects(text, [['Rick Santorum', 'has acknowledged', 'the existence of the neologism']]);
  });

  it('makes a quotation after a colon a second claim of the same source and cue', () => {
    const text = 'Enver Solomon told Sky News any process "must be well thought out": "Moves to reduce the backlog are welcome."';
    assertDetects(text, [
      ['Enver Solomon', 'told Sky News', 'any process "must be well thought out"'],
      ['Enver Solomon', 'told Sky News', 'Moves to reduce the backlog are welcome'],
    ]);
  });

  it('opens a straight quotation right after the comma of its cue', () => {
    const text = 'Wilkins said," [Warhol] liked the way photo booths looked". She smiled.';
    assertDetects(text, [['Wilkins', 'said', '[Warhol] liked the way photo booths looked']]);
  });

  it('ends the object of a request at a comma', () => {
    const text = 'Rathbun requested donations for the defence, in order to help Montalvo.';
    assertDetects(text, [['Rathbun', 'requested', 'donations for the defence']]);
  });

  it('keeps an apposition inside the object of a characterization', () => {
    const text = 'She accused the Centre Party, the junior partner in the coalition, of "holding the entire country hostage".';
    assertDetects(text, [['She', 'accused', 'the Centre Party, the junior partner in the coalition, of "holding the entire country hostage"']]);
  });

  it('reads an inverted frame after a clause with a modal, which is no apposition of the subject', () => {
    const text = "Because many runners start at home, the traces can serve as a map of users' addresses, said Ahmed Rahimi, a senior technologist.";
    assertDetects(text, [[
      'Ahmed Rahimi, a senior technologist', 'said', "Because many runners start at home, the traces can serve as a map of users' addresses",
    ]]);
  });

  it('reads a that-clause opening with a prepositional adjunct as content', () => {
    const text = 'Whitmore told LA Weekly that on October 6, Montalvo walked into the station.';
    assertDetects(text, [['Whitmore', 'told LA Weekly', 'on October 6, Montalvo walked into the station']]);
  });

  it('ends a content before an absolute construction that reports a claim of its own', () => {
    const text = 'Officials tell BBC News every claim will be assessed meritocratically, with the i reporting no one will be refused.';
    assertDetects(text, [
      ['Officials', 'tell BBC News', 'every claim will be assessed meritocratically'],
      ['the i', 'reporting', 'no one will be refused'],
    ]);
  });

  it('ends the content of a frame inside a relative clause at the clause\'s comma', () => {
    const text = 'The bill, which Republicans say will cut taxes for the middle class, passed the House.';
    assertDetects(text, [['Republicans', 'say', 'will cut taxes for the middle class']]);
  });
});
