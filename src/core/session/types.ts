// The vocabulary of an article session: what it knows, what happens to it (events) and what it asks to be done (effects).
import type { TextEdit } from '../anchor/edits';
import type { TextView } from '../anchor/textView';
import type { Annotations } from './annotations';
import type { Attribution } from '../detect/types';
import type { OffsetRange } from '../model/offsetRange';
import type { MergeConflict } from '../model/merge';
import type { Sidecar, TextSpan } from '../model/types';

/** Whether an article's annotations can be edited. */
export type ArticleStatus =
  | { kind: 'ok' }
  /** The sidecar exists but cannot be read (corrupt, future version…): shown read-only, edits refused, file untouched. */
  | { kind: 'unreadable'; message: string }
  /** The article has no file the sidecar could live beside (untitled, read-only file system): shown, edits refused. */
  | { kind: 'readonly'; message: string };

/** What reading a sidecar file found. */
export type SidecarRead =
  | { kind: 'missing' }
  | { kind: 'ok'; sidecar: Sidecar; raw: string }
  /** The file exists but is not a sidecar this version understands; `raw` is kept to recognise later changes. */
  | { kind: 'unreadable'; message: string; raw: string };

/** The file content a read saw, undefined when there was no file: what the session compares to notice changes. */
export function rawOf(read: SidecarRead): string | undefined {
  return read.kind === 'missing' ? undefined : read.raw;
}

/** What reading the article file found (`TextRead` of the file access, seen from here). */
export type ArticleFileRead =
  | { kind: 'missing' }
  | { kind: 'ok'; text: string }
  /** Bytes in another encoding: the text cannot be compared with the editor's, but it is the saved file. */
  | { kind: 'undecodable'; message: string }
  | { kind: 'failed'; message: string };

/** Claims that changed beyond moving with the text: added, removed, or with other text, parts, state or tags; `all` after a reload. */
export type ChangedClaims = ReadonlySet<string> | 'all';

/**
 * One change of an article's annotations, as editor features need it: the panel, the status bar and the workspace
 * list ignore a change that only moved claims; the highlighter knows VS Code moved its decorations along `edits`.
 */
export interface ClaimsChange {
  /** The edits of the text the claims followed (offsets into the text before them, sorted); empty when the text did not change. */
  readonly edits: readonly TextEdit[];
  readonly changed: ChangedClaims;
  /**
   * Whether every claim's offsets moved through `edits` as an editor moves a range whose edges are closed (text typed
   * at an edge stays outside): what the editor draws at the claims' offsets is already where it belongs.
   */
  readonly rangesFollowEdits: boolean;
}

export const NOTHING_CHANGED: ReadonlySet<string> = new Set();

/** Whether a change only moved claims with the text. */
export function onlyMoved(change: Pick<ClaimsChange, 'changed'>): boolean {
  return change.changed !== 'all' && change.changed.size === 0;
}

/** The one open (or just closed) article's annotations and what the session knows about its sidecar file. */
export interface SessionState {
  /** The article's file name, recorded in the sidecar. */
  readonly file: string;
  /** The sidecar's file name, for messages. */
  readonly sidecarFile: string;
  readonly status: ArticleStatus;
  /** Why no sidecar can be written beside this article at all (untitled, read-only file system); undefined when one can. */
  readonly readonlyReason: string | undefined;
  /** Anchored to the current text: the editor's while the article is open, the saved file's once it closed. */
  readonly annotations: Annotations;
  /** The sidecar file's content as last read or written by the session; undefined while there is no file. */
  readonly disk: string | undefined;
  /**
   * While a sidecar that broke on disk (a merge conflict, a bad hand edit) holds up unsaved annotation edits: the
   * annotations the file held when it was last readable, to merge the kept edits against once it is fixed.
   */
  readonly heldBase: Sidecar | undefined;
  /** Annotation edits made so far; those up to `savedRevision` are in the sidecar file. */
  readonly revision: number;
  readonly savedRevision: number;
  /** Set once the editor closed the article: its remaining edits are being written against the saved file. */
  readonly closed: boolean;
  /** Once closed: the saved file's text, which the annotations are then anchored to. */
  readonly savedText?: string;
}

/** What the reducer is told about the editor with each event. */
export interface SessionEnvironment {
  /** The article's current text: the editor's while it is open. Read in slices; only reloads and writes read all of it. */
  readonly text: TextView;
  /** Whether the editor's text differs from the saved file (VS Code's flag may lag briefly behind; writes check). */
  readonly dirty: boolean;
  /** Whether the detector reads the article when its annotations are (re)loaded (`claimlens.detectOnOpen`). */
  readonly detectOnLoad: boolean;
}

