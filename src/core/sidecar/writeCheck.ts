// The check every sidecar write makes (CLI and editor alike): is the file still what the writer last read? If not, merge or refuse — never overwrite unseen.
import type { Sidecar } from '../model/types';
import { parseSidecar } from './validate';

/**
 * What a writer finds on disk just before it writes, compared with the content it last read or wrote there
 * (`undefined` standing for "no file"):
 * - `unchanged`: nobody else wrote it; the write may go ahead;
 * - `changed`: someone else wrote a sidecar this version reads: merge with it (three-way, from what was read), then
 *   check again;
 * - `deleted`: someone removed it (git checkout, a colleague): merge against nothing — a deletion never wins over work;
 * - `unreadable`: someone else left a file this version cannot read (conflict markers, a newer format, bad bytes):
 *   refuse, and leave it as it is.
 */
export type WriteCheck =
  | { kind: 'unchanged' }
  | { kind: 'changed'; sidecar: Sidecar }
  | { kind: 'deleted' }
  | { kind: 'unreadable'; error: string };

/**
 * What is on disk where a sidecar goes: its text, `undefined` when there is no file, or why a file that is there cannot
 * be read as text (not UTF-8, too large…) — which is never what a writer saw.
 */
export type DiskContent = string | undefined | { unreadable: string };

/**
 * Compares the sidecar content the writer last saw (`seen`) with what is on disk now (`current`); `label` names the
 * file in messages. Contents are compared whole (a stronger check than a hash or the modification time, which can
 * stay the same across two writes within its resolution).
 */
export function checkBeforeWrite(seen: string | undefined, current: DiskContent, label: string): WriteCheck {
  if (current === seen) return { kind: 'unchanged' };
  if (current === undefined) return { kind: 'deleted' };
  if (typeof current === 'object') return { kind: 'unreadable', error: `${label}: ${current.unreadable}` };
  const parsed = parseSidecar(current, label);
  return parsed.ok ? { kind: 'changed', sidecar: parsed.sidecar } : { kind: 'unreadable', error: parsed.error };
}
