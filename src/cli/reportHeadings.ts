// The first line of ClaimLens' own Markdown report in each language ClaimLens ships, so the CLI knows its reports.
import spanish from '../../l10n/bundle.l10n.es.json';
import { MARKDOWN_REPORT_HEADING } from '../core/export';

/** English, and each translation of the report's title (exported from an editor in that language). */
export const REPORT_HEADINGS: readonly string[] = [MARKDOWN_REPORT_HEADING, `# ${spanish['ClaimLens report']}`];

/** Whether `start`, the beginning of a file, is the beginning of a ClaimLens Markdown report. */
export function isReportStart(start: string): boolean {
  const text = start.replace(/^\uFEFF/, '');
  return REPORT_HEADINGS.some((heading) => text === heading || text.startsWith(`${heading}\n`) || text.startsWith(`${heading}\r`));
}
