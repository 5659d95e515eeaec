// An open document's text as a TextView: slices are read from the document, so following a keystroke copies a few characters, not the article.
import * as vscode from 'vscode';
import type { TextView } from '../../core/anchor/textView';

/** A view of `document` as it is now; valid until the document changes (use it within one event). */
export function documentText(document: vscode.TextDocument): TextView {
  let length: number | undefined;
  return {
    get length(): number {
      length ??= document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
      return length;
    },
    slice(start: number, end: number): string {
      if (start <= 0 && end >= this.length) return document.getText();
      return document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end)));
    },
  };
}
