// Runs the detector over one open article a stretch at a time: the part on screen at once, the rest in short background steps (or in a worker thread, where there is one), and after edits only the paragraphs that changed.
import type { OffsetRange } from '../../core/model/offsetRange';
import type { TextEdit } from '../../core/anchor';
import type { Attribution, DetectOptions } from '../../core/detect/types';
import { readsAsInterview } from '../../core/detect';
import type { TextView } from '../../core/anchor/textView';
import { detectRegion, type Detector, paragraphsAround, paragraphStarts, regionAround } from '../../core/session/detectionRegions';
import { RegionSet } from '../../core/session/regionSet';
import type { BackgroundDetector, FoundPiece } from './backgroundDetector';

/** What the detector reads at once: whole paragraphs from here on, a few milliseconds of reading. */
export const PIECE_LENGTH = 8_000;
/**
 * A background step reads pieces until this much time has passed, merges what it found, and gives the extension host
 * back: a keystroke arriving meanwhile waits for the rest of one step (the reading, one piece, and the merge).
 */
const STEP_BUDGET_MS = 12;
/**
 * While the background reading goes on, progress is announced at most this often at first, and half as often each time
 * after: every announcement repaints every highlight of the article, which costs more the more claims it has.
 */
const PROGRESS_INTERVAL_MS = 1_000;

/** The document being read, as the store gives it. */
export interface ReadDocument {
  /** The document's text now, as one string (a copy). */
  text(): string;
  /** The document's text now, read in slices. */
  view(): TextView;
  /** Changes with every edit of the document. */
  version(): number;
  readonly markdown: boolean;
}

/** Where what the detector finds goes: the article's session. */
export interface DetectionSink {
  /** False once the article was closed or reloaded: reading stops. */
  isCurrent(): boolean;
  /** Merges what the detector found in `region` of `text` into the article's claims. */
  merge(found: Attribution[], text: TextView, region: OffsetRange): void;
  /** Tells the editor features that the claims changed. */
  announce(): void;
}

/** How a reading of the whole article went, for the log. */
export interface ReadingSummary {
  readonly length: number;
  readonly steps: number;
  /** When the reading started, on the reading's clock (`performance.now()` of the extension host). */
  readonly startedAt: number;
  /** From the start of the reading to the last merge. */
  readonly elapsedMs: number;
  /** Time spent reading and merging, the rest being the extension host's other work. */
  readonly busyMs: number;
  /** The longest the reading held the extension host at once: what a keystroke may have waited. */
  readonly longestStepMs: number;
  /** Progress announcements (repaints) before the last. */
  readonly progressAnnouncements: number;
  /** Of `length`, what the background detector read (the rest was read on the extension host). */
  readonly readInBackground: number;
  /** Of `readInBackground`, what the worker had read from the file on disk before the document arrived (a pre-read). */
  readonly readAhead: number;
}

/** What a step found, not yet merged: read ahead while the article's session did not exist yet. */
interface Held {
  readonly found: Attribution[];
  readonly text: string;
  readonly region: OffsetRange;
}

/** Runs `task` on a later turn of the event loop, after the messages and timers that are due. */
const nextTurn: (task: () => void) => void =
  typeof setImmediate === 'function' ? (task) => void setImmediate(task) : (task) => void setTimeout(task, 0);

function lengthOf(regions: readonly OffsetRange[]): number {
  return regions.reduce((sum, region) => sum + region.end - region.start, 0);
}

/** One reading of the whole article: its pace, its steps and its progress announcements. */
class ReadingProgress {
  read = 0;
  readInBackground = 0;
  readAhead = 0;
  steps = 0;
  busyMs = 0;
  longestStepMs = 0;
  /** Undefined until the first stretch is announced. */
  lastAnnounced: number | undefined;
  private interval = PROGRESS_INTERVAL_MS;
  private announcements = 0;

  constructor(
    private readonly length: number,
    private readonly started: number,
  ) {}

  stepTook(ms: number): void {
    this.steps++;
    this.busyMs += ms;
    this.longestStepMs = Math.max(this.longestStepMs, ms);
  }

  /** Whether to announce progress at `at` with `rest` units still to read: the interval has passed and, at the pace so far, the rest takes a while yet. */
  progressDue(at: number, rest: number): boolean {
    if (this.lastAnnounced === undefined) return true;
    if (at - this.lastAnnounced < this.interval) return false;
    const pace = this.read / Math.max(1, at - this.started);
    if (rest < (pace * this.interval) / 2) return false;
    this.announcements++;
    this.interval *= 2;
    return true;
  }

  summary(at: number): ReadingSummary {
    const { length, steps, busyMs, longestStepMs, readInBackground, readAhead } = this;
    return { length, steps, startedAt: this.started, elapsedMs: at - this.started, busyMs, longestStepMs, progressAnnouncements: this.announcements, readInBackground, readAhead };
  }
}

