// Commands that tag a claim: its source (picked or new), its credibility, its source's reliability, and its note.
import * as vscode from 'vscode';
import { updateClaim, upsertSource } from '../../core/model/annotations';
import { CREDIBILITIES, RELIABILITIES, isCredibility, isReliability } from '../../core/model/ratings';
import type { Credibility, Reliability, Sidecar, Source } from '../../core/model/types';
import { orderSourcePicks, type SourcePick } from '../../core/view/sourcePicks';
import type { ClaimStore } from '../store/api';
import { claimRef, nowIso, claimForCommand, type CommandClaim } from './commandClaim';
import { registerClaimLensCommand } from './commandRegistration';
import { offerToTagSameSource } from './entityTaggingCommands';
import { localWords } from '../l10n/words';

/** What the source picker can decide: an existing source, or a name for a new one. */
type SourceChoice = { source: Source } | { name: string } | { none: true };

interface SourceItem extends vscode.QuickPickItem {
  choice?: SourceChoice;
  isNew?: boolean;
}

function reliabilityWords(source: Source): string {
  const words = localWords();
  return source.reliability ? `${source.reliability} — ${words.rating.reliability[source.reliability]}` : words.hover.reliabilityNotRated;
}

/** The label and description of a name found in the text, by where it was found. */
function detectedWords(pick: Extract<SourcePick, { kind: 'detected' }>): { label: string; description: string } {
  const known = pick.existing?.name;
  if (pick.refersFrom !== undefined) {
    // The name a pronoun or description stands for: "the daily" → "The Washington Post".
    const description = known !== undefined ? vscode.l10n.t('“{0}” refers to it · known as {1}', pick.refersFrom, known) : vscode.l10n.t('“{0}” refers to it · new source', pick.refersFrom);
    return { label: `$(person) ${pick.name}`, description };
  }
  if (pick.namedIn !== undefined) {
    // The person's name within a source written with a role: "ministry spokesman Aram Petrosyan" → "Aram Petrosyan".
    const description = known !== undefined ? vscode.l10n.t('named in “{0}” · known as {1}', pick.namedIn, known) : vscode.l10n.t('named in “{0}” · new source', pick.namedIn);
    return { label: `$(person) ${pick.name}`, description };
  }
  const description = known !== undefined ? vscode.l10n.t('detected in the text · known as {0}', known) : vscode.l10n.t('detected in the text · new source');
  return { label: `$(quote) ${pick.name}`, description };
}

function sourceItem(pick: SourcePick, currentId: string | null): SourceItem {
  switch (pick.kind) {
    case 'detected':
      return { ...detectedWords(pick), choice: pick.existing ? { source: pick.existing } : { name: pick.name } };
    case 'known': {
      const parts = [
        ...(pick.source.id === currentId ? [vscode.l10n.t('current')] : []),
        reliabilityWords(pick.source),
        pick.inArticle ? vscode.l10n.t('in this article') : vscode.l10n.t('used in the workspace'),
        ...(pick.matchesDetected ? [vscode.l10n.t('matches the detected text')] : []),
      ];
      return {
        label: pick.source.name,
        description: parts.join(' · '),
        detail: pick.source.aliases.length > 0 ? vscode.l10n.t('also: {0}', pick.source.aliases.join(', ')) : undefined,
        choice: { source: pick.source },
      };
    }
    case 'new':
      return { label: `$(add) ${vscode.l10n.t('New source…')}`, isNew: true };
  }
}

async function askSource(store: ClaimStore, target: CommandClaim): Promise<SourceChoice | undefined> {
  const { claim, annotations } = target;
  const picks = orderSourcePicks(claim.source?.text ?? null, annotations.sidecar.sources, await store.workspaceSources(), claim.source?.refersTo?.text ?? null);
  const items = picks.map((p) => sourceItem(p, claim.sourceId));
  if (claim.sourceId !== null) {
    items.push({ label: `$(close) ${vscode.l10n.t('No source')}`, description: vscode.l10n.t('remove the source from this claim'), choice: { none: true } });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Source of the claim'),
    placeHolder: vscode.l10n.t('Who says it? Type to filter; pick “New source…” to name one'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return undefined;
  if (!picked.isNew) return picked.choice;
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('New source'),
    prompt: vscode.l10n.t('Name of the source, e.g. “Korean Central News Agency”'),
    value: (claim.source?.refersTo ?? claim.source)?.text.replace(/\s+/g, ' ').trim() ?? '',
    validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('A source needs a name.') : undefined),
  });
  return name === undefined ? undefined : { name: name.trim() };
}

/** Accepts a ready answer (tests, keybinding `args`): a source name, or `{ sourceId }` of a known source. */
async function sourceChoiceFrom(store: ClaimStore, sidecar: Sidecar, value: unknown): Promise<SourceChoice | undefined> {
  if (typeof value === 'string') return { name: value };
  if (value === null) return { none: true };
  if (typeof value === 'object' && value !== null && typeof (value as { sourceId?: unknown }).sourceId === 'string') {
    const id = (value as { sourceId: string }).sourceId;
    const source = sidecar.sources.find((s) => s.id === id) ?? (await store.workspaceSources()).find((s) => s.id === id);
    if (!source) throw new Error(vscode.l10n.t('there is no source with id "{0}"', id));
    return { source };
  }
  return undefined;
}

