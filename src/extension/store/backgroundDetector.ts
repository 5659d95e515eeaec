// What the store asks of a detector running off the extension host's thread (a worker thread in the desktop host; none in the web host).
import type { Attribution, Span } from '../../core/detect/types';
import type { OffsetRange } from '../../core/model/offsetRange';

/** What the detector found in one stretch of whole paragraphs, offsets into the whole text. */
export interface FoundPiece {
  readonly region: OffsetRange;
  readonly found: Attribution[];
}

/** How a warm-up went: readings of the built-in text, and the time they took in the thread. */
export interface WarmUp {
  readonly readings: number;
  readonly ms: number;
}

/** How a pre-read of a file went: `read` characters of its `length` detected in `ms` (`length` -1: not read, see `preRead`). */
export interface PreReadDone {
  readonly length: number;
  readonly read: number;
  readonly ms: number;
}

export interface BackgroundDetector {
  /**
   * Reads `regions` of `text` stretch by stretch (each about `pieceLength` long), handing what it found to `found` in
   * batches, in order, as it goes; resolves once all are handed over, with how many characters of them a pre-read had
   * read already (undefined when there was no pre-read to ask); rejects when the thread fails or cannot start.
   */
  detect(text: string, markdown: boolean, regions: readonly OffsetRange[], pieceLength: number, found: (pieces: FoundPiece[]) => void): Promise<number | undefined>;
  /**
   * Reads the file at the local path `file` from disk and starts detecting it (`markdown`, in pieces about `pieceLength`
   * long) before its document reaches the extension host; the next `detect` of exactly that text (compared in full in the
   * thread) takes what it found. Resolves once the pre-read ends (done, or stopped by a detect request); `length` is -1
   * when the file could not be read as UTF-8 text. Rejects as `detect` does.
   */
  preRead(file: string, markdown: boolean, pieceLength: number): Promise<PreReadDone>;
  /** Who each of `sources` stands for over the whole of `text` (see core/resolve), in order; rejects as `detect` does. */
  resolve(text: string, markdown: boolean, sources: readonly Span[], contents: readonly Span[]): Promise<(Span | undefined)[]>;
  /**
   * Starts the thread now, if it is not running yet, and has it read a short built-in text a few times, so that the
   * first article is read at full speed (V8 compiles what runs often); a real request ends the warm-up early. Resolves
   * with how the warm-up went, or undefined when the thread was running already; rejects as `detect` does.
   */
  warmUp(): Promise<WarmUp | undefined>;
  /** Keeps the thread (and what V8 compiled in it) while `needed` says so, e.g. while articles are open; else it stops after a while idle. */
  keepAliveWhile(needed: () => boolean): void;
  dispose(): void;
}
