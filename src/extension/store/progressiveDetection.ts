// Runs the detector over one open article a stretch at a time: the part on screen at once, the rest in the background, and after edits only the paragraphs that changed.
import type { OffsetRange } from '../../core/model/offsetRange';
import type { TextEdit } from '../../core/anchor';
import type { Attribution } from '../../core/detect/types';
import type { TextView } from '../../core/anchor/textView';
import { detectRegion, type Detector, paragraphsAround, paragraphStarts, regionAround } from '../../core/session/detectionRegions';
import { RegionSet } from '../../core/session/regionSet';

/** What one background step reads: enough to be worth a step, little enough (~10–20 ms) that typing never waits on it. */
const SLICE_LENGTH = 32_000;
/**
 * The background reading waits this long after the article opened: the editor is still being opened then, and
 * every message that takes depends on the extension host, which a step would hold up.
 */
const BACKGROUND_START_MS = 300;
/**
 * While the background reading goes on, the article's claims are announced at most this often: every announcement
 * repaints every highlight of the article, which costs the editor more than the reading itself.
 */
const ANNOUNCE_INTERVAL_MS = 1_000;

/** The article being read, as the store gives it. */
export interface DetectedArticle {
  /** The document's text now, as one string (a copy). */
  text(): string;
  /** The document's text now, read in slices. */
  view(): TextView;
  /** Changes with every edit of the document. */
  version(): number;
  readonly markdown: boolean;
  /** False once the article was closed or reloaded: reading stops. */
  isCurrent(): boolean;
  /** Merges what the detector found in `region` of `text` into the article's claims. */
  merge(found: Attribution[], text: TextView, region: OffsetRange): void;
  /** Tells the editor features that the claims changed. */
  announce(): void;
}

export class ProgressiveDetection {
  /** Never read since the article was opened or reloaded. */
  private readonly unread = new RegionSet();
  /** Edited since the detector last read them. */
  private readonly changed = new RegionSet();
  private step: ReturnType<typeof setTimeout> | undefined;
  private pause: ReturnType<typeof setTimeout> | undefined;
  private lastAnnounced = 0;
  /** The text and its paragraph starts for one document version: each background step would otherwise copy and scan the whole article again. */
  private reading: { version: number; text: string; starts: number[] } | undefined;

  constructor(
    private readonly detect: Detector,
    private readonly target: DetectedArticle,
  ) {}

  /** Whether parts of the article are still to be read. */
  get busy(): boolean {
    return !this.unread.isEmpty || this.pause !== undefined;
  }

  /** Reads the article afresh: the stretch around `focus` (what is on screen) now, the rest in the background. */
  start(focus: OffsetRange): void {
    this.cancel();
    this.lastAnnounced = 0;
    const { text, starts } = this.current();
    this.unread.add({ start: 0, end: text.length });
    this.read(text, regionAround(starts, focus.start, focus.end, SLICE_LENGTH));
    this.continueLater(BACKGROUND_START_MS);
  }

  /** Keeps the stretches still to read on their text through an edit; with `rereadAfter`, the edited paragraphs are read again once typing pauses that long. */
  follow(edits: readonly TextEdit[], rereadAfter: number | undefined): void {
    this.unread.follow(edits);
    this.changed.follow(edits);
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
    if (this.step !== undefined) clearTimeout(this.step);
    if (this.pause !== undefined) clearTimeout(this.pause);
    this.step = undefined;
    this.pause = undefined;
    this.unread.clear();
    this.changed.clear();
    this.reading = undefined;
  }

  private current(): { text: string; starts: number[] } {
    const version = this.target.version();
    if (this.reading?.version !== version) {
      const text = this.target.text();
      this.reading = { version, text, starts: paragraphStarts(text, this.target.markdown) };
    }
    return this.reading;
  }

  private continueLater(delay = 0): void {
    if (this.unread.isEmpty) {
      // The copy of the text is kept only while the background reading needs it.
      this.reading = undefined;
      return;
    }
    if (this.step !== undefined) return;
    // A macrotask per step, so that keystrokes and other extensions get the host between steps.
    this.step = setTimeout(() => {
      this.step = undefined;
      if (!this.target.isCurrent()) return this.cancel();
      const next = this.unread.first();
      if (next === undefined) return;
      const { text, starts } = this.current();
      this.read(text, regionAround(starts, next.start, Math.min(next.end, next.start + SLICE_LENGTH)));
      this.continueLater();
    }, delay);
  }

  /**
   * Reads the edited paragraphs again. In plain text they are found from slices around the edits, so a pause in typing
   * copies the paragraphs, not the article; Markdown is divided as a whole, since a code fence anywhere before an
   * edit changes where its paragraphs start.
   */
  private rereadChanged(): void {
    this.pause = undefined;
    if (!this.target.isCurrent()) return this.cancel();
    if (this.target.markdown || !this.unread.isEmpty) {
      const { text, starts } = this.current();
      for (const region of this.changed.all.map((r) => regionAround(starts, r.start, r.end))) this.read(text, region, true);
    } else {
      const view = this.target.view();
      for (const region of this.changed.all.map((r) => paragraphsAround(view, r.start, r.end))) this.read(view, region, true);
    }
    this.changed.clear();
    if (this.unread.isEmpty) this.reading = undefined;
  }

  /** Reads `region` and merges what it holds; announces now and then, and always when nothing is left to read. */
  private read(text: TextView, region: OffsetRange, announce = false): void {
    this.target.merge(detectRegion(this.detect, text, region, { markdown: this.target.markdown }), text, region);
    this.unread.remove(region);
    this.changed.remove(region);
    const now = Date.now();
    if (announce || this.unread.isEmpty || this.lastAnnounced === 0 || now - this.lastAnnounced >= ANNOUNCE_INTERVAL_MS) {
      this.lastAnnounced = now;
      this.target.announce();
    }
  }
}
