// The messages between the desktop extension host and its detection worker thread, and the worker's side of them (no Node imports: tested in plain Node, bundled into the worker).
import { detectAttributions } from '../core/detect';
import { maskMarkdown } from '../core/detect/markdown';
import type { Span } from '../core/detect/types';
import type { OffsetRange } from '../core/model/offsetRange';
import { resolveSourceSpans } from '../core/resolve';
import { detectRegion, type Detector, paragraphStarts, regionAround } from '../core/session/detectionRegions';
import type { FoundPiece } from '../extension/store/backgroundDetector';

/**
 * Detect the claims of `regions` of `text`, each divided into stretches of whole paragraphs about `pieceLength` long
 * (the host merges them a few at a time); or work out who `sources` stand for over the whole text.
 */
export type DetectionRequest =
  | { readonly id: number; readonly kind: 'detect'; readonly text: string; readonly markdown: boolean; readonly regions: readonly OffsetRange[]; readonly pieceLength: number }
  | { readonly id: number; readonly kind: 'resolve'; readonly text: string; readonly markdown: boolean; readonly sources: readonly Span[]; readonly contents: readonly Span[] };

/**
 * The answer to the request of the same id. Findings travel as JSON text: parsing it is quicker for the host than
 * taking apart a structured clone of ten thousand objects, and it is what a worker posts in one piece.
 */
export type DetectionReply =
  | { readonly id: number; readonly kind: 'detected'; readonly pieces: string }
  | { readonly id: number; readonly kind: 'resolved'; readonly refersTo: string }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/** Stretches of whole paragraphs, each about `pieceLength` long or up to the next paragraph start, that cover `region` in order. */
function piecesOf(starts: readonly number[], region: OffsetRange, pieceLength: number): OffsetRange[] {
  const pieces: OffsetRange[] = [];
  for (let at = region.start; at < region.end; ) {
    const { end } = regionAround(starts, at, Math.min(region.end, at + pieceLength));
    const piece = { start: at, end: Math.min(region.end, Math.max(at + 1, end)) };
    pieces.push(piece);
    at = piece.end;
  }
  return pieces;
}

/** The worker's answer to `request`; `detect` is the detector (a test may pass another). */
export function answerRequest(request: DetectionRequest, detect: Detector = detectAttributions): DetectionReply {
  try {
    if (request.kind === 'detect') {
      const { text, markdown } = request;
      const starts = paragraphStarts(text, markdown);
      const pieces: FoundPiece[] = [];
      for (const region of request.regions) {
        for (const piece of piecesOf(starts, region, request.pieceLength)) pieces.push({ region: piece, found: detectRegion(detect, text, piece, { markdown }) });
      }
      return { id: request.id, kind: 'detected', pieces: JSON.stringify(pieces) };
    }
    const { text, markdown, sources, contents } = request;
    const resolved = resolveSourceSpans(text, sources, { analysed: markdown ? maskMarkdown(text) : text, contents });
    return { id: request.id, kind: 'resolved', refersTo: JSON.stringify(resolved.map((span) => span ?? null)) };
  } catch (error) {
    return { id: request.id, kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** The findings of a `detected` reply. */
export function foundPiecesOf(reply: Extract<DetectionReply, { kind: 'detected' }>): FoundPiece[] {
  return JSON.parse(reply.pieces) as FoundPiece[];
}

/** The spans a `resolved` reply gives the sources, in the order asked (undefined: the source stands for no other mention). */
export function refersToOf(reply: Extract<DetectionReply, { kind: 'resolved' }>): (Span | undefined)[] {
  return (JSON.parse(reply.refersTo) as (Span | null)[]).map((span) => span ?? undefined);
}
