// Writes a sidecar for the CLI without losing anyone's update: compare with what was read, merge what changed meanwhile, refuse what cannot be read.
import { mergeSidecars, type MergeConflict } from '../core/model/merge';
import type { Sidecar } from '../core/model/types';
import { chunksEqual, documentInfo, sidecarChunks } from '../core/sidecar';
import { checkBeforeWrite } from '../core/sidecar/writeCheck';
import { emptySidecar } from '../core/model/annotations';
import { writeFileAtomically } from '../node/atomicWrite';

/** A sidecar to write, and what the run started from. */
export interface SidecarWrite {
  /** The sidecar file. */
  file: string;
  /** The article's file name and text, which every offset of `ours` refers to. */
  article: { file: string; text: string };
  /** The file's content when the run read it (undefined: there was none) and that content parsed. */
  seen: string | undefined;
  base: Sidecar;
  /** What the run wants to write, anchored to the article's text. */
  ours: Sidecar;
  /**
   * After a merge with a sidecar someone else wrote meanwhile: what this run adds on top again (the merge keeps the
   * user's work of both sides, not this run's untouched detector suggestions).
   */
  reapply?: (merged: Sidecar) => Sidecar;
}

export type SidecarWriteOutcome =
  /**
   * `unchanged`: the file already held exactly this content. `merged` lists the clashes with a sidecar someone else
   * wrote meanwhile, when there was one (an empty list: merged cleanly), else null.
   */
  | { kind: 'written' | 'unchanged'; sidecar: Sidecar; merged: MergeConflict[] | null }
  | { kind: 'refused'; error: string };

/** Enough for any real race; a file that changes on every attempt is being written in a loop by something else. */
const ATTEMPTS = 5;

/** The sidecar as written for the article, and its file content as pieces (a huge sidecar is never one string). */
function contentOf(sidecar: Sidecar, article: { file: string; text: string }): { sidecar: Sidecar; content: () => Iterable<string> } {
  const placed = { ...sidecar, document: documentInfo(article.file, article.text) };
  return { sidecar: placed, content: () => sidecarChunks(placed) };
}

/**
 * Writes `ours` atomically unless the file changed since it was read; then merges three-way (by claim and source id,
 * the disk side winning a real clash, a deletion never winning over work) and tries again. A file that became
 * unreadable meanwhile is refused and left as it is.
 */
export async function writeSidecar(job: SidecarWrite): Promise<SidecarWriteOutcome> {
  let { seen, base, ours } = job;
  let merged: MergeConflict[] | null = null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const next = contentOf(ours, job.article);
    if (chunksEqual(next.content(), seen)) return { kind: 'unchanged', sidecar: next.sidecar, merged };
    const result = await writeFileAtomically(job.file, next.content(), { expect: { content: seen } });
    if (result.written) return { kind: 'written', sidecar: next.sidecar, merged };
    const check = checkBeforeWrite(seen, result.current, job.file);
    if (check.kind === 'unreadable') return { kind: 'refused', error: `${check.error} — it changed during this run and is left as it is` };
    const theirs = check.kind === 'changed' ? check.sidecar : emptySidecar(job.article.file, job.article.text);
    const merge = mergeSidecars(base, ours, theirs, job.article.text);
    ours = job.reapply ? job.reapply(merge.sidecar) : merge.sidecar;
    merged = [...(merged ?? []), ...merge.conflicts];
    base = theirs;
    seen = typeof result.current === 'string' ? result.current : undefined;
  }
  return { kind: 'refused', error: `${job.file}: changed on every one of ${ATTEMPTS} attempts to write it; nothing was written` };
}
