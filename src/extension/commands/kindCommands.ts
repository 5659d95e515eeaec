// The "Set Kind…" command: the user chooses what kind of attribution a claim is; detection never changes that choice.
import * as vscode from 'vscode';
import { updateClaim } from '../../core/model/annotations';
import { CLAIM_KINDS, isClaimKind } from '../../core/model/kinds';
import type { Claim, ClaimKind } from '../../core/model/types';
import type { ClaimStore } from '../store/api';
import { KIND_ICONS } from '../kindIcons';
import { localWords } from '../l10n/words';
import { nowIso, claimForCommand } from './commandClaim';
import { registerClaimLensCommand } from './commandRegistration';

interface KindItem extends vscode.QuickPickItem {
  claimKind: ClaimKind;
}

function kindItem(kind: ClaimKind, claim: Claim): KindItem {
  const words = localWords().claim;
  const current = claim.kind === kind ? (claim.kindOrigin === 'manual' ? vscode.l10n.t('current · set by hand') : vscode.l10n.t('current · detected')) : '';
  return { label: `$(${KIND_ICONS[kind]}) ${words.kinds[kind]}`, description: current, detail: words.kindDescriptions[kind], claimKind: kind };
}

/** A quick pick that opens on the claim's current kind, so Enter keeps it and the arrows move from it. */
function askKind(claim: Claim): Promise<ClaimKind | undefined> {
  const pick = vscode.window.createQuickPick<KindItem>();
  pick.title = vscode.l10n.t('Kind of the claim');
  pick.placeholder = vscode.l10n.t('What does the cue do: report speech, a belief, evidence, a judgement, a request, a plan, a refusal?');
  pick.matchOnDetail = true;
  pick.items = CLAIM_KINDS.map((kind) => kindItem(kind, claim));
  const current = pick.items.find((item) => item.claimKind === claim.kind);
  if (current) pick.activeItems = [current];
  return new Promise((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.claimKind);
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

/** Accepts a ready answer (tests, keybinding `args`): one of the seven kind names. */
async function setKind(store: ClaimStore, arg: unknown, value?: unknown): Promise<boolean> {
  if (value !== undefined && !isClaimKind(value)) {
    throw new Error(vscode.l10n.t('"{0}" is not a claim kind; use one of {1}', String(value), CLAIM_KINDS.join(', ')));
  }
  const target = claimForCommand(store, arg);
  if (!target) return false;
  const kind = value ?? (await askKind(target.claim));
  if (kind === undefined) return false;
  return store.edit(target.annotations.articleUri, (sidecar) => updateClaim(sidecar, target.claim.id, { kind }, nowIso()));
}

export function registerKindCommands(context: vscode.ExtensionContext, store: ClaimStore): void {
  context.subscriptions.push(registerClaimLensCommand('claimlens.setKind', (arg, value) => setKind(store, arg, value)));
}
