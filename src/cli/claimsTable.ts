// Renders detected attributions as a readable plain-text table, one block per file.
import type { Attribution } from '../core/detect/types';
import { lineStartsOf } from '../core/export/lineIndex';

const COLUMNS = { at: 9, commitment: 11, kind: 16, source: 26, cue: 16, content: 60 };

/** Cuts `s` to `width` characters (whole code points, so emoji never split) with an ellipsis; collapses line breaks. */
function fit(s: string, width: number): string {
  const chars = Array.from(s.replace(/\s+/g, ' '));
  const cut = chars.length > width ? chars.slice(0, width - 1).join('') + '…' : chars.join('');
  return cut + ' '.repeat(Math.max(0, width - Array.from(cut).length));
}

/** 1-based line and column (in UTF-16 code units, like VS Code) of `offset`. */
function lineColumn(lineStarts: number[], offset: number): string {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return `${lo + 1}:${offset - lineStarts[lo] + 1}`;
}

/** The source as written, and who it stands for where it was resolved: "the daily → The Washington Post". */
function sourceWords(source: Attribution['source']): string {
  if (source === null) return '—';
  return source.refersTo ? `${source.text} → ${source.refersTo.text}` : source.text;
}

export function claimsTable(file: string, text: string, claims: Attribution[]): string {
  const title = `${file} — ${claims.length} claim${claims.length === 1 ? '' : 's'}`;
  if (claims.length === 0) return `${title}\n`;
  const starts = lineStartsOf(text);
  const header = `  ${fit('LINE:COL', COLUMNS.at)} ${fit('COMMITMENT', COLUMNS.commitment)} ${fit('KIND', COLUMNS.kind)} ${fit('SOURCE', COLUMNS.source)} ${fit('CUE', COLUMNS.cue)} CONTENT`;
  const rows = claims.map((c) => [
    '  ' + fit(lineColumn(starts, c.start), COLUMNS.at),
    fit(c.commitment, COLUMNS.commitment),
    fit(c.kind, COLUMNS.kind),
    fit(sourceWords(c.source), COLUMNS.source),
    fit(c.cue?.text ?? '—', COLUMNS.cue),
    fit(c.content.text, COLUMNS.content).trimEnd(),
  ].join(' '));
  return [title, header, ...rows, ''].join('\n');
}
