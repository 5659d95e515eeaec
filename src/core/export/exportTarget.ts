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

/** Why a file must not receive an export; `name` is its file name. Worded by `exportTargetProblem`, or by the caller. */
export type ExportTargetRefusal =
  | { kind: 'sidecar'; name: string }
  | { kind: 'exportedArticle'; name: string }
  | { kind: 'exportedSidecar'; name: string }
  | { kind: 'annotatedArticle'; name: string }
  | { kind: 'notAReport'; name: string };

/**
 * Why `target` must not receive the export, or null when it may. `articles` are the paths of the exported articles.
 * Refused: a sidecar (by name, or of an exported article), an exported article, an annotated article, and any existing
 * plain-text or Markdown file that is not an earlier ClaimLens report (one beginning with one of `reportHeadings`:
 * English, and the reader's language in the editor).
 */
export function exportTargetRefusal(target: ExportTarget, articles: readonly string[], reportHeadings: readonly string[] = [MARKDOWN_REPORT_HEADING]): ExportTargetRefusal | null {
  const name = fileName(target.path);
  if (name.endsWith(SIDECAR_SUFFIX)) return { kind: 'sidecar', name };
  const article = articles.find((a) => a === target.path || a + SIDECAR_SUFFIX === target.path);
  if (article !== undefined) return { kind: article === target.path ? 'exportedArticle' : 'exportedSidecar', name };
  if (target.hasSidecar) return { kind: 'annotatedArticle', name };
  const lower = name.toLowerCase();
  if (target.existing !== null && ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !reportHeadings.some((heading) => target.existing?.replace(/^\uFEFF/, '').startsWith(heading))) {
    return { kind: 'notAReport', name };
  }
  return null;
}

/** The refusal of `exportTargetRefusal` in English words (the CLI), or null when the file may receive the export. */
export function exportTargetProblem(target: ExportTarget, articles: readonly string[], reportHeadings: readonly string[] = [MARKDOWN_REPORT_HEADING]): string | null {
  const refusal = exportTargetRefusal(target, articles, reportHeadings);
  if (refusal === null) return null;
  const { name } = refusal;
  switch (refusal.kind) {
    case 'sidecar':
      return `${name} is a sidecar; exporting onto it would replace the annotations it holds`;
    case 'exportedArticle':
      return `${name} is one of the articles being exported`;
    case 'exportedSidecar':
      return `${name} is the sidecar of an article being exported`;
    case 'annotatedArticle':
      return `${name} is an annotated article (${name}${SIDECAR_SUFFIX} lies beside it)`;
    case 'notAReport':
      return `${name} already exists and is not a ClaimLens report; choose another file name`;
  }
}
