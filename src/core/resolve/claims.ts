// Resolves the sources of an article's stored claims against its whole text: what the editor and `annotate` run after detecting.
import { maskMarkdown } from '../detect/markdown';
import type { Claim, Sidecar, SourceTextSpan, TextSpan } from '../model/types';
import { resolveSourceSpans } from './resolve';

function sameSpan(a: TextSpan | undefined, b: TextSpan | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.start === b.start && a.end === b.end && a.text === b.text);
}

/** Whether an article file is read as Markdown, by its name, as the detector is told. */
export function isMarkdownFile(file: string): boolean {
  return /\.(?:md|markdown)$/i.test(file);
}

/** The placed claims with a source, whose sources a resolution works out, and every placed claim's content (what the resolver leaves out of names). */
export interface SourcesToResolve {
  readonly placed: (Claim & { source: SourceTextSpan })[];
  readonly contents: TextSpan[];
}

export function sourcesToResolve(sidecar: Sidecar): SourcesToResolve {
  const placed = sidecar.claims.filter((claim): claim is Claim & { source: SourceTextSpan } => claim.source !== null && !claim.orphan);
  const contents = sidecar.claims.flatMap((claim) => (claim.content && !claim.orphan ? [claim.content] : []));
  return { placed, contents };
}

/**
 * The sidecar with `resolved[i]` as the `source.refersTo` of `placed[i]` (as `sourcesToResolve` gave them for this
 * sidecar). Claims that do not change keep their objects, and a sidecar where nothing changes is returned as it is.
 */
export function withResolvedSources(sidecar: Sidecar, placed: SourcesToResolve['placed'], resolved: readonly (TextSpan | undefined)[]): Sidecar {
  const changed = new Map<string, Claim>();
  placed.forEach((claim, i) => {
    const refersTo = resolved[i];
    if (sameSpan(claim.source.refersTo, refersTo)) return;
    const { start, end, text: sourceText } = claim.source;
    changed.set(claim.id, { ...claim, source: refersTo ? { start, end, text: sourceText, refersTo } : { start, end, text: sourceText } });
  });
  if (changed.size === 0) return sidecar;
  return { ...sidecar, claims: sidecar.claims.map((claim) => changed.get(claim.id) ?? claim) };
}

/**
 * The sidecar with `source.refersTo` of every placed claim worked out again over the whole of `text` (to which the
 * sidecar is anchored): detection reads long articles a stretch at a time, so only a pass over the whole article knows
 * every name its sources can stand for. Orphans keep theirs. Claims that do not change keep their objects, and a
 * sidecar where nothing changes is returned as it is.
 */
export function resolveClaimSources(sidecar: Sidecar, text: string, markdown = isMarkdownFile(sidecar.document.file)): Sidecar {
  const { placed, contents } = sourcesToResolve(sidecar);
  if (placed.length === 0) return sidecar;
  const resolved = resolveSourceSpans(text, placed.map((claim) => claim.source), { analysed: markdown ? maskMarkdown(text) : text, contents });
  return withResolvedSources(sidecar, placed, resolved);
}