export type SessionEvent =
  /** The text changed: typing, undo, a paste, a replace-all, or VS Code reloading the file (`mayBeReload`). */
  | { kind: 'textChanged'; edits: readonly TextEdit[]; mayBeReload: boolean }
  /** The reader edited the annotations (a command); `change` is applied to the annotations and the current text. */
  | { kind: 'edit'; change: (sidecar: Sidecar, text: string) => Sidecar }
  /** The detector read `region` of the current text (`text`, as it read it) and found these claims, merged as suggestions at time `now`. */
  | { kind: 'detected'; found: readonly Attribution[]; region: OffsetRange; text: TextView; now: string }
  /**
   * The detector has read (part of) the article: who the claims' sources stand for is worked out again over the whole
   * text (`source.refersTo`), which reading one stretch at a time cannot do.
   */
  | { kind: 'resolveSources' }
  /**
   * Who the sources stand for, worked out elsewhere (a worker thread) over the whole text for the annotations `of`:
   * `refersTo[i]` for the i-th placed claim with a source (core/resolve `sourcesToResolve`). Taken only while the
   * annotations are still `of`; else nothing changes, and the resolution is asked for again.
   */
  | { kind: 'sourcesResolved'; of: Annotations; refersTo: readonly (TextSpan | undefined)[] }
  /** The editor saved the article: the current text is now the file's text. */
  | { kind: 'saved' }
  /** The sidecar file may have changed on disk (the watcher, or a check when the editor became active). */
  | { kind: 'sidecarChanged' }
  /** The sidecar as read from disk, after `readSidecar` or instead of a `write` that found the file changed. */
  | { kind: 'sidecarRead'; read: SidecarRead }
  /** A `write` effect put `content` in the file; edits up to `revision` are saved. */
  | { kind: 'written'; content: string; revision: number }
  | { kind: 'writeFailed'; message: string }
  /** The editor closed the article. */
  | { kind: 'closed' }
  /** The saved article file, read after the article closed with edits not yet written. */
  | { kind: 'articleRead'; read: ArticleFileRead }
  /** Annotation edits carried over from the article's old name after a rename. */
  | { kind: 'carriedOver'; sidecar: Sidecar };

/** What the session tells the reader. */
export type SessionMessage =
  | { kind: 'unreadable'; message: string; keptEdits: boolean }
  | { kind: 'readable' }
  | { kind: 'editRefused'; status: Exclude<ArticleStatus, { kind: 'ok' }> }
  | { kind: 'conflicts'; conflicts: readonly MergeConflict[] }
  | { kind: 'writeFailed'; message: string }
  | { kind: 'heldEditsLost' };

export type SessionEffect =
  /** Tell the editor features how the annotations changed. */
  | { kind: 'announce'; change: ClaimsChange }
  /** Read the sidecar and report it with `sidecarRead` — unless its content equals `disk` when read, then nothing changed. */
  | { kind: 'readSidecar' }
  /**
   * Write `sidecar`, anchored to `against`, to the sidecar file (`sidecarContent` gives the content: serializing
   * thousands of claims is left to whoever performs the write, after the change was announced). Performed in order
   * with the other file effects, and only while the session's status is ok. The article file is read first and
   * nothing is written unless it holds `against`, the text the offsets belong to (a file in another encoding cannot be
   * compared and counts as holding it). Right before writing, the sidecar is read: if it differs from the session's
   * `disk` at that moment, it is reported with `sidecarRead` instead of being overwritten. Reports `written` (with the
   * content written) or `writeFailed`.
   */
  | WriteEffect
  /** Read the saved article file and report it with `articleRead` (after the article closed with edits not yet written). */
  | { kind: 'readArticle' }
  /** The closed article's file is gone, probably renamed: keep its edits for the article under its new name. */
  | { kind: 'carry' }
  /** The session is over: forget it. */
  | { kind: 'end' }
  | { kind: 'tell'; message: SessionMessage }
  /** Start reading the article with the detector afresh, or stop reading it. */
  | { kind: 'detection'; run: boolean };

export interface WriteEffect {
  readonly kind: 'write';
  /** The article's file name, recorded in the sidecar. */
  readonly file: string;
  readonly sidecar: Sidecar;
  readonly against: string;
  readonly revision: number;
}

export interface SessionStep {
  readonly state: SessionState;
  readonly effects: readonly SessionEffect[];
}
