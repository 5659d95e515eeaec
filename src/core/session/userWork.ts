// Decides whether an article's annotations contain anything the user made, which is what earns it a sidecar file.
import { isUntouchedSuggestion } from '../model/annotations';
import type { Annotations } from './annotations';

/**
 * Pure detector suggestions can be recomputed at any time, so they alone never create a sidecar file;
 * one claim the user touched (confirmed, rejected, made by hand, tagged, rated, noted) or a source the
 * user defined does.
 */
export function hasUserWork(annotations: Pick<Annotations, 'header' | 'claims'>): boolean {
  return annotations.header.sources.length > 0 || annotations.claims.fact(USER_WORK, (claims) => [...claims].some((claim) => !isUntouchedSuggestion(claim)));
}

const USER_WORK = {};
