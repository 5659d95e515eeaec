// The sidecar file content for an article's annotations, written against a given text: the one way the session writes.
import { anchoredTo } from '../anchor/anchoredTo';
import type { Sidecar } from '../model/types';
import type { WriteEffect } from './types';
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

/** The content a `write` effect puts in the sidecar file. */
export function contentOf(write: WriteEffect): string {
  return sidecarContent(write.file, write.sidecar, write.against);
}
