// Node only (the CLI and the desktop extension host): writing a file so that readers see the old content or the new, never half — temporary file beside it, then rename.
import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, readFile, readlink, realpath, rename, unlink, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import type { DiskContent } from '../core/sidecar/writeCheck';
import { SIDECAR_SUFFIX } from '../core/sidecar/document';
import { isAbandonedTemporary, temporaryFileName, temporaryHoldsNoNewWork, temporaryToken } from '../core/sidecar/temporaryFiles';
import { readTextFile, UnreadableFileError } from './textFiles';

export interface AtomicWriteOptions {
  /**
   * The content the file must still have right before it is replaced (`undefined`: there must be no file). When it
   * has anything else, nothing is written and the result says what is there, so the caller can merge or refuse.
   */
  expect?: { content: string | undefined };
}

export type AtomicWrite = { written: true } | { written: false; current: DiskContent };

/** A write error in words that name the file the user asked for, never only the temporary file. */
function writeError(file: string, err: unknown): Error {
  const code = err instanceof Error && 'code' in err ? err.code : undefined;
  const reason =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? `permission denied (is the folder ${path.dirname(path.resolve(file))} read-only?)`
      : code === 'ENOSPC'
        ? 'no space left on the device'
        : code === 'ENOENT'
          ? `the folder ${path.dirname(path.resolve(file))} does not exist`
          : code === 'ENAMETOOLONG'
            ? 'the file name is too long'
            : err instanceof Error ? err.message : String(err);
  return new Error(`cannot write ${file}: ${reason}`);
}

/** Where the bytes of `file` live: a symbolic link is followed, so the link itself stays a link. */
async function realTarget(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    // A link to a file not written yet points where the file should go.
    const link = await readlink(file).catch(() => null);
    return link === null ? file : path.resolve(path.dirname(file), link);
  }
}

/**
 * The absolute path a write to `file` lands on, to compare with other files: links followed (a link to a file not
 * written yet leads where that file would be, as `writeFileAtomically` writes it), and links among the folders too.
 */
export async function landingPath(file: string): Promise<string> {
  const target = path.resolve(await realTarget(file));
  try {
    return await realpath(target);
  } catch {
    const folder = await realpath(path.dirname(target)).catch(() => path.dirname(target));
    return path.join(folder, path.basename(target));
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return err instanceof Error && 'code' in err && err.code === 'EPERM';
  }
}

/** The text of a file for comparing, undefined when there is none; null when it cannot be read as text. */
async function textForComparing(file: string): Promise<string | undefined | null> {
  try {
    return await readTextFile(file);
  } catch {
    return null;
  }
}

/**
 * Removes temporary files that killed or failed writes to `file` left behind; never one a live write may still rename,
 * nor one that holds work `file` lacks (`temporaryHoldsNoNewWork`). Returns those kept, for the caller to report.
 * `dryRun` removes nothing and still tells which would be kept.
 */
export async function removeAbandonedTemporaries(file: string, dryRun = false): Promise<string[]> {
  const folder = path.dirname(file);
  const name = path.basename(file);
  const entries = await readdir(folder).catch(() => [] as string[]);
  const kept: string[] = [];
  for (const entry of entries) {
    const token = temporaryToken(entry, name);
    if (token === null) continue;
    const full = path.join(folder, entry);
    const info = await lstat(full).catch(() => null);
    if (info === null || !info.isFile()) continue;
    if (!isAbandonedTemporary(token, Date.now() - info.mtimeMs, isRunning)) continue;
    if (name.endsWith(SIDECAR_SUFFIX)) {
      // A write killed halfway may have cut a character in two: not UTF-8, which only makes it more surely half a write.
      const temporary = await readFile(full, 'utf8').catch(() => null);
      if (temporary === null) continue;
      const target = await textForComparing(file);
      if (target === null || !temporaryHoldsNoNewWork(temporary, target)) {
        kept.push(full);
        continue;
      }
    }
    if (!dryRun) await unlink(full).catch(() => undefined);
  }
  return kept;
}

async function currentContent(file: string): Promise<DiskContent> {
  try {
    return await readTextFile(file);
  } catch (err) {
    return { unreadable: err instanceof UnreadableFileError ? err.message.replace(/^cannot read .*?: /, '') : String(err) };
  }
}

/** Gives the temporary file the permissions (and, where allowed, the owner) of the file it is about to replace. */
async function takeOverPermissions(handle: FileHandle, target: string): Promise<void> {
  const existing = await lstat(target).catch(() => null);
  if (existing === null || !existing.isFile()) return;
  await handle.chmod(existing.mode & 0o7777);
  if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) {
    await handle.chown(existing.uid, existing.gid).catch(() => undefined);
  }
}

/**
 * Puts a finished temporary file (written by someone else, e.g. VS Code's file system API) in place of `file` with the
 * same care as `writeFileAtomically`: the replaced file's permissions kept, a symbolic link written through rather than
 * replaced, abandoned temporary files removed, and one rename(2). When the link leads to another folder, the content
 * is written there atomically instead, since a rename may not cross file systems.
 */
export async function replaceWithTemporary(temporary: string, file: string): Promise<void> {
  const target = await realTarget(file);
  await removeAbandonedTemporaries(file);
  try {
    if (path.dirname(target) !== path.dirname(path.resolve(temporary))) {
      await writeFileAtomically(target, await readFile(temporary, 'utf8'));
      await unlink(temporary);
      return;
    }
    const handle = await open(temporary, 'r+');
    try {
      await takeOverPermissions(handle, target);
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (err) {
    throw err instanceof Error && err.message.startsWith('cannot write ') ? err : writeError(file, err);
  }
}

/**
 * Writes `content` (UTF-8; a string, or pieces written one after another) to `file` atomically. The temporary file sits in the same folder so the rename never
 * crosses file systems; it takes the permissions (and, where allowed, the owner) of the file it replaces, and a
 * symbolic link is written through, not replaced. Temporary files of earlier killed writes are removed first.
 * Errors name `file`.
 */
/** Batches of about a megabyte: few system calls, and never the whole of a huge content in memory at once. */
const BATCH_UNITS = 1 << 20;

async function writeContent(handle: FileHandle, content: string | Iterable<string>): Promise<void> {
  if (typeof content === 'string') {
    await handle.writeFile(content, 'utf8');
    return;
  }
  let batch: string[] = [];
  let size = 0;
  for (const chunk of content) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= BATCH_UNITS) {
      await handle.write(batch.join(''), null, 'utf8');
      batch = [];
      size = 0;
    }
  }
  if (size > 0) await handle.write(batch.join(''), null, 'utf8');
}

export async function writeFileAtomically(file: string, content: string | Iterable<string>, options: AtomicWriteOptions = {}): Promise<AtomicWrite> {
  const target = await realTarget(file);
  await removeAbandonedTemporaries(target);
  const token = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const temporary = path.join(path.dirname(target), temporaryFileName(path.basename(target), token));
  try {
    const handle = await open(temporary, 'wx');
    try {
      await writeContent(handle, content);
      await takeOverPermissions(handle, target);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.expect !== undefined) {
      // Checked as late as possible, with the new content ready, so the window for a lost update is a rename long.
      const current = await currentContent(target);
      if (current !== options.expect.content) {
        await unlink(temporary).catch(() => undefined);
        return { written: false, current };
      }
    }
    await rename(temporary, target);
    return { written: true };
  } catch (err) {
    await unlink(temporary).catch(() => undefined);
    throw writeError(file, err);
  }
}
