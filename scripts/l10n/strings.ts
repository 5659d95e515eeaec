// Finds the strings the extension shows through `vscode.l10n.t` and the manifest through `%key%`, and the literals that bypass them, for the translation checks.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface SourceString {
  /** The English message, which is also its key in `l10n/bundle.l10n.<language>.json`. */
  message: string;
  /** `file:line`, for messages naming where to look. */
  where: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function where(root: string, source: ts.SourceFile, node: ts.Node): string {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return `${path.relative(root, source.fileName)}:${line + 1}`;
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** Names `vscode.l10n.t` goes by in a file: itself, and `t` when the file says `const t = vscode.l10n.t`. */
function translatorNames(source: ts.SourceFile): Set<string> {
  const names = new Set(['vscode.l10n.t']);
  walk(source, (node) => {
    if (ts.isVariableDeclaration(node) && node.initializer?.getText(source) === 'vscode.l10n.t' && ts.isIdentifier(node.name)) {
      names.add(node.name.text);
    }
  });
  return names;
}

function literalText(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/**
 * Every `vscode.l10n.t('…', …)` message under `dir`. A call whose message is not a literal cannot be checked or
 * extracted, so it is reported in `problems`.
 */
export function translatedStrings(root: string, dir: string): { strings: SourceString[]; problems: string[] } {
  const strings: SourceString[] = [];
  const problems: string[] = [];
  for (const file of tsFiles(dir)) {
    const source = parse(file);
    const names = translatorNames(source);
    walk(source, (node) => {
      if (!ts.isCallExpression(node) || !names.has(node.expression.getText(source))) return;
      const message = literalText(node.arguments[0]);
      if (message === undefined) problems.push(`${where(root, source, node)}: l10n.t needs a string literal as its message`);
      else strings.push({ message, where: where(root, source, node) });
    });
  }
  return { strings, problems };
}

const MESSAGE_FUNCTIONS = new Set(['showInformationMessage', 'showWarningMessage', 'showErrorMessage', 'setStatusBarMessage']);
/** The store's `Notifier` shows what it is given, as `vscode.window` does. */
const NOTIFIER_FUNCTIONS = new Set(['warn', 'error', 'info']);
const PROMPT_FIELDS = new Set(['title', 'placeHolder', 'placeholder', 'prompt', 'tooltip', 'detail', 'description', 'label', 'name']);

/** Whether a literal reads as words to a person (not an id, a codicon, a path or punctuation). */
function isProse(text: string): boolean {
  const words = text.replace(/\$\([a-z-]+\)/g, '').trim();
  return /[A-Za-z]{2,}/.test(words) && /\s/.test(words) || /^[A-Z][a-z]+[.…]*$/.test(words);
}

function proseLiteral(node: ts.Node): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return isProse(node.text);
  if (ts.isTemplateExpression(node)) {
    return isProse([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ')) || node.templateSpans.some((s) => proseLiteral(s.expression));
  }
  if (ts.isParenthesizedExpression(node)) return proseLiteral(node.expression);
  if (ts.isConditionalExpression(node)) return proseLiteral(node.whenTrue) || proseLiteral(node.whenFalse);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return proseLiteral(node.left) || proseLiteral(node.right);
  return false;
}

/**
 * Places under `dir` where English reaches the user without `vscode.l10n.t`: messages, their buttons, status bar
 * texts, thrown errors, and the words of quick picks, input boxes, tree items and status bar items (title,
 * placeholder, prompt, tooltip, label…).
 */
export function untranslatedLiterals(root: string, dir: string): string[] {
  const found: string[] = [];
  for (const file of tsFiles(dir)) {
    const source = parse(file);
    walk(source, (node) => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const name = node.expression.name.text;
        const shows = MESSAGE_FUNCTIONS.has(name) || (NOTIFIER_FUNCTIONS.has(name) && /notifier$/i.test(node.expression.expression.getText(source)));
        // Every argument: the message and the buttons' labels.
        for (const arg of shows ? node.arguments : []) if (proseLiteral(arg)) found.push(`${where(root, source, arg)}: ${arg.getText(source).slice(0, 60)}`);
      }
      if (ts.isNewExpression(node) && node.expression.getText(source) === 'Error' && node.arguments?.[0] && proseLiteral(node.arguments[0])) {
        // Errors thrown by commands reach the user as messages.
        found.push(`${where(root, source, node.arguments[0])}: ${node.arguments[0].getText(source).slice(0, 60)}`);
      }
      const field =
        (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text) ||
        (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && node.left.name.text);
      const value = ts.isPropertyAssignment(node) ? node.initializer : ts.isBinaryExpression(node) ? node.right : undefined;
      if (field && value && PROMPT_FIELDS.has(field) && proseLiteral(value)) found.push(`${where(root, source, value)}: ${value.getText(source).slice(0, 60)}`);
    });
  }
  return found;
}

/** `{0}`, `{1}`… of a message, sorted, for checking that a translation keeps every argument. */
export function placeholders(message: string): string[] {
  return [...new Set(message.match(/\{\d+\}/g) ?? [])].sort();
}

/** Every `%key%` the manifest uses, found anywhere in it. */
export function manifestKeys(manifest: unknown): string[] {
  const keys: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const match = /^%([^%]+)%$/.exec(value);
      if (match) keys.push(match[1]);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  visit(manifest);
  return keys;
}
