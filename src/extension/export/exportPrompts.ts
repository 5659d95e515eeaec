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

async function pickFormat(preset: ExportFormat | undefined): Promise<ExportFormat | undefined> {
  if (preset) return preset;
  const picked = await vscode.window.showQuickPick(
    FORMATS.map((f) => ({ label: f.label, description: `.${f.extension}`, detail: f.description, format: f.format })),
    { title: 'ClaimLens: Export', placeHolder: 'Export format' },
  );
  return picked?.format;
}

/** Proposes `<name>.<extension>` in `folder`; the reader may choose any place. */
async function pickTarget(preset: vscode.Uri | undefined, format: ExportFormat, folder: vscode.Uri, name: string): Promise<vscode.Uri | undefined> {
  if (preset) return preset;
  const info = formatInfo(format);
  return vscode.window.showSaveDialog({
    title: `ClaimLens: Export as ${info.label}`,
    defaultUri: vscode.Uri.joinPath(folder, `${name}.${info.extension}`),
    // A save dialog filters by the last extension only (`jsonld` of `claimreview.jsonld`).
    filters: { [info.label]: [info.extension.split('.').pop() ?? info.extension] },
    saveLabel: 'Export',
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
