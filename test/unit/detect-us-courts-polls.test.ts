// Specification of how 2016 US coverage of investigations, courts, Congress, polls, money and anonymous sources attributes.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';
import { assertDetects } from './support/spans';

describe('detectAttributions: US investigations, courts, polls and refusals', () => {
  describe('sources', () => {
    it('gives a participle the whole subject when the subject opens with an abbreviated title', () => {
      const text = 'Mr. Trump has repeatedly attacked the judge, saying his heritage made him biased.';
      assertDetects(text, [['Mr. Trump', 'saying', 'his heritage made him biased']]);
    });
  });
});
