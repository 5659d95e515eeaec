// Brings a sidecar that changed on disk together with annotation edits not yet written, and tells the user what clashed.
import { emptySidecar } from '../../core/model/annotations';
import { mergeSidecars } from '../../core/model/merge';
import { conflictMessage } from '../../core/model/mergeMessage';
import type { Sidecar } from '../../core/model/types';
import { parseSidecar } from '../../core/sidecar';
import type { Notifier } from '../notifier';
import { fileNameOf } from './articleUris';
import type { OpenArticle } from './openArticle';
import type { SidecarRead } from './sidecarFiles';

/** A sidecar read that can be merged: a readable file, or none (deleted on disk, which empties it). */
export type MergeableRead = Exclude<SidecarRead, { kind: 'unreadable' }>;

/** The sidecar the store last read or wrote (and could read): what both the editor and the disk side started from. */
export function baseOf(article: OpenArticle, file: string, text: string): Sidecar {
  if (article.heldBase) return article.heldBase;
  const parsed = article.diskContent === undefined ? undefined : parseSidecar(article.diskContent, fileNameOf(article.sidecarUri));
  return parsed?.ok ? parsed.sidecar : emptySidecar(file, text);
}

/**
 * `ours` (anchored to `text`) merged with the sidecar now on disk, anchored to `text`. Clashes are reported in a
 * warning naming the sidecar; a merge without clashes is silent, since nothing was lost.
 */
export function mergeWithDisk(article: OpenArticle, ours: Sidecar, disk: MergeableRead, text: string, notifier: Notifier): Sidecar {
  const file = fileNameOf(article.articleUri);
  const theirs = disk.kind === 'ok' ? disk.sidecar : emptySidecar(file, text);
  const merged = mergeSidecars(baseOf(article, file, text), ours, theirs, text);
  if (merged.conflicts.length > 0) {
    void notifier.warn(conflictMessage(fileNameOf(article.sidecarUri), merged.conflicts));
  }
  return merged.sidecar;
}
