// "Export Article…" and "Export Workspace…": gather annotations, ask for format and file, write the export.
import * as vscode from 'vscode';
import { claimLensContext, claimReviewCounts, formatInfo, type ExportArticle, type ExportFormat } from '../../core/export';
import type { ClaimStore } from '../store/api';
import { articleUriFor } from '../store/articleUris';
import type { FileAccess } from '../store/fileAccess';
import { readWorkspaceSidecars } from '../store/workspaceIndex';
import { claimReviewOptions, publishedArticles } from './claimReviewSettings';
import { gatherOpenArticle, gatherSavedArticle } from './exportArticles';
import { exportDestination } from './exportPrompts';
import { exportTargetRefusal } from './exportTargetCheck';
import { localWords } from '../l10n/words';


function offerToOpen(message: string, target: vscode.Uri): void {
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(message, open).then((choice) => (choice === open ? vscode.commands.executeCommand('vscode.open', target) : undefined));
}

/** Only confirmed claims with a credibility become reviews; the reader hears how many were left out, and an empty export is not written. */
async function writeClaimReviews(files: FileAccess, articles: ExportArticle[], target: vscode.Uri, version: string): Promise<boolean> {
  const { reviewed, unrated } = claimReviewCounts(articles);
  const leftOut =
    unrated === 0 ? ''
    : ' ' + (unrated === 1 ? vscode.l10n.t('1 confirmed claim without a credibility was left out.') : vscode.l10n.t('{0} confirmed claims without a credibility were left out.', unrated));
  if (reviewed === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('ClaimLens: no confirmed claim with a credibility to review; nothing was exported.') + leftOut);
    return false;
  }
  const claimReview = await claimReviewOptions();
  if (!claimReview) return false;
  const context = { ...claimLensContext(version, new Date().toISOString()), claimReview, words: localWords() };
  await files.writeAtomically(target, formatInfo('claimreview').write(publishedArticles(articles), context));
  const where = vscode.workspace.asRelativePath(target, false);
  const ofArticles = localWords().report.articles(articles.length);
  const exported = reviewed === 1
    ? vscode.l10n.t('ClaimLens: exported 1 ClaimReview of {0} to {1}.', ofArticles, where)
    : vscode.l10n.t('ClaimLens: exported {0} ClaimReviews of {1} to {2}.', reviewed, ofArticles, where);
  offerToOpen(exported + leftOut, target);
  return true;
}

/** Resolves to whether the file was written; never onto an article (`articleUris` are those exported), a sidecar or someone's text file. */
async function writeExport(files: FileAccess, format: ExportFormat, articles: ExportArticle[], target: vscode.Uri, version: string, articleUris: readonly vscode.Uri[]): Promise<boolean> {
  const refusal = await exportTargetRefusal(files, target, articleUris);
  if (refusal !== undefined) {
    void vscode.window.showErrorMessage(vscode.l10n.t('ClaimLens: nothing was exported: {0}.', refusal));
    return false;
  }
  if (format === 'claimreview') return writeClaimReviews(files, articles, target, version);
  const content = formatInfo(format).write(articles, { ...claimLensContext(version, new Date().toISOString()), words: localWords() });
  await files.writeAtomically(target, content);
  const claims = articles.reduce((n, a) => n + a.sidecar.claims.length, 0);
  const where = vscode.workspace.asRelativePath(target, false);
  const words = localWords();
  offerToOpen(vscode.l10n.t('ClaimLens: exported {0} of {1} to {2}.', words.claim.count(claims), words.report.articles(articles.length), where), target);
  return true;
}

/** Exports the article given (explorer, tests) or the active one; resolves to the file written, if any. */
export async function exportArticle({ store, files }: { store: ClaimStore; files: FileAccess }, version: string, article: unknown, options: unknown): Promise<vscode.Uri | undefined> {
  const given = article instanceof vscode.Uri ? article : vscode.window.activeTextEditor?.document.uri;
  // A sidecar open in the editor stands for its article.
  const uri = given && (articleUriFor(given) ?? given);
  if (!uri) {
    void vscode.window.showWarningMessage(vscode.l10n.t('ClaimLens: open an article to export its claims.'));
    return undefined;
  }
  const destination = await exportDestination(options, vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop() ?? 'claims');
  if (!destination) return undefined;
  const { format, target } = destination;
  const gathered = await gatherOpenArticle(store, await vscode.workspace.openTextDocument(uri), target);
  if (!gathered.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('ClaimLens: cannot export {0}', gathered.error));
    return undefined;
  }
  return (await writeExport(files, format, [gathered.article], target, version, [uri])) ? target : undefined;
}

/** Exports every annotated article of the workspace into one file; articles that cannot be read are listed, not fatal. */
export async function exportWorkspace({ store, files }: { store: ClaimStore; files: FileAccess }, version: string, options: unknown): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('ClaimLens: open a folder to export its annotated articles.'));
    return undefined;
  }
  const destination = await exportDestination(options, folder, 'claims');
  if (!destination) return undefined;
  const { format, target } = destination;
  const articleUris: vscode.Uri[] = [];
  const gathered = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('ClaimLens: exporting'), cancellable: true },
    async (progress, cancel) => {
      const entries = await readWorkspaceSidecars(files);
      articleUris.push(...entries.map((entry) => entry.articleUri));
      const articles: ExportArticle[] = [];
      const problems: string[] = [];
      for (const entry of entries) {
        if (cancel.isCancellationRequested) return undefined;
        progress.report({ message: vscode.workspace.asRelativePath(entry.articleUri, false), increment: 100 / entries.length });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === entry.articleUri.toString());
        const result = open
          ? await gatherOpenArticle(store, open, target)
          : entry.sidecar
            ? await gatherSavedArticle(files, entry.articleUri, entry.sidecar, target)
            : { ok: false as const, error: `${vscode.workspace.asRelativePath(entry.sidecarUri, false)}: ${entry.error ?? vscode.l10n.t('cannot be read')}` };
        if (result.ok) articles.push(result.article);
        else problems.push(result.error);
      }
      return { articles, problems };
    },
  );
  if (!gathered) return undefined;
  if (gathered.problems.length > 0) {
    const leftOut = gathered.problems.length;
    const message = leftOut === 1 ? vscode.l10n.t('ClaimLens: 1 article left out of the export.') : vscode.l10n.t('ClaimLens: {0} articles left out of the export.', leftOut);
    void vscode.window.showWarningMessage(message, {
      modal: false,
      detail: gathered.problems.join('\n'),
    });
  }
  if (gathered.articles.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: no annotated articles to export in this workspace.'));
    return undefined;
  }
  return (await writeExport(files, format, gathered.articles, target, version, articleUris)) ? target : undefined;
}
