// Keeps an article's claims on their text through one change of the editor's text, including VS Code reloading the file from disk.
import { followTextEdits, sortedEdits, type TextEdit } from '../anchor/edits';
import { reanchor } from '../anchor/reanchor';
import { type TextView, wholeText } from '../anchor/textView';
import type { Sidecar } from '../model/types';

/**
 * Shifts every claim through `edits` (cheap, so it runs per keystroke). When the change may be VS Code reloading the
 * file from disk (git checkout, another editor), claims whose text the change removed are searched for by quote and
 * context, because such a reload arrives as a diff that can delete a paragraph in one place and insert it in another.
 * Typing never gets that search: text the user deletes leaves its claim an orphan. `edits` come back sorted.
 */
export function followTextChange(
  sidecar: Sidecar,
  edits: readonly TextEdit[],
  text: TextView,
  mayBeReload: boolean,
): { sidecar: Sidecar; edits: TextEdit[]; changed: Set<string> } {
  const sorted = sortedEdits(edits);
  const followed = followTextEdits(sidecar.claims, sorted, text);
  const shifted = { ...sidecar, claims: followed.claims };
  if (!mayBeReload) return { sidecar: shifted, edits: sorted, changed: followed.changed };
  const lost = new Set(sidecar.claims.filter((claim, i) => !claim.orphan && followed.claims[i].orphan).map((claim) => claim.id));
  if (lost.size === 0) return { sidecar: shifted, edits: sorted, changed: followed.changed };
  const found = reanchor({ ...sidecar, claims: sidecar.claims.filter((claim) => lost.has(claim.id)) }, wholeText(text));
  const foundById = new Map(found.claims.map((claim) => [claim.id, claim]));
  return { sidecar: { ...shifted, claims: shifted.claims.map((claim) => foundById.get(claim.id) ?? claim) }, edits: sorted, changed: followed.changed };
}
