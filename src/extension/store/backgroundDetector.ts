// What the store asks of a detector running off the extension host's thread (a worker thread in the desktop host; none in the web host).
import type { Attribution, Span } from '../../core/detect/types';
import type { OffsetRange } from '../../core/model/offsetRange';

/** What the detector found in one stretch of whole paragraphs, offsets into the whole text. */
export interface FoundPiece {
  readonly region: OffsetRange;
  readonly found: Attribution[];
}

export interface BackgroundDetector {
  /**
   * Reads `regions` of `text` stretch by stretch (each about `pieceLength` long), handing what it found to `found` in
   * batches, in order, as it goes; resolves once all are handed over, rejects when the thread fails or cannot start.
   */
  detect(text: string, markdown: boolean, regions: readonly OffsetRange[], pieceLength: number, found: (pieces: FoundPiece[]) => void): Promise<void>;
  /** Who each of `sources` stands for over the whole of `text` (see core/resolve), in order; rejects as `detect` does. */
  resolve(text: string, markdown: boolean, sources: readonly Span[], contents: readonly Span[]): Promise<(Span | undefined)[]>;
  dispose(): void;
}
