// The sidecar file content for an article's annotations, written against a given text: the one way the session writes.
import { anchoredTo } from '../anchor/anchoredTo';
import type { Sidecar } from '../model/types';
import { documentInfo } from '../sidecar/document';
import { serializeSidecar } from '../sidecar/serialize';

/**
 * The file content for `sidecar` written against `text`, recording which text its offsets belong to (`file` is the
 * article's file name). Offsets that do not select their text in `text` are never written: the claims are re-anchored
 * to `text` first.
 */
export function sidecarContent(file: string, sidecar: Sidecar, text: string): string {
  return serializeSidecar({ ...anchoredTo(sidecar, text).sidecar, document: documentInfo(file, text) });
}
