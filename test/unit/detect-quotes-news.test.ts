// Specification of quotations as US wire copy runs them: over paragraphs, around their frame, in typewriter marks.
import { assertDetects } from './support/spans';

describe('detectAttributions: quotations in wire copy', () => {
  it('takes a quotation behind "in part" set off by commas after the cue', () => {
    assertDetects('The statement said, in part: “We will cooperate fully.”', [['The statement', 'said', 'We will cooperate fully']]);
  });

  it('reads "read" before a quotation as the cue of a thing with words on it', () => {
    assertDetects('The letter read, “We are deeply concerned.”', [['The letter', 'read', 'We are deeply concerned']]);
    assertDetects('The banner read “Trump Pence.”', [['The banner', 'read', 'Trump Pence']]);
    assertDetects('The letter reads, in part, “We are deeply concerned.”', [['The letter', 'reads', 'We are deeply concerned']]);
  });

  it('takes no claim from people reading a quoted title', () => {
    assertDetects('The students read “Beloved” in class.', []);
  });

  it('takes a quotation left open at a paragraph end and reopened in the next as one content, its cue in the first paragraph', () => {
    const text = 'Smith said: “We will not back down from this fight.\n\n“We are going to keep pushing until the law changes.”';
    assertDetects(text, [['Smith', 'said', 'We will not back down from this fight.\n\n“We are going to keep pushing until the law changes']]);
  });

  it('takes a quotation over two paragraphs with its frame at the end of the second', () => {
    const text = '“We will not back down from this fight.\n\n“And we will win,” said Jane Smith, the group’s director.';
    assertDetects(text, [['Jane Smith, the group’s director', 'said', 'We will not back down from this fight.\n\n“And we will win']]);
  });

  it('gives both sentences of a quotation split by "he said" the same source and cue', () => {
    const text = '“This is a disgrace,” he said. “Nobody should be treated this way.”';
    assertDetects(text, [
      ['he', 'said', 'This is a disgrace'],
      ['he', 'said', 'Nobody should be treated this way'],
    ]);
  });

  it('gives a quotation that goes on after "Mr. Trump said," the same source and cue', () => {
    const text = '“We will fight,” Mr. Trump said, “and we will win.”';
    assertDetects(text, [
      ['Mr. Trump', 'said', 'We will fight'],
      ['Mr. Trump', 'said', 'and we will win'],
    ]);
  });

  it('keeps the inverted source with its role apposition for every part of the quotation', () => {
    const text = '“We need to move on,” said Smith, a spokesman for the Republican National Committee. “The voters have spoken.”';
    assertDetects(text, [
      ['Smith, a spokesman for the Republican National Committee', 'said', 'We need to move on'],
      ['Smith, a spokesman for the Republican National Committee', 'said', 'The voters have spoken'],
    ]);
  });

  it('attributes a quotation standing alone to the speaker named by "So said" in the next sentence', () => {
    const text = '“The era of big government is over.” So said the president in 1996.';
    assertDetects(text, [['the president', 'said', 'The era of big government is over']]);
  });

  it('attributes a quotation to the speaker of "That was the message from" opening the next paragraph', () => {
    const text = '“We will win this election.”\n\nThat was the message from Clinton on Sunday.';
    assertDetects(text, [['Clinton', 'message from', 'We will win this election']]);
  });

  it('attributes a quotation to the speaker of "That’s what X told" in the next sentence', () => {
    const text = '“We will make America great again.” That’s what Trump told supporters in Ohio.';
    assertDetects(text, [['Trump', 'told', 'We will make America great again']]);
  });

  it('reads no back frame after a sentence that is no quotation, nor a sentence naming no message', () => {
    assertDetects('The campaign is over. So said the president.', []);
    assertDetects('“We will win.” That was a surprise to many.', []);
  });

  it('reads typewriter quotation marks of both kinds', () => {
    assertDetects("``We will win,'' Trump said.", [['Trump', 'said', 'We will win']]);
    assertDetects("''We will win,'' Trump said.", [['Trump', 'said', 'We will win']]);
  });

  it('ends a mixed quotation before its closing punctuation, as the guidelines write it', () => {
    const text = 'Kaine insisted the campaign was “not going away.”';
    assertDetects(text, [['Kaine', 'insisted', 'the campaign was “not going away']]);
  });
});
