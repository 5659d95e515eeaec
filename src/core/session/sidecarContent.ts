// The sidecar file content for an article's annotations, written against a given text: the one way the session writes.
import { reanchor } from '../anchor/reanchor';
import type { Sidecar } from '../model/types';
import { documentInfo } from '../sidecar/document';
import { serializeSidecar } from '../sidecar/serialize';

/** Whether every placed claim selects its quote in `text`: the condition for writing its offsets against that text. */
export function selectsQuotesIn(sidecar: Sidecar, text: string): boolean {
  return sidecar.claims.every((claim) => claim.orphan || text.slice(claim.target.start, claim.target.end) === claim.target.exact);
}

/**
 * The file content for `sidecar` written against `text`, recording which text its offsets belong to (`file` is the
 * article's file name). Offsets that do not select their quotes in `text` are never written: such claims are
 * re-anchored to `text` first.
 */
export function sidecarContent(file: string, sidecar: Sidecar, text: string): string {
  const anchored = selectsQuotesIn(sidecar, text) ? sidecar : reanchor(sidecar, text);
  return serializeSidecar({ ...anchored, document: documentInfo(file, text) });
}
