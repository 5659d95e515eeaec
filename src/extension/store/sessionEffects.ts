// Performs an article session's file effects through a FileAccess: checks the article, compares the sidecar, writes; no VS Code at run time, so tests give it a fake.
import type * as vscode from 'vscode';
import { checkBeforeWrite, type DiskContent } from '../../core/sidecar/writeCheck';
import { contentOf } from '../../core/session/sidecarContent';
import { rawOf, type SessionEvent, type SessionState, type SidecarRead, type WriteEffect } from '../../core/session/types';
import { parseSidecar } from '../../core/sidecar/validate';
import { sameStamp, type FileAccess, type TextRead } from './fileAccess';
import { baseName } from './sidecarPaths';

/** Where an article and its sidecar are. */
export interface ArticlePlace {
  readonly articleUri: vscode.Uri;
  readonly sidecarUri: vscode.Uri;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function asSidecarRead(read: TextRead, name: string): SidecarRead {
  if (read.kind === 'missing') return { kind: 'missing' };
  if (read.kind !== 'ok') return { kind: 'unreadable', message: read.message, raw: '' };
  const parsed = parseSidecar(read.text, name);
  return parsed.ok ? { kind: 'ok', sidecar: parsed.sidecar, raw: read.text } : { kind: 'unreadable', message: parsed.error, raw: read.text };
}

export async function readSidecarFile(files: FileAccess, uri: vscode.Uri): Promise<SidecarRead> {
  return asSidecarRead(await files.readText(uri), baseName(uri.path));
}

/**
 * The sidecar's content without parsing it, undefined when there is no file, to notice a change cheaply. A file that
 * cannot be read or decoded gives an empty string, which never equals a content the store read or wrote.
 */
export async function readSidecarText(files: FileAccess, uri: vscode.Uri): Promise<string | undefined> {
  const read = await files.readText(uri);
  if (read.kind === 'missing') return undefined;
  return read.kind === 'ok' ? read.text : '';
}

/** The `readSidecar` effect: the event to report, none when the file is what the session last saw. */
export async function performReadSidecar(files: FileAccess, place: ArticlePlace, session: () => SessionState): Promise<SessionEvent | undefined> {
  const read = await readSidecarFile(files, place.sidecarUri);
  return rawOf(read) === session().disk ? undefined : { kind: 'sidecarRead', read };
}

/** The `readArticle` effect. */
export async function performReadArticle(files: FileAccess, place: ArticlePlace): Promise<SessionEvent> {
  return { kind: 'articleRead', read: await files.readText(place.articleUri) };
}

/** Enough for any real race; a sidecar whose stamp changes on every attempt is being touched in a loop by something else. */
const WRITE_ATTEMPTS = 5;

/**
 * The `write` effect, as its contract says (core/session/types.ts): nothing unless the session's status is ok and the
 * article file holds the text the offsets belong to; a sidecar that is no longer what the session last saw is read
 * and reported instead of being overwritten. `session` gives the session's state at the moment of each check.
 * Resolves with the event to report and whether the file was written.
 *
 * Serializing and writing a large sidecar takes a while after the comparison: the file's stamp (time and size) taken
 * before it was read is checked again with the new content ready, right before the replace, so that a change made
 * meanwhile (a git pull, another window) is compared, and merged, rather than overwritten.
 */
export async function performWrite(
  files: FileAccess,
  place: ArticlePlace,
  effect: WriteEffect,
  session: () => SessionState,
): Promise<{ event: SessionEvent | undefined; wrote: boolean }> {
  // A write queued before the article closed still goes out: it checks the article's text like any other.
  if (session().status.kind !== 'ok') return { event: undefined, wrote: false };
  const article = await files.readText(place.articleUri);
  // An article in another encoding cannot be compared; its sidecar is written as for any saved article.
  if (article.kind === 'missing' || article.kind === 'failed' || (article.kind === 'ok' && article.text !== effect.against)) {
    return { event: undefined, wrote: false };
  }
  const name = baseName(place.sidecarUri.path);
  let content: string | undefined;
  for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
    const stamp = await files.stamp(place.sidecarUri);
    const current = await files.readText(place.sidecarUri);
    const onDisk: DiskContent = current.kind === 'missing' ? undefined : current.kind === 'ok' ? current.text : { unreadable: current.message };
    if (checkBeforeWrite(session().disk, onDisk, name).kind !== 'unchanged') {
      // The session merges it with the edits not yet written, or holds them while it is broken.
      return { event: { kind: 'sidecarRead', read: asSidecarRead(current, name) }, wrote: false };
    }
    content ??= contentOf(effect);
    if (content === session().disk) return { event: { kind: 'written', content, revision: effect.revision }, wrote: false };
    // A file touched on every attempt, its content the same each time, is written after its last comparison.
    const unchangedSinceRead = attempt < WRITE_ATTEMPTS - 1 ? async (): Promise<boolean> => sameStamp(await files.stamp(place.sidecarUri), stamp) : undefined;
    try {
      if (await files.writeAtomically(place.sidecarUri, content, unchangedSinceRead)) {
        return { event: { kind: 'written', content, revision: effect.revision }, wrote: true };
      }
    } catch (error) {
      return { event: { kind: 'writeFailed', message: errorMessage(error) }, wrote: false };
    }
    // Touched between the comparison and the replace: compared again, a changed content goes to the merge.
  }
  return { event: undefined, wrote: false };
}