export class ProgressiveDetection {
  /** Never read since the article was opened or reloaded. */
  private readonly unread = new RegionSet();
  /** Edited since the detector last read them. */
  private readonly changed = new RegionSet();
  private held: Held[] = [];
  /** The document version the offsets of `unread`, `changed` and `held` belong to; undefined before a reading starts. */
  private version: number | undefined;
  private sink: DetectionSink | undefined;
  /** Read first when the next step starts: the part on screen. */
  private focus: OffsetRange | undefined;
  /** Bumped by `cancel`, so that a step already scheduled does nothing. */
  private generation = 0;
  private scheduled = false;
  private pause: ReturnType<typeof setTimeout> | undefined;
  /** The text and its paragraph starts for one document version: each background step would otherwise copy and scan the whole article again. */
  private reading: { version: number; text: string; starts: number[] } | undefined;
  /**
   * Whether the article read whole last reads as an interview (`readsAsInterview`): every stretch is read with it, so
   * that re-reading one edited paragraph finds what reading the whole article finds. Judged again with each whole text.
   */
  private interview: boolean | undefined;
  /** The reading of the whole article under way; undefined once it is done. */
  private progress: ReadingProgress | undefined;

  /** Reads the unread text off the extension host's thread; dropped for this article once it fails. */
  private background: BackgroundDetector | undefined;
  /** The generation of the reading whose unread text the background detector is reading now. */
  private awaiting: number | undefined;

  private readonly onRead: ((summary: ReadingSummary) => void) | undefined;
  private readonly onBackgroundFailure: ((reason: string) => void) | undefined;
  private readonly mergeAhead: DetectionSink['merge'] | undefined;
  private readonly now: () => number;

  /**
   * Without `sink`, the reading goes ahead and keeps what it finds until one is attached; `mergeAhead` also merges it
   * at once into annotations the session may take over (those of an article without a sidecar). With `background`,
   * a reading of the whole article reads the part on screen on the extension host and hands the rest to it, merging
   * what it answers in short steps; if it fails, `onBackgroundFailure` is told and the steps read instead. `clock` is
   * for tests.
   */
  constructor(
    private readonly detect: Detector,
    private readonly document: ReadDocument,
    sink?: DetectionSink,
    options: {
      onRead?: (summary: ReadingSummary) => void;
      mergeAhead?: DetectionSink['merge'];
      background?: BackgroundDetector;
      onBackgroundFailure?: (reason: string) => void;
      clock?: () => number;
    } = {},
  ) {
    this.sink = sink;
    this.onRead = options.onRead;
    this.mergeAhead = options.mergeAhead;
    this.background = options.background;
    this.onBackgroundFailure = options.onBackgroundFailure;
    this.now = options.clock ?? (() => performance.now());
  }

  /** Whether what was read ahead belongs to the document's text now (what `mergeAhead` merged can be taken over). */
  get aheadOfText(): boolean {
    return this.inStep();
  }

  /** Whether parts of the article are still to be read or merged. */
  get busy(): boolean {
    return !this.unread.isEmpty || this.held.length > 0 || this.pause !== undefined;
  }

  /** Whether every part of the article was read since it was opened, though what was read ahead may wait for its sink. */
  get allRead(): boolean {
    return this.unread.isEmpty && this.version !== undefined;
  }

  /**
   * Reads the article afresh: the stretch around `focus` (what is on screen) now, the rest in background steps. Without
   * a sink, nothing could show it yet: the first step, at the focus, is taken on the next turn.
   */
  start(focus: OffsetRange): void {
    this.cancel();
    const { text } = this.current();
    this.version = this.document.version();
    this.progress = new ReadingProgress(text.length, this.now());
    this.unread.add({ start: 0, end: text.length });
    this.focus = focus;
    if (this.sink === undefined) this.continueLater();
    else this.runStep(false);
  }

  /**
   * Gives the reading started without a sink (while the article's annotations were being read) its sink: what it has
   * found so far is merged, the part at `focus` first; with `mergedAhead`, the sink's annotations are those
   * `mergeAhead` made, and hold it already. A reading of another version of the text starts again.
   */
  attach(sink: DetectionSink, focus: OffsetRange, mergedAhead = false): void {
    this.sink = sink;
    if (!this.inStep()) return this.start(focus);
    if (mergedAhead) this.held = [];
    this.focus = focus;
    this.runStep(false);
    if (mergedAhead) this.announceIfDue(true);
  }

