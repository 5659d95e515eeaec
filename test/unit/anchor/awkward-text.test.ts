import * as assert from 'node:assert/strict';
import { applyTextEdits, makeTarget, reanchor } from '../../../src/core/anchor';
import { addManualClaim, emptySidecar } from '../../../src/core/model/annotations';
import type { Sidecar } from '../../../src/core/model/types';
import { documentInfo, parseSidecar, serializeSidecar } from '../../../src/core/sidecar';

const NOW = '2026-01-01T00:00:00Z';

function claimOn(text: string, quote: string): Sidecar {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, `"${quote}" is in the text`);
  return addManualClaim(emptySidecar('a.txt', text), text, start, start + quote.length, NOW).sidecar;
}

function selected(sidecar: Sidecar, text: string): string {
  const { start, end } = sidecar.claims[0].target;
  return text.slice(start, end);
}

describe('anchoring in awkward text', () => {
  describe('CRLF line breaks', () => {
    const crlf = 'Headline\r\n\r\nMoscow, Nov 27.\r\nTass reported that the talks failed.\r\nMore text follows here.\r\n';
    const quote = 'Tass reported that the talks failed.';

    it('counts each CRLF as two offsets', () => {
      const claim = claimOn(crlf, quote).claims[0];
      assert.equal(claim.target.start, 'Headline\r\n\r\nMoscow, Nov 27.\r\n'.length);
      assert.equal(claim.target.prefix.endsWith('27.\r\n'), true);
    });

    it('keeps claims when the file is converted to LF line endings', () => {
      const lf = crlf.replace(/\r\n/g, '\n');
      const again = reanchor(claimOn(crlf, quote), lf);
      assert.equal(again.claims[0].orphan, false);
      assert.equal(selected(again, lf), quote);
    });

    it('shifts a claim past a line break typed above it', () => {
      const edits = [{ start: 8, end: 8, newText: '\r\n' }];
      const text = `${crlf.slice(0, 8)}\r\n${crlf.slice(8)}`;
      assert.equal(selected(applyTextEdits(claimOn(crlf, quote), edits, text), text), quote);
    });
  });

  describe('emoji and other surrogate pairs', () => {
    const text = '🇺🇦 Kyiv says 😀 the strike 𝒽𝒾𝓉 a depot, officials said 👍 today. 🔥🔥🔥';
    const quote = 'the strike 𝒽𝒾𝓉 a depot';

    it('measures a claim with surrogate pairs in UTF-16 code units', () => {
      const claim = claimOn(text, quote).claims[0];
      // 11 + three mathematical letters of two units each + 8.
      assert.equal(claim.target.end - claim.target.start, 25);
    });

    it('follows a claim when emoji are inserted before it', () => {
      const changed = `🎉🎉 ${text}`;
      const edits = [{ start: 0, end: 0, newText: '🎉🎉 ' }];
      assert.equal(selected(applyTextEdits(claimOn(text, quote), edits, changed), changed), quote);
      assert.equal(selected(reanchor(claimOn(text, quote), changed), changed), quote);
    });

    it('never places a fuzzy match between the halves of a pair', () => {
      const changed = text.replace('a depot', 'the depot');
      const again = reanchor(claimOn(text, quote), changed);
      const { start, end } = again.claims[0].target;
      const splits = (i: number) => /[\udc00-\udfff]/.test(changed[i] ?? '') && /[\ud800-\udbff]/.test(changed[i - 1] ?? '');
      assert.equal(again.claims[0].orphan, false);
      assert.equal(splits(start) || splits(end), false);
    });

    it('keeps a whole emoji at the edge of the context', () => {
      const t = makeTarget(`😀${'x'.repeat(31)}Q`, 33, 34);
      assert.equal(t.prefix.length, 33);
    });
  });

  describe('Unicode normalization', () => {
    const nfc = 'Le maire de Zürich a déclaré que le café ouvrirait à Noël, selon la presse locale.';
    const quote = 'Le maire de Zürich a déclaré que le café ouvrirait à Noël';

    it('finds a claim again after the article was re-saved decomposed (NFD)', () => {
      const nfd = nfc.normalize('NFD');
      const again = reanchor(claimOn(nfc, quote), nfd);
      assert.equal(again.claims[0].orphan, false);
      assert.equal(selected(again, nfd), quote.normalize('NFD'));
      assert.equal(again.claims[0].target.exact, quote.normalize('NFD'));
    });

    it('finds a claim again after the article was re-saved composed (NFC)', () => {
      const nfd = nfc.normalize('NFD');
      const again = reanchor(claimOn(nfd, quote.normalize('NFD')), nfc);
      assert.equal(selected(again, nfc), quote);
    });
  });

  describe('an empty article', () => {
    it('has an empty sidecar that round-trips', () => {
      const s = emptySidecar('empty.txt', '');
      assert.deepEqual(s.document, documentInfo('empty.txt', ''));
      assert.equal(s.document.length, 0);
      const read = parseSidecar(serializeSidecar(s), 'empty.txt.claims.json');
      assert.ok(read.ok);
      assert.deepEqual(read.sidecar, s);
    });

    it('turns every claim into an orphan when the article is emptied', () => {
      const text = 'Tass reported that the talks failed.';
      const sidecar = claimOn(text, text);
      assert.equal(reanchor(sidecar, '').claims[0].orphan, true);
      assert.equal(applyTextEdits(sidecar, [{ start: 0, end: text.length, newText: '' }], '').claims[0].orphan, true);
    });

    it('keeps an orphan readable even though its offsets are past the end of the empty text', () => {
      const text = 'Tass reported that the talks failed.';
      const orphaned = { ...reanchor(claimOn(text, text), ''), document: documentInfo('a.txt', '') };
      const read = parseSidecar(serializeSidecar(orphaned), 'a.txt.claims.json');
      assert.ok(read.ok, read.ok ? '' : read.error);
      assert.equal(read.sidecar.claims[0].orphan, true);
    });
  });
});
