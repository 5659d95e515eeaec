// Specification of how a sidecar follows its renamed article when its old file is written to during the move, through a fake file access.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { emptySidecar } from '../../../../src/core/model/annotations';
import { parseSidecar, serializeSidecar } from '../../../../src/core/sidecar';
import type { FileAccess, FileStamp, TextRead } from '../../../../src/extension/store/fileAccess';
import { moveSidecar } from '../../../../src/extension/store/sidecarMove';

/** A stand-in URI: the move reads its path and derives the sidecar's with `with`. */
function fakeUri(path: string): vscode.Uri {
  return { path, with: ({ path: next }: { path: string }) => fakeUri(next), toString: () => path } as unknown as vscode.Uri;
}

const OLD_SIDECAR = '/news/article.txt.claims.json';
const NEW_SIDECAR = '/news/renamed.txt.claims.json';
const MINE = serializeSidecar(emptySidecar('article.txt', 'The agency reported that it rained.'));

/** Files in memory; each write moves the file's modification time on, as a disk would. */
class MemoryFiles implements FileAccess {
  readonly content = new Map<string, string>();
  private readonly mtimes = new Map<string, number>();
  private clock = 0;
  /** Runs once, between the new sidecar being written and the old one being looked at again. */
  afterWrite: (() => void) | undefined;

  put(path: string, text: string, mtime = ++this.clock): void {
    this.content.set(path, text);
    this.mtimes.set(path, mtime);
  }

  async readText(uri: vscode.Uri): Promise<TextRead> {
    const text = this.content.get(uri.path);
    return text === undefined ? { kind: 'missing' } : { kind: 'ok', text };
  }
  async kindOf(uri: vscode.Uri): Promise<'file' | 'missing'> {
    return this.content.has(uri.path) ? 'file' : 'missing';
  }
  async stamp(uri: vscode.Uri): Promise<FileStamp> {
    const text = this.content.get(uri.path);
    return text === undefined ? undefined : { mtime: this.mtimes.get(uri.path) ?? 0, size: text.length };
  }
  async landing(uri: vscode.Uri): Promise<vscode.Uri> {
    return uri;
  }
  async writeAtomically(uri: vscode.Uri, content: string, stillAsRead?: () => Promise<boolean>): Promise<boolean> {
    if (stillAsRead && !(await stillAsRead())) return false;
    this.put(uri.path, content);
    const then = this.afterWrite;
    this.afterWrite = undefined;
    then?.();
    return true;
  }
  async rename(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    const text = this.content.get(from.path);
    if (text === undefined || this.content.has(to.path)) throw new Error(`cannot rename ${from.path}`);
    this.put(to.path, text, this.mtimes.get(from.path));
    this.content.delete(from.path);
  }
  async delete(uri: vscode.Uri): Promise<void> {
    this.content.delete(uri.path);
  }
}

function renameArticle(files: MemoryFiles) {
  return moveSidecar(files, fakeUri('/news/article.txt'), fakeUri('/news/renamed.txt'));
}

describe('a sidecar moving with its renamed article', () => {
  it('moves the sidecar and records the new file name when nothing else writes to it', async () => {
    const files = new MemoryFiles();
    files.put(OLD_SIDECAR, MINE);
    const move = await renameArticle(files);
    assert.equal(move.kind, 'moved');
    assert.equal(files.content.has(OLD_SIDECAR), false);
    const moved = parseSidecar(files.content.get(NEW_SIDECAR) ?? '', 'renamed.txt.claims.json');
    assert.equal(moved.ok && moved.sidecar.document.file, 'renamed.txt');
  });

  it('keeps the old sidecar, and reports both files, when another program writes to it after it was copied', async () => {
    const files = new MemoryFiles();
    files.put(OLD_SIDECAR, MINE);
    const theirs = serializeSidecar(emptySidecar('article.txt', 'The agency reported that it snowed.'));
    files.afterWrite = () => files.put(OLD_SIDECAR, theirs);
    const move = await renameArticle(files);
    assert.equal(move.kind, 'copied');
    assert.equal(files.content.get(OLD_SIDECAR), theirs);
    assert.equal(files.content.has(NEW_SIDECAR), true);
  });

  it('deletes the old sidecar when it was only touched, its content still what was copied', async () => {
    const files = new MemoryFiles();
    files.put(OLD_SIDECAR, MINE);
    files.afterWrite = () => files.put(OLD_SIDECAR, MINE);
    const move = await renameArticle(files);
    assert.equal(move.kind, 'moved');
    assert.equal(files.content.has(OLD_SIDECAR), false);
  });

  it('keeps the old sidecar when it was deleted and written again with other content after it was copied', async () => {
    const files = new MemoryFiles();
    files.put(OLD_SIDECAR, MINE);
    files.afterWrite = () => files.put(OLD_SIDECAR, `${MINE}\n`);
    assert.equal((await renameArticle(files)).kind, 'copied');
    assert.equal(files.content.get(OLD_SIDECAR), `${MINE}\n`);
  });
});
