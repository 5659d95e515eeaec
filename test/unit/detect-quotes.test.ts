// Specification of direct speech: quotations over sentences and paragraphs, split around their cue, introduced by a colon.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';
import { assertDetects, expected, parts, spanOf } from './support/spans';

describe('detectAttributions: quotations', () => {
  it('takes a quotation of several sentences as one content', () => {
    const text = '"Our members are not against technology. They are against being thrown away by it," said Niek de Vries.';
    assertDetects(text, [
      ['Niek de Vries', 'said', 'Our members are not against technology. They are against being thrown away by it'],
    ]);
  });

  it('gives each part of a quotation split around its cue its own claim with the same source and cue', () => {
    const text = '“They can do whatever they want,” Kowalski said. “They see that we are weak.”';
    assertDetects(text, [
      ['Kowalski', 'said', 'They can do whatever they want'],
      ['Kowalski', 'said', 'They see that we are weak'],
    ]);
  });

  it('continues a quotation into the next paragraph when that paragraph reopens it', () => {
    const text = 'The coach said: “We were the better side for an hour.\n\n“After that, we stopped running.”';
    const [claim] = detectAttributions(text);
    assert.deepEqual(claim.content, spanOf(text, 'We were the better side for an hour.\n\n“After that, we stopped running'));
    assert.deepEqual(claim.source, spanOf(text, 'The coach'));
  });

  it('keeps a question mark that ends the quotation', () => {
    const text = '“Who pays for the new bridge?” asked Council member Luis Ortega.';
    assertDetects(text, [['Council member Luis Ortega', 'asked', 'Who pays for the new bridge?']]);
  });

  it('finds an attribution nested inside a quotation, its content ending at the closing mark', () => {
    const text = '“They tell us the robots will be safer,” she said.';
    const claims = detectAttributions(text).map(parts);
    assert.deepEqual(claims, [
      expected(text, 'They', 'tell us', 'the robots will be safer'),
      expected(text, 'she', 'said', 'They tell us the robots will be safer'),
    ]);
  });

  it('gives a quotation that follows an indirect statement in the same paragraph the same source and cue', () => {
    const text = 'Wilkins also said Warhol was both an artist and a businessperson. "He would make a blue Marilyn and a pink Marilyn."';
    assertDetects(text, [
      ['Wilkins', 'said', 'Warhol was both an artist and a businessperson'],
      ['Wilkins', 'said', 'He would make a blue Marilyn and a pink Marilyn'],
    ]);
  });

  it('takes words in single quotation marks after "say," as content', () => {
    const text = "At the stadium I say, 'Hey John, my name is Frank' and they laugh.";
    assertDetects(text, [['I', 'say', 'Hey John, my name is Frank']]);
  });

  it('attributes a quoted question to the subject of "with … writing", the sentence being no question', () => {
    const text = 'Critics were unhappy, with one poster writing "How can people look at both sides if one side is gone?"';
    assertDetects(text, [['one poster', 'writing', 'How can people look at both sides if one side is gone?']]);
  });

  it('runs a content on through a colon that introduces a quoted example', () => {
    const text = 'The Guardian cited examples of complicated questions, including: "Were you subject to human trafficking?"';
    assertDetects(text, [['The Guardian', 'cited', 'examples of complicated questions, including: "Were you subject to human trafficking?"']]);
  });

  it('takes the quotation opening the next paragraph as the content of a frame ending in a comma', () => {
    const text = 'Rathbun stated,\n\n"Daniel was picked up by an investigator. He was questioned for two hours."';
    assertDetects(text, [['Rathbun', 'stated', 'Daniel was picked up by an investigator. He was questioned for two hours']]);
  });
});
