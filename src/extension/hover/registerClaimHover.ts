// Shows a claim's source, cue, hedges, rating in words and action links when the pointer rests on it.
import * as vscode from 'vscode';
import { claimAt } from '../../core/view/claimLookup';
import { HOVER_COMMANDS, composeClaimHover } from '../../core/view/claimHover';
import { showsKind } from '../../core/view/highlightPlan';
import type { ClaimStore } from '../store/api';
import { claimRef } from '../commands/commandClaim';
import type { Highlighter } from '../highlights/highlighter';
import { localWords } from '../l10n/words';

class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: ClaimStore,
    private readonly highlighter: Highlighter,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const annotations = this.store.get(document.uri);
    // A hover over text that shows no highlight would be a surprise; with highlights off, hovers go quiet too.
    if (!annotations || !this.highlighter.enabled) return undefined;
    const { options } = this.highlighter;
    const claim = claimAt(annotations.claims, document.offsetAt(position), this.highlighter.showsRejected, (c) => showsKind(options, c));
    if (!claim) return undefined;
    const source = annotations.sidecar.sources.find((s) => s.id === claim.sourceId) ?? null;
    const editable = annotations.status.kind === 'ok';
    const markdown = new vscode.MarkdownString(composeClaimHover(claim, source, editable ? claimRef(document.uri, claim) : null, localWords()));
    // Links may run ClaimLens's own claim commands and nothing else; article text in the hover is escaped.
    markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    const range = new vscode.Range(document.positionAt(claim.target.start), document.positionAt(claim.target.end));
    return new vscode.Hover(markdown, range);
  }
}

export function registerClaimHover(context: vscode.ExtensionContext, deps: { store: ClaimStore; highlighter: Highlighter }): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(
      [{ language: 'plaintext' }, { language: 'markdown' }],
      new ClaimHoverProvider(deps.store, deps.highlighter),
    ),
  );
}
