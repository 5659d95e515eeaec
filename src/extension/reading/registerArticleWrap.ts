// Wraps long lines in article editors for reading, per editor, leaving the user's editor.wordWrap setting as it is.
import * as vscode from 'vscode';
import { isArticleDocument } from '../store/articleUris';
import { readWrapArticles } from '../settings';

/**
 * News articles keep a paragraph on one line, which plain-text editors show as one endless row. VS Code's own
 * "Toggle Word Wrap" wraps one document for as long as it is open, without touching any setting, so other plain-text
 * files (logs, data) keep the user's choice. It is toggled once per opened document, and only when the settings for
 * that document do not wrap already (Markdown wraps by VS Code's default); the user may toggle it back.
 */
export function registerArticleWrap(context: vscode.ExtensionContext): void {
  const wrapped = new Set<string>();
  const wrap = async (editor: vscode.TextEditor | undefined): Promise<void> => {
    if (!editor || !readWrapArticles() || !isArticleDocument(editor.document)) return;
    const key = editor.document.uri.toString();
    if (wrapped.has(key)) return;
    wrapped.add(key);
    if (vscode.workspace.getConfiguration('editor', editor.document).get<string>('wordWrap', 'off') !== 'off') return;
    // The toggle acts on the active editor, which may have changed while this event waited.
    if (vscode.window.activeTextEditor?.document !== editor.document) {
      wrapped.delete(key);
      return;
    }
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((editor) => void wrap(editor)),
    vscode.workspace.onDidCloseTextDocument((document) => wrapped.delete(document.uri.toString())),
  );
  void wrap(vscode.window.activeTextEditor);
}
