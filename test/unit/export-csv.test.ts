import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, formatCsv } from '../../src/core/export';
import { loadArticle } from './export-fixtures';

/** What a spreadsheet user gets back: the formula guard adds an apostrophe before = + - @ at the start of a text cell. */
function guarded(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

describe('CSV export', () => {
  const article = loadArticle();
  const rows = parse(formatCsv([article]), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
  const byId = new Map(rows.map((r) => [r.id, r]));

  it('starts with a header row naming every column', () => {
    const [header] = parse(formatCsv([article]), { to_line: 1 }) as string[][];
    assert.deepEqual(header, [...CSV_COLUMNS]);
  });

  it('writes one row per claim, rejected claims included', () => {
    assert.deepEqual(rows.map((r) => r.id).sort(), article.sidecar.claims.map((c) => c.id).sort());
  });

  it('reads back, through a CSV parser, to the claims\' text, offsets, ratings and notes', () => {
    for (const claim of article.sidecar.claims) {
      const row = byId.get(claim.id);
      assert.ok(row, claim.id);
      assert.equal(row.file, 'article.txt');
      assert.equal(row.claim, guarded(claim.target.exact));
      assert.deepEqual([Number(row.start), Number(row.end)], [claim.target.start, claim.target.end]);
      assert.equal(row.state, claim.state);
      assert.equal(row.credibility, claim.credibility === null ? '' : String(claim.credibility));
      assert.equal(row.note, guarded(claim.note));
      assert.equal(row.hedges, claim.hedges.map((h) => h.text).join('; '));
    }
  });

  it('gives each claim\'s kind in the kind column, empty when it is not known', () => {
    assert.deepEqual(
      ['c-kcna0001', 'c-analyst4', 'c-flight03'].map((id) => byId.get(id)?.kind),
      ['statement', 'belief', ''],
    );
  });

  it('keeps quotes, commas, line breaks and emoji inside one cell', () => {
    const kcna = byId.get('c-kcna0001');
    assert.match(kcna?.claim ?? '', /"Hwasong" missile 🚀/);
    assert.match(kcna?.note ?? '', /\| see \[KCNA\]\(http:\/\/kcna\.kp\) <b>bold<\/b>\nSecond line/);
  });

  it('gives the tagged source with its reliability, credibility, the Admiralty code and the 1-based line', () => {
    const kcna = byId.get('c-kcna0001');
    assert.deepEqual(
      [kcna?.source, kcna?.reliability, kcna?.credibility, kcna?.code, kcna?.line],
      ['Korean Central News Agency', 'D', '3', 'D3', '3'],
    );
  });

  it('leaves the line empty for an orphan, whose offsets no longer hold its quote', () => {
    assert.deepEqual([byId.get('c-orphan06')?.line, byId.get('c-orphan06')?.orphan], ['', 'yes']);
  });

  it('prefixes text cells that a spreadsheet would run as a formula with an apostrophe', () => {
    const hostile = loadArticle();
    const claims = hostile.sidecar.claims.map((c) => (c.id === 'c-jcs00002' ? { ...c, note: '=HYPERLINK("http://evil","x")', tags: ['@SUM(1)'] } : c));
    const [row] = (parse(formatCsv([{ ...hostile, sidecar: { ...hostile.sidecar, claims } }]), { columns: true }) as Record<string, string>[])
      .filter((r) => r.id === 'c-jcs00002');
    assert.equal(row.note, `'=HYPERLINK("http://evil","x")`);
    assert.equal(row.tags, `'@SUM(1)`);
  });

  it('separates records with CRLF as RFC 4180 asks', () => {
    assert.match(formatCsv([article]), /^file,start,end,line,claim,[^\n]*\r\n/);
  });

  it('writes only the header for an article without claims', () => {
    const empty = { ...article, sidecar: { ...article.sidecar, claims: [] } };
    assert.equal(formatCsv([empty]).split('\r\n').filter(Boolean).length, 1);
  });
});
