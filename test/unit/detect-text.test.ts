// Specification of offsets and input handling: CRLF, emoji (UTF-16), empty and factual text, several claims, order.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectAttributions } from '../../src/core/detect';
import type { Attribution, Span } from '../../src/core/detect/types';
import { assertDetects, expected, parts } from './support/spans';

function spans(a: Attribution): Span[] {
  return [a.content, ...(a.source ? [a.source] : []), ...(a.cue ? [a.cue] : []), ...a.hedges];
}

describe('detectAttributions: text handling', () => {
  it('finds nothing in empty text', () => {
    assert.deepEqual(detectAttributions(''), []);
  });

  it('finds nothing in plain factual sentences', () => {
    const text = 'The river rose by two metres overnight. The so-called deal was signed in 2024. All told, 40 homes flooded.';
    assert.deepEqual(detectAttributions(text), []);
  });

  it('counts CRLF line ends as two code units', () => {
    const text = 'Prices rose.\r\nThe harbour master said the ferry would resume on Friday.\r\n';
    assertDetects(text, [['The harbour master', 'said', 'the ferry would resume on Friday']]);
  });

  it('reads a lone CR as a line break, so a headline does not run into the source below it', () => {
    const text = 'Port closed\r\rTass reported that the port of Odesa had closed.';
    assertDetects(text, [['Tass', 'reported', 'the port of Odesa had closed']]);
  });

  it('reads a Unicode paragraph separator as a line break', () => {
    const text = 'Port closed\u2029Tass reported that the port of Odesa had closed.';
    assertDetects(text, [['Tass', 'reported', 'the port of Odesa had closed']]);
  });

  it('counts an emoji before a claim as two UTF-16 code units', () => {
    const text = '🌊🌊 Residents said the water had reached their doors.';
    const [claim] = detectAttributions(text);
    assert.deepEqual(claim.source, { start: 5, end: 14, text: 'Residents' });
  });

  it('finds several attributions in one sentence, sorted by position', () => {
    const text = 'Officials said analysts believe the deal will hold.';
    assertDetects(text, [
      ['Officials', 'said', 'analysts believe the deal will hold'],
      ['analysts', 'believe', 'the deal will hold'],
    ]);
  });

  it('leaves Markdown markup, front matter, code blocks and link targets out of the analysis', () => {
    const text = '---\ntitle: Budget\n---\n\n## Vote\n\nThe **council** said that the [budget](https://x.org/b) would pass.\n\n```\nOfficials said nothing.\n```\n';
    assert.deepEqual(detectAttributions(text, { markdown: true }).map(parts), [
      expected(text, 'The **council', 'said', 'the [budget](https://x.org/b) would pass'),
    ]);
  });

  it('returns spans whose text equals the text at their offsets, for any input', () => {
    const pieces = fc.constantFrom('Officials said ', 'that ', '“', '”', '"', 'the plan ', 'failed', ', ', '. ', '\r\n', '\n\n', '🌊', 'according to ', 'Kim ', 'may ', '**', '[a](b) ', 'who ');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), fc.boolean(), (parts, markdown) => {
      const text = parts.join('');
      for (const claim of detectAttributions(text, { markdown })) {
        for (const s of spans(claim)) {
          assert.equal(text.slice(s.start, s.end), s.text);
          assert.ok(s.start >= claim.start && s.end <= claim.end && s.end > s.start);
        }
      }
    }));
  });

  it('gives the same output for the same input', () => {
    const text = '“We will win,” he said. Analysts said the vote may be close, according to Reuters.';
    assert.deepEqual(detectAttributions(text), detectAttributions(text));
  });
});
