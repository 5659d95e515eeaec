// Keeps an article's claims on their text through one change of the editor's text, including VS Code reloading the file from disk.
import { editBatch, type TextEdit } from '../anchor/edits';
import { reanchor } from '../anchor/reanchor';
import { type TextView, wholeText } from '../anchor/textView';
import type { Claim } from '../model/types';
import { type Annotations, annotationsOf, sidecarOf } from './annotations';

export interface FollowedText {
  readonly annotations: Annotations;
  /** The change's edits, sorted, without those that change nothing. */
  readonly edits: readonly TextEdit[];
  readonly changed: Set<string>;
  readonly rangesFollow: boolean;
}

/**
 * Shifts every claim through `edits`, in time proportional to the edit (it runs per keystroke). When the change may be
 * VS Code reloading the file from disk (git checkout, another editor), claims whose text the change removed are
 * searched for by quote and context, because such a reload arrives as a diff that can delete a paragraph in one place
 * and insert it in another. Typing never gets that search: text the user deletes leaves its claim an orphan.
 */
export function followTextChange(annotations: Annotations, edits: readonly TextEdit[], text: TextView, mayBeReload: boolean): FollowedText {
  const batch = editBatch(edits);
  const followed = annotations.claims.followEdits(batch, text);
  const shifted = { header: annotations.header, claims: followed.claims };
  const result = { annotations: shifted, edits: batch.edits, changed: followed.changed, rangesFollow: followed.rangesFollow };
  if (!mayBeReload || followed.changed.size === 0) return result;
  const wasPlaced = new Set(annotations.claims.toArray().filter((claim) => !claim.orphan).map((claim) => claim.id));
  const lost = followed.claims.toArray().filter((claim) => claim.orphan && wasPlaced.has(claim.id));
  if (lost.length === 0) return result;
  const lostIds = new Set(lost.map((claim) => claim.id));
  const before = annotations.claims.toArray().filter((claim) => lostIds.has(claim.id));
  const found = new Map<string, Claim>(reanchor({ ...sidecarOf(annotations), claims: before }, wholeText(text)).claims.map((claim) => [claim.id, claim]));
  const claims = followed.claims.toArray().map((claim) => found.get(claim.id) ?? claim);
  return { ...result, annotations: annotationsOf({ ...annotations.header, claims }), rangesFollow: false };
}
