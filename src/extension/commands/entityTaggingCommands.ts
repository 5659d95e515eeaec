// Tagging the other claims of a source in one step ("the newspaper", "the daily", "it" → The Washington Post), and undoing it.
import * as vscode from 'vscode';
import { type EntityTagging, tagClaims, undoTagging, untaggedClaimsOfEntity } from '../../core/model/entityTagging';
import { sourceWording } from '../../core/model/sourceNames';
import type { ClaimStore } from '../store/api';
import { activeArticle, claimForCommand, isClaimRef, nowIso } from './commandClaim';
import { registerClaimLensCommand } from './commandRegistration';

/** How many of the claims' words a message quotes before "…". */
const QUOTED_MENTIONS = 3;

/** The last one-step tagging of each article (by URI), so that it can be undone. */
type TaggingHistory = Map<string, EntityTagging & { name: string }>;

/** The sources of `claims` as the text writes them, each once: “the daily”, “It”… */
function mentions(claims: readonly { source: { text: string } | null }[]): string {
  const written = [...new Set(claims.flatMap((c) => (c.source ? [sourceWording(c.source.text)] : [])))];
  const shown = written.slice(0, QUOTED_MENTIONS).map((w) => `“${w}”`).join(', ');
  return written.length > QUOTED_MENTIONS ? `${shown}…` : shown;
}

/**
 * After a claim's source was tagged: when other claims of the article stand for the same entity and have no source yet,
 * offers to tag them with it too. The offer is a notification; the command is over when it shows.
 */
export function offerToTagSameSource(store: ClaimStore, articleUri: vscode.Uri, claimId: string): void {
  const sidecar = store.get(articleUri)?.sidecar;
  const claim = sidecar?.claims.find((c) => c.id === claimId);
  const source = claim && sidecar?.sources.find((s) => s.id === claim.sourceId);
  if (!sidecar || !claim || !source) return;
  const others = untaggedClaimsOfEntity(sidecar, claimId);
  if (others.length === 0) return;
  const message = vscode.l10n.t(
    'ClaimLens: {0} more claims of this article stand for the same source ({1}). Tag them as {2} too?',
    others.length,
    mentions(others),
    source.name,
  );
  const action = vscode.l10n.t('Tag {0} more', others.length);
  void vscode.window.showInformationMessage(message, action).then((answer) => {
    if (answer === action) void vscode.commands.executeCommand('claimlens.tagSameSource', { articleUri: articleUri.toString(), claimId });
  });
}

/** Tags the untagged claims standing for the same entity as the target claim with its source; returns how many. */
async function tagSameSource(store: ClaimStore, history: TaggingHistory, arg: unknown): Promise<number> {
  const target = claimForCommand(store, arg);
  if (!target) return 0;
  const { annotations, claim } = target;
  const source = annotations.sidecar.sources.find((s) => s.id === claim.sourceId);
  if (!source) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: tag this claim’s source first; its other claims can then be tagged with it.'));
    return 0;
  }
  const others = untaggedClaimsOfEntity(annotations.sidecar, claim.id).map((c) => c.id);
  if (others.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: no other claim of this article stands for {0} without a source.', source.name));
    return 0;
  }
  let tagging: EntityTagging | undefined;
  const done = await store.edit(annotations.articleUri, (sidecar) => {
    const result = tagClaims(sidecar, others, source.id, nowIso());
    tagging = result.tagging;
    return result.sidecar;
  });
  if (!done || !tagging || tagging.previous.size === 0) return 0;
  const key = annotations.articleUri.toString();
  history.set(key, { ...tagging, name: source.name });
  const undo = vscode.l10n.t('Undo');
  void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: tagged {0} more claims as {1}.', tagging.previous.size, source.name), undo).then((answer) => {
    if (answer === undo) void vscode.commands.executeCommand('claimlens.undoTagSameSource', key);
  });
  return tagging.previous.size;
}

/** The article a command about a whole article acts on: the one named (a URI, or a claim's), else the active one. */
function articleOf(store: ClaimStore, arg: unknown): vscode.Uri | undefined {
  if (typeof arg === 'string') return vscode.Uri.parse(arg);
  if (isClaimRef(arg)) return vscode.Uri.parse(arg.articleUri);
  return activeArticle(store)?.annotations.articleUri;
}

/** Undoes the article's last one-step tagging; claims tagged otherwise since keep their source. Returns how many it restored. */
async function undoTagSameSource(store: ClaimStore, history: TaggingHistory, arg: unknown): Promise<number> {
  const articleUri = articleOf(store, arg);
  const last = articleUri && history.get(articleUri.toString());
  if (!articleUri || !last) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: there is no tagging of a source’s other claims to undo in this article.'));
    return 0;
  }
  let restored = 0;
  const done = await store.edit(articleUri, (sidecar) => {
    const result = undoTagging(sidecar, last, nowIso());
    restored = result.restored;
    return result.sidecar;
  });
  if (!done) return 0;
  history.delete(articleUri.toString());
  return restored;
}

export function registerEntityTaggingCommands(context: vscode.ExtensionContext, store: ClaimStore): void {
  const history: TaggingHistory = new Map();
  context.subscriptions.push(
    registerClaimLensCommand('claimlens.tagSameSource', (arg) => tagSameSource(store, history, arg)),
    registerClaimLensCommand('claimlens.undoTagSameSource', (arg) => undoTagSameSource(store, history, arg)),
  );
}
