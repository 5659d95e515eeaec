// Source resolution: which entity each attribution's source stands for, as the fullest mention of it in the text.
import type { Attribution } from '../detect/types';
import { resolveSourceSpans, type ResolveOptions } from './resolve';

export { resolveClaimSources } from './claims';
export { resolveSourceSpans, type ResolveOptions } from './resolve';

/**
 * Sets `source.refersTo` on each attribution whose source stands for an entity named more fully elsewhere in `text`
 * ("he", "Key", "the newspaper"), and removes it from the others. The attributions are updated in place.
 */
export function resolveSources(text: string, attributions: readonly Attribution[], options: ResolveOptions = {}): void {
  const sources = attributions.flatMap((a) => (a.source ? [a.source] : []));
  const resolved = resolveSourceSpans(text, sources, { contents: attributions.map((a) => a.content), ...options });
  sources.forEach((source, i) => {
    const refersTo = resolved[i];
    if (refersTo) source.refersTo = refersTo;
    else delete source.refersTo;
  });
}
