// Specification of dividing an article into stretches of whole paragraphs for the detector, and of reading one stretch.
import type { OffsetRange } from '../../../src/core/model/offsetRange';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { detectAttributions, readsAsInterview } from '../../../src/core/detect';
import type { Attribution } from '../../../src/core/detect/types';
import { detectRegion, paragraphsAround, paragraphStarts, regionAround } from '../../../src/core/session/detectionRegions';

const repo = path.join(__dirname, '..', '..', '..');

function articles(extension: string): string[] {
  return ['test/fixtures/gold', 'samples']
    .flatMap((dir) => readdirSync(path.join(repo, dir)).filter((f) => f.endsWith(extension)).map((f) => path.join(repo, dir, f)))
    .sort()
    .map((file) => readFileSync(file, 'utf8'));
}

/**
 * Reads `text` region by region of about `size` units, as the editor does in the background: each region in the voice
 * of the whole article (an interview or not).
 */
function detectInRegions(text: string, size: number, markdown: boolean): Attribution[] {
  const starts = paragraphStarts(text, markdown);
  const interview = readsAsInterview(text, { markdown });
  const found: Attribution[] = [];
  for (let at = 0; at < text.length; ) {
    const region: OffsetRange = regionAround(starts, at, at, size);
    found.push(...detectRegion(detectAttributions, text, region, { markdown, interview }));
    at = region.end;
  }
  return found;
}

describe('detection region by region', () => {
  it('finds in every plain-text article exactly what reading each whole article finds', () => {
    const text = articles('.txt').join('\n\n');
    assert.deepEqual(detectInRegions(text, 2_000, false), detectAttributions(text, {}));
  });

  it('finds in every real article, read paragraph by paragraph or in longer stretches, what reading it whole finds', () => {
    const dir = path.join(repo, 'test/fixtures/real');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
    assert.ok(texts.length > 0, 'the real development set is there');
    for (const text of texts) {
      const whole = detectAttributions(text, {});
      assert.deepEqual(detectInRegions(text, 1, false), whole);
      assert.deepEqual(detectInRegions(text, 2_000, false), whole);
    }
  });

  it('finds in every Markdown article exactly what reading each whole article finds', () => {
    const text = articles('.md').join('\n\n');
    assert.deepEqual(detectInRegions(text, 2_000, true), detectAttributions(text, { markdown: true }));
  });

  it('shifts what a source refers to along with the region', () => {
    const text = 'Intro paragraph.\n\nPrime Minister John Key spoke on Monday. Key said the talks went well.';
    const region = { start: text.indexOf('Prime'), end: text.length };
    const found = detectRegion(detectAttributions, text, region, { resolveSources: true }).find((a) => a.source?.text === 'Key');
    const refersTo = found?.source?.refersTo;
    assert.ok(refersTo);
    assert.equal(text.slice(refersTo.start, refersTo.end), 'Prime Minister John Key');
  });

  it('never starts a region inside a Markdown code fence, even at a blank line', () => {
    const text = 'Intro.\n\n```\ncode\n\nmore code\n```\n\nAfter.';
    assert.deepEqual(paragraphStarts(text, true), [0, text.indexOf('```'), text.indexOf('After'), text.length]);
  });

  it('never starts a region at a paragraph opening with a quotation mark, which may continue a speaker', () => {
    const text = '“We will win,” he said.\n\n“They know it.”\n\nNext.';
    assert.deepEqual(paragraphStarts(text, false), [0, text.indexOf('Next'), text.length]);
  });

  it('widens a region to whole paragraphs around what must be read', () => {
    const text = 'One.\n\nTwo two.\n\nThree.';
    const starts = paragraphStarts(text, false);
    assert.deepEqual(regionAround(starts, text.indexOf('two'), text.indexOf('two') + 1), { start: text.indexOf('Two'), end: text.indexOf('Three') });
  });

  it('grows a region to at least the length asked for, ending at a paragraph start', () => {
    const text = 'One.\n\nTwo two.\n\nThree.';
    const starts = paragraphStarts(text, false);
    assert.deepEqual(regionAround(starts, 0, 0, 8), { start: 0, end: text.indexOf('Three') });
    assert.deepEqual(regionAround(starts, 0, 0, 1_000), { start: 0, end: text.length });
  });

  it('gives offsets into the whole text', () => {
    const text = 'Filler paragraph here.\n\nKCNA reported that the test succeeded.';
    const region = { start: text.indexOf('KCNA'), end: text.length };
    const [found] = detectRegion(detectAttributions, text, region, {});
    assert.equal(found.start, region.start);
    assert.equal(text.slice(found.content.start, found.content.end), found.content.text);
    assert.equal(text.slice(found.source?.start ?? 0, found.source?.end ?? 0), 'KCNA');
  });
});

describe('paragraphs around an edit, read in slices', () => {
  /** Plain text with blank lines of every kind (spaces, tabs, CRLF), paragraphs opening with quotes, and long runs. */
  const textArb = fc
    .array(fc.constantFrom('Tass said the talks failed.', 'x', ' ', '\t', '\n', '\n', '\r\n', '\n\n', '"Quote," he said.', '“More”', '«Non»', '   '), { maxLength: 80 })
    .map((pieces) => pieces.join(''));

  it('finds the stretch that dividing the whole text finds, whatever the slices', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 40 }), (text, a, b, window) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        assert.deepEqual(paragraphsAround(text, start, end, window), regionAround(paragraphStarts(text, false), start, end));
      }),
      { numRuns: 2000 },
    );
  });
});
