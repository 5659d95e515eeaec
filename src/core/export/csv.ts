// CSV export: one RFC 4180 row per claim (CRLF line ends, quoted where needed), with a header row.
import { stringify } from 'csv-stringify/sync';
import type { ExportArticle } from './article';
import { collectClaims, type ClaimRecord } from './collect';
import { sourceWording } from '../model/sourceNames';

/** Column titles, in order. Offsets are UTF-16 code units as in the sidecar; `line` is 1-based. */
export const CSV_COLUMNS = [
  'file', 'start', 'end', 'line', 'claim', 'source', 'reliability', 'credibility', 'code', 'state', 'kind',
  'hedges', 'note', 'tags', 'detected source', 'cue', 'orphan', 'id',
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number>;

function row(label: string, record: ClaimRecord): CsvRow {
  const { claim } = record;
  return {
    file: label,
    start: claim.target.start,
    end: claim.target.end,
    line: record.line ?? '',
    claim: claim.target.exact,
    source: record.source?.name ?? '',
    reliability: record.reliability ?? '',
    credibility: claim.credibility ?? '',
    code: record.code,
    state: claim.state,
    kind: claim.kind ?? '',
    hedges: claim.hedges.map((h) => h.text).join('; '),
    note: claim.note,
    tags: claim.tags.join('; '),
    'detected source': claim.source ? sourceWording(claim.source.text) : '',
    cue: claim.cue?.text ?? '',
    orphan: claim.orphan ? 'yes' : 'no',
    id: claim.id,
  };
}

/**
 * Every claim of every article, rejected ones included (the `state` column tells them apart).
 * Text cells starting with = + - @ (or tab/CR) get a leading apostrophe so spreadsheets do not run them as formulas.
 */
export function formatCsv(articles: ExportArticle[]): string {
  const rows = articles.flatMap((article) => collectClaims(article, { rejected: true }).map((record) => row(article.label, record)));
  return stringify(rows, {
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    // RFC 4180 quotes any field with a line break; the library on its own only looks for the record delimiter (CRLF).
    quoted_match: /[\r\n]/,
    escape_formulas: true,
  });
}