  /** Keeps the stretches still to read on their text through an edit; with `rereadAfter`, the edited paragraphs are read again once typing pauses that long. */
  follow(edits: readonly TextEdit[], rereadAfter: number | undefined): void {
    // What was read but not merged belongs to the text before the edit: it is read again.
    for (const { region } of this.held) this.unread.add(region);
    this.held = [];
    this.unread.follow(edits);
    this.changed.follow(edits);
    this.focus = undefined;
    if (this.version !== undefined) this.version = this.document.version();
    if (rereadAfter === undefined) return;
    let shift = 0;
    for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
      this.changed.add({ start: edit.start + shift, end: edit.start + shift + edit.newText.length });
      shift += edit.newText.length - (edit.end - edit.start);
    }
    if (this.pause !== undefined) clearTimeout(this.pause);
    this.pause = setTimeout(() => this.rereadChanged(), rereadAfter);
  }

  cancel(): void {
    this.generation++;
    this.scheduled = false;
    if (this.pause !== undefined) clearTimeout(this.pause);
    this.pause = undefined;
    this.unread.clear();
    this.changed.clear();
    this.held = [];
    this.focus = undefined;
    this.version = undefined;
    this.reading = undefined;
    this.awaiting = undefined;
  }

  private current(): { text: string; starts: number[] } {
    const version = this.document.version();
    if (this.reading?.version !== version) {
      const text = this.document.text();
      this.reading = { version, text, starts: paragraphStarts(text, this.document.markdown) };
      this.interview = readsAsInterview(text, { markdown: this.document.markdown });
    }
    return this.reading;
  }

  private detectOptions(): DetectOptions {
    return { markdown: this.document.markdown, interview: this.interview };
  }

  /** Whether the offsets kept are those of the document's text now (else an edit was not followed: nothing is read until a sink restarts the reading). */
  private inStep(): boolean {
    return this.version !== undefined && this.version === this.document.version();
  }

  private continueLater(): void {
    if (this.unread.isEmpty && this.held.length === 0) {
      // The copy of the text is kept only while the background reading needs it.
      if (this.pause === undefined) this.reading = undefined;
      return;
    }
    if (this.scheduled || !this.inStep() || (this.sink === undefined && this.unread.isEmpty)) return;
    // The background detector is reading the rest: steps resume when it answers, or to merge what was read ahead.
    if (this.awaiting !== undefined && (this.held.length === 0 || this.sink === undefined)) return;
    this.scheduled = true;
    const generation = this.generation;
    // A macrotask per step, so that keystrokes, timers and other extensions get the host between steps.
    nextTurn(() => {
      if (generation !== this.generation) return;
      this.scheduled = false;
      this.runStep(true);
    });
  }

  /**
   * The next stretch to read: with `after`, the unread text from there on (undefined when none follows directly, so
   * that what a step reads is one stretch); else the focus if it is still unread, else the first unread stretch.
   */
  private nextPiece(starts: readonly number[], after: number | undefined): OffsetRange | undefined {
    let next: OffsetRange | undefined;
    if (after !== undefined) {
      const rest = this.unread.all.find((r) => r.start <= after && r.end > after);
      next = rest && { start: after, end: rest.end };
    } else {
      const focus = this.focus;
      this.focus = undefined;
      if (focus !== undefined && this.isUnread(focus)) {
        return regionAround(starts, focus.start, Math.max(focus.end, focus.start + PIECE_LENGTH));
      }
      next = this.unread.first();
    }
    return next && regionAround(starts, next.start, Math.min(next.end, next.start + PIECE_LENGTH));
  }

  /**
   * One step: reads the part on screen first if it is still unread; else merges what was read ahead, then reads pieces
   * that follow each other until the step's time is up (one piece only when `timed` is false) and merges them at once
   * (or keeps them, while there is no sink yet). Announces when it is time to.
   */
  private runStep(timed: boolean): void {
    if (this.sink !== undefined && !this.sink.isCurrent()) return this.cancel();
    if (!this.inStep()) return;
    const started = this.now();
    const due = started + (timed ? STEP_BUDGET_MS : 0);
    const focusFirst = this.focus !== undefined && this.isUnread(this.focus);
    let merged = focusFirst ? false : this.mergeHeld(due);
    const readHere = !this.unread.isEmpty && (focusFirst || this.sink === undefined || this.held.length === 0);
    if (readHere && (focusFirst || !this.handOver())) merged = this.readPieces(due) || merged;
    if (merged) this.announceIfDue(false);
    this.tally(started);
    this.continueLater();
  }

  /**
   * Hands the unread text to the background detector, if there is one and it is not reading already; whether it is
   * reading it. What it finds is merged in steps as it comes, as if the steps had read it, unless the text changed
   * meanwhile: then what is still unread is handed over again once it is done (or read in steps, if it failed).
   */
  private handOver(): boolean {
    if (this.awaiting !== undefined) return true;
    const { background } = this;
    if (background === undefined || this.unread.isEmpty) return false;
    const { text } = this.current();
    const generation = this.generation;
    const version = this.document.version();
    this.awaiting = generation;
    const regions = this.unread.all.map(({ start, end }) => ({ start, end }));
    const found = (pieces: FoundPiece[]): void => {
      if (generation !== this.generation || version !== this.document.version()) return;
      this.holdFound(pieces, text);
      this.continueLater();
    };
    background.detect(text, this.document.markdown, regions, PIECE_LENGTH, found).then(
      (readAhead) => {
        if (generation !== this.generation) return;
        if (this.progress) this.progress.readAhead += readAhead ?? 0;
        this.awaiting = undefined;
        this.continueLater();
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.awaiting = undefined;
        this.background = undefined;
        this.onBackgroundFailure?.(error instanceof Error ? error.message : String(error));
        this.continueLater();
      },
    );
    return true;
  }

  /** Keeps what the background detector found in the stretches still unread, for the next steps to merge. */
  private holdFound(pieces: readonly FoundPiece[], text: string): void {
    for (const { region, found } of pieces) {
      if (!this.isUnread(region)) continue;
      this.unread.remove(region);
      this.changed.remove(region);
      if (this.progress) {
        this.progress.read += region.end - region.start;
        this.progress.readInBackground += region.end - region.start;
      }
      this.held.push({ found, text, region });
      if (this.sink === undefined) this.mergeAhead?.(found, text, region);
    }
  }

  private isUnread(region: OffsetRange): boolean {
    return this.unread.all.some((r) => r.start <= region.end && r.end >= region.start);
  }

  /** Merges what was read ahead, at least one stretch and more while the step's time lasts; whether it merged any. */
  private mergeHeld(due: number): boolean {
    const { sink } = this;
    if (sink === undefined || this.held.length === 0) return false;
    do {
      const { found, text, region } = this.held.shift() as Held;
      sink.merge(found, text, region);
    } while (this.held.length > 0 && this.now() < due);
    return true;
  }

  /** Reads unread pieces that follow each other until `due` (at least one) and merges or keeps what they hold; whether it merged. */
  private readPieces(due: number): boolean {
    const { text, starts } = this.current();
    const found: Attribution[] = [];
    let region: OffsetRange | undefined;
    do {
      const piece = this.nextPiece(starts, region?.end);
      if (piece === undefined) break;
      for (const claim of detectRegion(this.detect, text, piece, this.detectOptions())) found.push(claim);
      this.unread.remove(piece);
      this.changed.remove(piece);
      if (this.progress) this.progress.read += piece.end - piece.start;
      region = region === undefined ? piece : { start: region.start, end: piece.end };
    } while (this.now() < due);
    if (region === undefined) return false;
    if (this.sink === undefined) {
      this.held.push({ found, text, region });
      this.mergeAhead?.(found, text, region);
      return false;
    }
    this.sink.merge(found, text, region);
    return true;
  }

  private tally(started: number): void {
    const { progress } = this;
    if (progress === undefined) return;
    const at = this.now();
    progress.stepTook(at - started);
    if (this.unread.isEmpty && this.held.length === 0 && this.sink !== undefined) {
      this.onRead?.(progress.summary(at));
      this.progress = undefined;
    }
  }

  /**
   * Announces the claims merged: at once for the first stretch, the last one and a re-read after an edit (`atOnce`);
   * in between only as `ReadingProgress.progressDue` says.
   */
  private announceIfDue(atOnce: boolean): void {
    if (this.sink === undefined) return;
    const at = this.now();
    const { progress } = this;
    const rest = lengthOf(this.unread.all) + lengthOf(this.held.map((h) => h.region));
    const done = this.unread.isEmpty && this.held.length === 0;
    if (!atOnce && !done && progress !== undefined && !progress.progressDue(at, rest)) return;
    if (progress !== undefined) progress.lastAnnounced = at;
    this.sink.announce();
  }

  /**
   * Reads the edited paragraphs again. In plain text they are found from slices around the edits, so a pause in typing
   * copies the paragraphs, not the article; Markdown is divided as a whole, since a code fence anywhere before an
   * edit changes where its paragraphs start.
   */
  private rereadChanged(): void {
    this.pause = undefined;
    const sink = this.sink;
    if (sink === undefined) return;
    if (!sink.isCurrent()) return this.cancel();
    const options = this.detectOptions();
    if (this.document.markdown || !this.unread.isEmpty) {
      const { text, starts } = this.current();
      for (const region of this.changed.all.map((r) => regionAround(starts, r.start, r.end))) {
        sink.merge(detectRegion(this.detect, text, region, options), text, region);
        this.unread.remove(region);
      }
    } else {
      const view = this.document.view();
      for (const region of this.changed.all.map((r) => paragraphsAround(view, r.start, r.end))) sink.merge(detectRegion(this.detect, view, region, options), view, region);
    }
    this.changed.clear();
    this.announceIfDue(true);
    this.continueLater();
  }
}
