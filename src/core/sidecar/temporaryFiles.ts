// Names of the temporary files atomic writes leave beside their target, and when one left by a killed write may be removed.

/**
 * Longest part of the target's name kept in a temporary file's name: with the dot, the writer's token and `.tmp`
 * the name stays within the 255 bytes most file systems allow, even for an article with a very long name.
 */
const KEPT_NAME_LENGTH = 180;

/** A temporary file this old belongs to a write that will never finish: no write of ClaimLens takes an hour. */
export const ABANDONED_AFTER_MS = 60 * 60 * 1000;

function namePrefix(targetName: string): string {
  return `.${targetName.slice(0, KEPT_NAME_LENGTH)}.`;
}

/**
 * `.article.txt.claims.json.<token>.tmp`: hidden, beside the target (so the final rename stays on one file system), and
 * not ending in `.claims.json`, so watchers and folder scans never take it for a sidecar. The CLI's token is
 * `<pid>.<random hex>`, which tells a later run whether the writer is still alive.
 */
export function temporaryFileName(targetName: string, token: string): string {
  return `${namePrefix(targetName)}${token}.tmp`;
}

/** The writer's token when `fileName` is a temporary file of a write to `targetName`, else null. */
export function temporaryToken(fileName: string, targetName: string): string | null {
  const prefix = namePrefix(targetName);
  if (!fileName.startsWith(prefix) || !fileName.endsWith('.tmp')) return null;
  const token = fileName.slice(prefix.length, -'.tmp'.length);
  return /^[0-9a-z]+(\.[0-9a-z]+)?$/.test(token) ? token : null;
}

/** The process id in a CLI writer's token, or null for tokens of other writers (the editor's carry no pid). */
export function writerPid(token: string): number | null {
  const match = /^(\d+)\.[0-9a-f]+$/.exec(token);
  return match ? Number(match[1]) : null;
}

/**
 * Whether a temporary file can be removed without harming a write in progress: its writer's process is gone (when
 * its token names one), or it is older than any write takes. `isRunning` answers for process ids on this machine.
 */
export function isAbandonedTemporary(token: string, ageMs: number, isRunning: (pid: number) => boolean): boolean {
  if (ageMs > ABANDONED_AFTER_MS) return true;
  const pid = writerPid(token);
  return pid !== null && !isRunning(pid);
}
