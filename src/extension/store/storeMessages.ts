// Wording of the store's messages about sidecars: a merge whose edits clashed with changes on disk (English here; l10n/words.ts gives the display language).
import type { MergeConflict } from '../../core/model/merge';

export interface ConflictWords {
  merged(sidecarFile: string): string;
  claim(label: string): string;
  source(label: string): string;
  /** `n` annotations the user changed were also changed on disk; `names` lists them. */
  alsoChangedOnDisk(n: number, names: string): string;
  deletedOnDisk(n: number, names: string): string;
}

export const ENGLISH_CONFLICT_WORDS: ConflictWords = {
  merged: (file) => `ClaimLens merged ${file}, which changed on disk before your annotation changes were saved.`,
  claim: (label) => `claim "${label}"`,
  source: (label) => `source "${label}"`,
  alsoChangedOnDisk: (n, names) =>
    n === 1
      ? `1 annotation you changed here was also changed on disk; the version on disk was kept: ${names}.`
      : `${n} annotations you changed here were also changed on disk; the version on disk was kept: ${names}.`,
  deletedOnDisk: (n, names) =>
    n === 1
      ? `1 annotation you changed here was deleted on disk; your version was kept: ${names}.`
      : `${n} annotations you changed here were deleted on disk; your version was kept: ${names}.`,
};

/** One message naming the sidecar file and every clash, so the user knows exactly which annotations to look at again. */
export function conflictMessage(sidecarFile: string, conflicts: readonly MergeConflict[], words: ConflictWords = ENGLISH_CONFLICT_WORDS): string {
  const names = (some: readonly MergeConflict[]): string =>
    some.map((conflict) => (conflict.kind === 'claim' ? words.claim(conflict.label) : words.source(conflict.label))).join(', ');
  const fromDisk = conflicts.filter((conflict) => conflict.kept === 'disk');
  const fromEditor = conflicts.filter((conflict) => conflict.kept === 'editor');
  const parts = [words.merged(sidecarFile)];
  if (fromDisk.length > 0) parts.push(words.alsoChangedOnDisk(fromDisk.length, names(fromDisk)));
  if (fromEditor.length > 0) parts.push(words.deletedOnDisk(fromEditor.length, names(fromEditor)));
  return parts.join(' ');
}
