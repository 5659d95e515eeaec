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

/**
 * The sidecar with `source.refersTo` of every placed claim worked out again over the whole of `text` (to which the
 * sidecar is anchored): detection reads long articles a stretch at a time, so only a pass over the whole article knows
 * every name its sources can stand for. Orphans keep theirs. Claims that do not change keep their objects, and a
 * sidecar where nothing changes is returned as it is.
 */
export function resolveClaimSources(sidecar: Sidecar, text: string, markdown = isMarkdownFile(sidecar.document.file)): Sidecar {
  const placed = sidecar.claims.filter((claim): claim is Claim & { source: SourceTextSpan } => claim.source !== null && !claim.orphan);
  if (placed.length === 0) return sidecar;
  const contents = sidecar.claims.flatMap((claim) => (claim.content && !claim.orphan ? [claim.content] : []));
  const resolved = resolveSourceSpans(text, placed.map((claim) => claim.source), { analysed: markdown ? maskMarkdown(text) : text, contents });
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