function applySource(sidecar: Sidecar, claimId: string, choice: SourceChoice, now: string): Sidecar {
  if ('none' in choice) return updateClaim(sidecar, claimId, { sourceId: null }, now);
  const inArticle = 'source' in choice && sidecar.sources.some((s) => s.id === choice.source.id);
  const added =
    'source' in choice
      ? inArticle
        ? { sidecar, source: choice.source }
        : // A source from another article keeps its id and rating, so the workspace stays consistent.
          upsertSource(sidecar, choice.source)
      : upsertSource(sidecar, { name: choice.name, aliases: [], kind: null, reliability: null, note: '' });
  return updateClaim(added.sidecar, claimId, { sourceId: added.source.id }, now);
}

async function tagSource(store: ClaimStore, arg: unknown, value?: unknown): Promise<boolean> {
  const target = claimForCommand(store, arg);
  if (!target) return false;
  const choice = (await sourceChoiceFrom(store, target.annotations.sidecar, value)) ?? (value === undefined ? await askSource(store, target) : undefined);
  if (!choice) return false;
  const done = await store.edit(target.annotations.articleUri, (sidecar) => applySource(sidecar, target.claim.id, choice, nowIso()));
  if (done && !('none' in choice)) offerToTagSameSource(store, target.annotations.articleUri, target.claim.id);
  return done;
}

async function setCredibility(store: ClaimStore, arg: unknown, value?: unknown): Promise<boolean> {
  const target = claimForCommand(store, arg);
  if (!target) return false;
  let credibility: Credibility | null | undefined = isCredibility(value) || value === null ? value : undefined;
  if (value === undefined) {
    const labels = localWords().rating.credibility;
    const items = [
      ...CREDIBILITIES.map((c) => ({ label: `${c} — ${labels[c]}`, description: c === target.claim.credibility ? vscode.l10n.t('current') : '', value: c as Credibility | null })),
      { label: `$(close) ${vscode.l10n.t('Not rated')}`, description: vscode.l10n.t('clear the credibility'), value: null },
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Credibility of the claim (Admiralty 1–6)'),
      placeHolder: vscode.l10n.t('How credible is what is claimed?'),
    });
    credibility = picked?.value;
  }
  if (credibility === undefined) return false;
  const chosen = credibility;
  return store.edit(target.annotations.articleUri, (sidecar) => updateClaim(sidecar, target.claim.id, { credibility: chosen }, nowIso()));
}

async function setReliability(store: ClaimStore, arg: unknown, value?: unknown): Promise<boolean> {
  const target = claimForCommand(store, arg);
  if (!target) return false;
  const source = target.annotations.sidecar.sources.find((s) => s.id === target.claim.sourceId);
  if (!source) {
    // Not awaited: the command is over; the button merely offers the next step.
    const tag = vscode.l10n.t('Tag source…');
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: reliability belongs to a source. Tag the claim’s source first.'), tag).then((answer) => {
      if (answer) void vscode.commands.executeCommand('claimlens.tagSource', claimRef(target.annotations.articleUri, target.claim));
    });
    return false;
  }
  let reliability: Reliability | null | undefined = isReliability(value) || value === null ? value : undefined;
  if (value === undefined) {
    const labels = localWords().rating.reliability;
    const items = [
      ...RELIABILITIES.map((r) => ({ label: `${r} — ${labels[r]}`, description: r === source.reliability ? vscode.l10n.t('current') : '', value: r as Reliability | null })),
      { label: `$(close) ${vscode.l10n.t('Not rated')}`, description: vscode.l10n.t('clear the reliability'), value: null },
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Reliability of {0} (Admiralty A–F)', source.name),
      placeHolder: vscode.l10n.t('How reliable is this source in general?'),
    });
    reliability = picked?.value;
  }
  if (reliability === undefined) return false;
  const chosen = reliability;
  return store.edit(target.annotations.articleUri, (sidecar) => upsertSource(sidecar, { ...source, reliability: chosen }).sidecar);
}

async function editNote(store: ClaimStore, arg: unknown, value?: unknown): Promise<boolean> {
  const target = claimForCommand(store, arg);
  if (!target) return false;
  const note =
    typeof value === 'string'
      ? value
      : await vscode.window.showInputBox({ title: vscode.l10n.t('Note on the claim'), prompt: vscode.l10n.t('Your note (empty to remove it)'), value: target.claim.note });
  if (note === undefined) return false;
  return store.edit(target.annotations.articleUri, (sidecar) => updateClaim(sidecar, target.claim.id, { note: note.trim() }, nowIso()));
}

export function registerTaggingCommands(context: vscode.ExtensionContext, store: ClaimStore): void {
  context.subscriptions.push(
    registerClaimLensCommand('claimlens.tagSource', (arg, value) => tagSource(store, arg, value)),
    registerClaimLensCommand('claimlens.setCredibility', (arg, value) => setCredibility(store, arg, value)),
    registerClaimLensCommand('claimlens.setReliability', (arg, value) => setReliability(store, arg, value)),
    registerClaimLensCommand('claimlens.editNote', (arg, value) => editNote(store, arg, value)),
  );
}
