// Decides whether an article's annotations contain anything the user made, which is what earns it a sidecar file.
import { isUntouchedSuggestion } from '../model/annotations';
import type { Sidecar } from '../model/types';

/**
 * Pure detector suggestions can be recomputed at any time, so they alone never create a sidecar file;
 * one claim the user touched (confirmed, rejected, made by hand, tagged, rated, noted) or a source the
 * user defined does.
 */
export function hasUserWork(sidecar: Sidecar): boolean {
  return sidecar.sources.length > 0 || sidecar.claims.some((claim) => !isUntouchedSuggestion(claim));
}
