// Asks the reader what to export to: the format (quick pick) and the file (save dialog).
import * as vscode from 'vscode';
import { FORMATS, formatInfo, isExportFormat, type ExportFormat } from '../../core/export';

/** Options a caller (a test, a task, another extension) may pass to skip the prompts. */
export interface ExportOptions {
  format?: ExportFormat;
  target?: vscode.Uri;
}

function exportOptions(value: unknown): ExportOptions {
  if (typeof value !== 'object' || value === null) return {};
  const { format, target } = value as Record<string, unknown>;
  return {
    format: typeof format === 'string' && isExportFormat(format) ? format : undefined,
    target: target instanceof vscode.Uri ? target : undefined,
  };
}

/** Each format's name and use in the display language. */
function formatWords(format: ExportFormat): { label: string; description: string } {
  switch (format) {
    case 'w3c':
      return { label: vscode.l10n.t('W3C Web Annotation (JSON-LD)'), description: vscode.l10n.t('Open standard; re-importable into ClaimLens and readable by other annotation tools') };
    case 'csv':
      return { label: vscode.l10n.t('CSV spreadsheet'), description: vscode.l10n.t('One row per claim, for spreadsheets and data work') };
    case 'md':
      return { label: vscode.l10n.t('Markdown report'), description: vscode.l10n.t('Summary by source and every claim with its quote and rating, for write-ups') };
    case 'html':
      return { label: vscode.l10n.t('HTML report'), description: vscode.l10n.t('Self-contained page with the article highlighted, a legend and a table; prints well') };
    case 'claimreview':
      return {
        label: vscode.l10n.t('schema.org ClaimReview (JSON-LD)'),
        description: vscode.l10n.t('Fact-check markup for search engines and aggregators: confirmed claims with a credibility'),
      };
  }
}

async function pickFormat(preset: ExportFormat | undefined): Promise<ExportFormat | undefined> {
  if (preset) return preset;
  const picked = await vscode.window.showQuickPick(
    FORMATS.map((f) => ({ label: formatWords(f.format).label, description: `.${f.extension}`, detail: formatWords(f.format).description, format: f.format })),
    { title: vscode.l10n.t('ClaimLens: Export'), placeHolder: vscode.l10n.t('Export format') },
  );
  return picked?.format;
}

/** Proposes `<name>.<extension>` in `folder`; the reader may choose any place. */
async function pickTarget(preset: vscode.Uri | undefined, format: ExportFormat, folder: vscode.Uri, name: string): Promise<vscode.Uri | undefined> {
  if (preset) return preset;
  const info = formatInfo(format);
  const label = formatWords(format).label;
  return vscode.window.showSaveDialog({
    title: vscode.l10n.t('ClaimLens: Export as {0}', label),
    defaultUri: vscode.Uri.joinPath(folder, `${name}.${info.extension}`),
    // A save dialog filters by the last extension only (`jsonld` of `claimreview.jsonld`).
    filters: { [label]: [info.extension.split('.').pop() ?? info.extension] },
    saveLabel: vscode.l10n.t('Export'),
  });
}

/** The format and file to export to, from `options` where given, else asked; undefined when the reader cancels. */
export async function exportDestination(
  options: unknown,
  folder: vscode.Uri,
  name: string,
): Promise<{ format: ExportFormat; target: vscode.Uri } | undefined> {
  const preset = exportOptions(options);
  const format = await pickFormat(preset.format);
  if (!format) return undefined;
  const target = await pickTarget(preset.target, format, folder, name);
  return target && { format, target };
}
