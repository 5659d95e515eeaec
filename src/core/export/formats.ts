// The export formats ClaimLens offers, with what the editor and the CLI need to know about each.
import type { ExportArticle, ExportContext, ExportFormat } from './article';
import { formatClaimReview } from './claimReview';
import { formatCsv } from './csv';
import { formatHtml } from './html';
import { formatMarkdown } from './markdown';
import { formatW3C } from './w3c';

export interface FormatInfo {
  format: ExportFormat;
  label: string;
  description: string;
  /** File name extension of the output, without the leading dot (it may hold one, as in `claimreview.jsonld`). */
  extension: string;
  write(articles: ExportArticle[], context: ExportContext): string;
}

export const FORMATS: readonly FormatInfo[] = [
  {
    format: 'w3c', label: 'W3C Web Annotation (JSON-LD)', extension: 'jsonld',
    description: 'Open standard; re-importable into ClaimLens and readable by other annotation tools',
    write: formatW3C,
  },
  {
    format: 'csv', label: 'CSV spreadsheet', extension: 'csv',
    description: 'One row per claim, for spreadsheets and data work',
    write: (articles) => formatCsv(articles),
  },
  {
    format: 'md', label: 'Markdown report', extension: 'md',
    description: 'Summary by source and every claim with its quote and rating, for write-ups',
    write: formatMarkdown,
  },
  {
    format: 'html', label: 'HTML report', extension: 'html',
    description: 'Self-contained page with the article highlighted, a legend and a table; prints well',
    write: formatHtml,
  },
  {
    format: 'claimreview', label: 'schema.org ClaimReview (JSON-LD)', extension: 'claimreview.jsonld',
    description: 'Fact-check markup for search engines and aggregators: confirmed claims with a credibility',
    write: formatClaimReview,
  },
];

export function formatInfo(format: ExportFormat): FormatInfo {
  const info = FORMATS.find((f) => f.format === format);
  if (!info) throw new Error(`unknown export format '${format}'`);
  return info;
}

export function isExportFormat(value: string): value is ExportFormat {
  return FORMATS.some((f) => f.format === value);
}
