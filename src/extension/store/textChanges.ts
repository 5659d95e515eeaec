// Keeps claims on their text through one document change event, including reloads of the file from disk.
import { applyTextEdits, reanchor, type TextEdit } from '../../core/anchor';
import type { Sidecar } from '../../core/model/types';

/** The replacements of one VS Code change event, as offsets into the text before the event. */
export function toTextEdits(changes: readonly { rangeOffset: number; rangeLength: number; text: string }[]): TextEdit[] {
  return changes.map((change) => ({
    start: change.rangeOffset,
    end: change.rangeOffset + change.rangeLength,
    newText: change.text,
  }));
}

/**
 * Shifts every claim through `edits` (cheap, so it runs per keystroke). When the change may be VS Code reloading
 * the file from disk (git checkout, another editor), claims whose text the change removed are searched for by
 * quote and context, because such a reload arrives as a diff that can delete a paragraph in one place and
 * insert it in another. Typing never gets that search: text the user deletes leaves its claim an orphan.
 */
export function followChange(sidecar: Sidecar, edits: readonly TextEdit[], text: string, mayBeReload: boolean): Sidecar {
  const shifted = applyTextEdits(sidecar, edits, text);
  if (!mayBeReload) return shifted;
  const wasPlaced = new Set(sidecar.claims.filter((claim) => !claim.orphan).map((claim) => claim.id));
  const lost = new Set(shifted.claims.filter((claim) => claim.orphan && wasPlaced.has(claim.id)).map((claim) => claim.id));
  if (lost.size === 0) return shifted;
  const found = reanchor({ ...sidecar, claims: sidecar.claims.filter((claim) => lost.has(claim.id)) }, text);
  const foundById = new Map(found.claims.map((claim) => [claim.id, claim]));
  return { ...shifted, claims: shifted.claims.map((claim) => foundById.get(claim.id) ?? claim) };
}

/** Whether every placed claim selects its quote in `text`: the condition for writing its offsets against that text. */
export function selectsQuotesIn(sidecar: Sidecar, text: string): boolean {
  return sidecar.claims.every((claim) => claim.orphan || text.slice(claim.target.start, claim.target.end) === claim.target.exact);
}
