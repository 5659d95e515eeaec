// Wording of the store's messages about sidecars: a merge whose edits clashed with changes on disk.
import type { MergeConflict } from '../../core/model/merge';

/** `1 annotation you changed here was` / `3 annotations you changed here were`, then what happened and which ones. */
function sentence(conflicts: readonly MergeConflict[], happened: string, kept: string): string {
  const subject = conflicts.length === 1 ? '1 annotation you changed here was' : `${conflicts.length} annotations you changed here were`;
  const names = conflicts.map((conflict) => `${conflict.kind} "${conflict.label}"`).join(', ');
  return `${subject} ${happened}; ${kept}: ${names}.`;
}

/** One message naming the sidecar file and every clash, so the user knows exactly which annotations to look at again. */
export function conflictMessage(sidecarFile: string, conflicts: readonly MergeConflict[]): string {
  const fromDisk = conflicts.filter((conflict) => conflict.kept === 'disk');
  const fromEditor = conflicts.filter((conflict) => conflict.kept === 'editor');
  const parts = [`ClaimLens merged ${sidecarFile}, which changed on disk before your annotation changes were saved.`];
  if (fromDisk.length > 0) parts.push(sentence(fromDisk, 'also changed on disk', 'the version on disk was kept'));
  if (fromEditor.length > 0) parts.push(sentence(fromEditor, 'deleted on disk', 'your version was kept'));
  return parts.join(' ');
}
