// Node only: reads a text file the one strict way the CLI's commands share — regular files only, strict UTF-8, a clear reason for each refusal.
import { constants as bufferConstants } from 'node:buffer';
import { constants as fsConstants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** The longest text Node can hold in one string; a UTF-8 file with more bytes than this may not fit. */
export const MAX_TEXT_BYTES = bufferConstants.MAX_STRING_LENGTH;

/** A file that exists but cannot be used as text; the message is one line naming the file and the reason. */
export class UnreadableFileError extends Error {}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MB`;
}

function reasonOf(err: unknown): string {
  const code = err instanceof Error && 'code' in err ? err.code : undefined;
  switch (code) {
    case 'EISDIR': return 'is a folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'is a symbolic link that leads in a circle';
    default: return err instanceof Error ? err.message : String(err);
  }
}

/** What kind of special file `stats` describes, in words, or null for a regular file. */
function specialKind(stats: { isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Opens `file` for reading without blocking and checks it is a regular file; undefined when it does not exist. */
async function openRegularFile(file: string): Promise<{ handle: FileHandle; size: number } | undefined> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer; the kind of file is checked before any read.
    handle = await open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') return undefined;
    throw new UnreadableFileError(`cannot read ${file}: ${reasonOf(err)}`);
  }
  try {
    const stats = await handle.stat();
    const special = specialKind(stats);
    if (special !== null) throw new UnreadableFileError(`cannot read ${file}: it is ${special}, not a text file`);
    return { handle, size: stats.size };
  } catch (err) {
    await handle.close();
    throw err instanceof UnreadableFileError ? err : new UnreadableFileError(`cannot read ${file}: ${reasonOf(err)}`);
  }
}

/**
 * The UTF-8 text of `file` (BOM kept: callers decide), or undefined when there is no such file. Throws an
 * UnreadableFileError for a folder, a pipe, a device or a socket (opened without blocking and refused, so a FIFO never
 * hangs the command), a file larger than `maxBytes`, bytes that are not UTF-8, or any other read error.
 */
export async function readTextFile(file: string, maxBytes: number = MAX_TEXT_BYTES): Promise<string | undefined> {
  const opened = await openRegularFile(file);
  if (opened === undefined) return undefined;
  const { handle, size } = opened;
  try {
    if (size > maxBytes) {
      throw new UnreadableFileError(`cannot read ${file}: it is too large (${megabytes(size)}; ClaimLens reads text files up to ${megabytes(maxBytes)})`);
    }
    const bytes = await handle.readFile();
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch (err) {
      if (err instanceof TypeError) throw new UnreadableFileError(`cannot read ${file}: not valid UTF-8 text`);
      throw new UnreadableFileError(`cannot read ${file}: it is too large to hold as text (${megabytes(bytes.length)})`);
    }
  } catch (err) {
    if (err instanceof UnreadableFileError) throw err;
    throw new UnreadableFileError(`cannot read ${file}: ${reasonOf(err)}`);
  } finally {
    await handle.close();
  }
}

/** The first `length` bytes of a regular file as text (a character cut at the end is dropped), undefined when missing. */
export async function readTextStart(file: string, length: number): Promise<string | undefined> {
  const opened = await openRegularFile(file);
  if (opened === undefined) return undefined;
  try {
    const { buffer, bytesRead } = await opened.handle.read(Buffer.alloc(length), 0, length, 0);
    return new TextDecoder('utf-8').decode(buffer.subarray(0, bytesRead)).replace(/\uFFFD$/, '');
  } finally {
    await opened.handle.close();
  }
}
