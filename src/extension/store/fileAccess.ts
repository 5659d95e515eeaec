// The file operations the extension performs, as an interface: the Node and web builds implement it over vscode.workspace.fs, tests fake it.
import type * as vscode from 'vscode';

/**
 * What reading a file found. Reads never throw: a file that does not exist is `missing`, one whose bytes are not
 * UTF-8 is `undecodable`, and any other failure (no permission, a folder, a lost connection) is `failed` with a
 * message that names the file.
 */
export type TextRead =
  | { kind: 'missing' }
  /** The UTF-8 text, a BOM dropped as VS Code drops it. */
  | { kind: 'ok'; text: string }
  | { kind: 'undecodable'; message: string }
  | { kind: 'failed'; message: string };

export type FileKind = 'file' | 'folder' | 'missing';

/** What a file looked like: its modification time and size; undefined when there is no file (or it cannot be looked at). */
export type FileStamp = { readonly mtime: number; readonly size: number } | undefined;

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a === undefined || b === undefined ? a === b : a.mtime === b.mtime && a.size === b.size;
}

/**
 * Reads never throw (see `TextRead`); writes, renames and deletes reject with an `Error` whose message names the
 * file, and leave the file as it was when they fail.
 */
export interface FileAccess {
  readText(uri: vscode.Uri): Promise<TextRead>;
  /** `missing` also when the file cannot be looked at. */
  kindOf(uri: vscode.Uri): Promise<FileKind>;
  stamp(uri: vscode.Uri): Promise<FileStamp>;
  /**
   * The file a write to `uri` lands on: where writes follow symbolic links (local files of the desktop build), the
   * link's target, else `uri` itself (VS Code's own rename replaces a link rather than writing through it).
   */
  landing(uri: vscode.Uri): Promise<vscode.Uri>;
  /**
   * Replaces the file's content so that a reader (git, a sync tool, another window) sees the old file or the new one,
   * never half of one. `stillAsRead`, when given, is asked with the new content complete, right before the file is
   * replaced; when it answers false nothing is written and the write resolves false (else true).
   */
  writeAtomically(uri: vscode.Uri, content: string, stillAsRead?: () => Promise<boolean>): Promise<boolean>;
  /** Moves a file; rejects, touching nothing, when `to` exists. */
  rename(from: vscode.Uri, to: vscode.Uri): Promise<void>;
  delete(uri: vscode.Uri): Promise<void>;
}

/**
 * How a finished temporary file replaces its target. VS Code's own rename with overwrite deletes the target first;
 * where the platform has an atomic rename (a local file in the Node extension host) it is used instead.
 */
export type ReplaceFile = (temporary: vscode.Uri, target: vscode.Uri) => Promise<void>;

/** `FileAccess.landing` of a platform. */
export type LandingOf = (uri: vscode.Uri) => Promise<vscode.Uri>;
