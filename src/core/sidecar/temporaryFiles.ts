// Names of the temporary files atomic writes leave beside their target, and when one left by a killed or failed write may be removed.
import { isUntouchedSuggestion } from '../model/annotations';
import type { Claim, Sidecar } from '../model/types';
import { parseSidecar } from './validate';

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

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** What the reader did to a claim: the fields an untouched suggestion has empty, and its quote (a claim marked by hand). */
function readersWork(claim: Claim): string {
  const { state, origin, sourceId, credibility, note, tags, kind, kindOrigin, target } = claim;
  return JSON.stringify([state, origin, sourceId, credibility, note, tags, kindOrigin === 'manual' ? kind : null, origin === 'detected' ? null : target.exact]);
}

/**
 * Whether `sidecar` holds all the reader's work in `earlier`: every claim the reader touched with that same work, every
 * source as it was. Timestamps decide nothing (clocks differ between machines, and a run that re-detects may touch
 * them); untouched suggestions are the detector's, made again on the next run.
 */
function holdsAllWorkOf(sidecar: Sidecar, earlier: Sidecar): boolean {
  const claims = new Map(sidecar.claims.map((c) => [c.id, c]));
  const sources = new Map(sidecar.sources.map((s) => [s.id, s]));
  return (
    earlier.claims.every((c) => {
      if (isUntouchedSuggestion(c)) return true;
      const kept = claims.get(c.id);
      return kept !== undefined && readersWork(kept) === readersWork(c);
    }) && earlier.sources.every((s) => JSON.stringify(sources.get(s.id)) === JSON.stringify(s))
  );
}

/**
 * Whether removing an abandoned temporary file of a sidecar loses no work: `temporary` is its content, `sidecar` the
 * sidecar's (undefined: there is none). Only when it holds nothing the sidecar lacks: the same content, half a write
 * (not JSON) beside a valid sidecar, or a complete sidecar whose claims and sources the sidecar holds with the same
 * work. A replace that failed after deleting the sidecar (VS Code's rename on a web or remote host) leaves the
 * reader's newest work only there, and a sidecar written later by a run that never saw it need not hold that work.
 * (Temporary files of other files ClaimLens writes, its exports, hold nothing that cannot be made again.)
 */
export function temporaryHoldsNoNewWork(temporary: string, sidecar: string | undefined): boolean {
  if (sidecar === undefined) return false;
  if (temporary === sidecar) return true;
  const current = parseSidecar(sidecar, 'sidecar');
  if (!current.ok) return false;
  if (!isJson(temporary)) return true;
  const kept = parseSidecar(temporary, 'temporary file');
  return kept.ok && holdsAllWorkOf(current.sidecar, kept.sidecar);
}
