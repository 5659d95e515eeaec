// The words the CLI prints when a sidecar changed on disk while a command ran and was merged instead of overwritten.
import type { MergeConflict } from '../core/model/merge';

/** `changed on disk meanwhile; merged` plus, for clashes, which version was kept of which annotation. */
export function mergedNote(conflicts: readonly MergeConflict[]): string {
  if (conflicts.length === 0) return 'changed on disk meanwhile; merged with it';
  const names = conflicts.map((c) => `${c.kind} "${c.label}" (${c.kept === 'disk' ? 'the version on disk kept' : 'this run’s version kept'})`);
  return `changed on disk meanwhile; merged with it, ${conflicts.length} clash${conflicts.length === 1 ? '' : 'es'}: ${names.join(', ')}`;
}
