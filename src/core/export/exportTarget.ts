// Whether an export may be written to a file: never onto an article or a sidecar, whatever name the reader typed.
import { SIDECAR_SUFFIX } from '../sidecar';

/** File endings of articles: a file with one of them is someone's text unless it is an earlier ClaimLens report. */
const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.mdown', '.mkd'];

/** How every Markdown report of ClaimLens begins, so that exporting again to the same report is allowed. */
export const MARKDOWN_REPORT_HEADING = '# ClaimLens report';

/** What the writer found out about the file it is about to write (paths `/`-separated, links followed). */
export interface ExportTarget {
  path: string;
  /** The start of the file's text when it exists (a few hundred characters are enough), else null. */
  existing: string | null;
  /** Whether a sidecar lies beside it, i.e. it is an annotated article. */
  hasSidecar: boolean;
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Why `target` must not receive the export, or null when it may. `articles` are the paths of the exported articles.
 * Refused: a sidecar (by name, or of an exported article), an exported article, an annotated article, and any existing
 * plain-text or Markdown file that is not an earlier ClaimLens report.
 */
export function exportTargetProblem(target: ExportTarget, articles: readonly string[]): string | null {
  const name = fileName(target.path);
  if (name.endsWith(SIDECAR_SUFFIX)) return `${name} is a sidecar; exporting onto it would replace the annotations it holds`;
  const article = articles.find((a) => a === target.path || a + SIDECAR_SUFFIX === target.path);
  if (article !== undefined) return `${name} is ${article === target.path ? 'one of the articles' : 'the sidecar of an article'} being exported`;
  if (target.hasSidecar) return `${name} is an annotated article (${name}${SIDECAR_SUFFIX} lies beside it)`;
  const lower = name.toLowerCase();
  if (target.existing !== null && ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !target.existing.replace(/^\uFEFF/, '').startsWith(MARKDOWN_REPORT_HEADING)) {
    return `${name} already exists and is not a ClaimLens report; choose another file name`;
  }
  return null;
}
