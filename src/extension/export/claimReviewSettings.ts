// The fact-checker's ClaimReview settings (reviewer, fact-check page, where articles are published), asked for once when missing.
import * as vscode from 'vscode';
import type { ClaimReviewOptions, ExportArticle } from '../../core/export';

const SECTION = 'claimlens.claimReview';

function webUrl(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && URL.canParse(trimmed) && /^https?:$/.test(new URL(trimmed).protocol) ? trimmed : undefined;
}

/**
 * The reviewer and page from settings. Without a reviewer name the reader is asked once and the answer is kept in the
 * user settings, since a fact-checker publishes under the same name everywhere; undefined when the reader cancels.
 */
export async function claimReviewOptions(): Promise<ClaimReviewOptions | undefined> {
  const config = vscode.workspace.getConfiguration(SECTION);
  let name = config.get<string>('reviewer', '').trim();
  if (name === '') {
    name = (await vscode.window.showInputBox({
      title: vscode.l10n.t('ClaimLens: ClaimReview export'),
      prompt: vscode.l10n.t('Name of the organisation that publishes these fact checks (kept in the setting claimlens.claimReview.reviewer)'),
      placeHolder: vscode.l10n.t('e.g. Example Fact Check'),
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('A ClaimReview names its reviewer.') : undefined),
    }))?.trim() ?? '';
    if (name === '') return undefined;
    await config.update('reviewer', name, vscode.ConfigurationTarget.Global);
  }
  const reviewerUrl = webUrl(config.get<string>('reviewerUrl'));
  const reviewUrl = webUrl(config.get<string>('reviewUrl'));
  return {
    author: { type: config.get<string>('reviewerType') === 'Person' ? 'Person' : 'Organization', name, ...(reviewerUrl ? { url: reviewerUrl } : {}) },
    ...(reviewUrl ? { reviewUrl } : {}),
  };
}

/**
 * With `claimlens.claimReview.articleBaseUrl` set, each article appeared at that URL plus its workspace-relative path
 * (what `--base` does on the command line); front matter `url:` still wins, in the formatter.
 */
export function publishedArticles(articles: ExportArticle[]): ExportArticle[] {
  const base = webUrl(vscode.workspace.getConfiguration(SECTION).get<string>('articleBaseUrl'));
  if (!base) return articles;
  const folder = base.endsWith('/') ? base : `${base}/`;
  return articles.map((article) => ({ ...article, iri: new URL(article.label.split('/').map(encodeURIComponent).join('/'), folder).href }));
}
