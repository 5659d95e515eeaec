// Dividing an article into stretches of whole paragraphs that the detector can read one at a time: the visible part first, the rest later, only what changed after an edit.
import type { Attribution, DetectOptions, Span } from '../detect/types';
import { leadingCount } from '../model/binarySearch';
import type { OffsetRange } from '../model/offsetRange';
import type { TextView } from '../anchor/textView';

/** A blank line: the end of one paragraph and the start of the next. */
const PARAGRAPH_BREAK_RE = /\n[ \t]*\r?\n(?:[ \t]*\r?\n)*/g;
/** A paragraph opening with a quotation mark may continue the quotation of the paragraph before. */
const OPENS_WITH_QUOTE_RE = /^[ \t>]*["“‘'«„‹]/;
const FENCE_LINE_RE = /^[ \t]{0,3}(?:`{3,}|~{3,})/gm;

/** Ranges of Markdown fenced code blocks (a block never closed runs to the end). */
function fencedBlocks(text: string): OffsetRange[] {
  const blocks: OffsetRange[] = [];
  let open = -1;
  for (const match of text.matchAll(FENCE_LINE_RE)) {
    if (open === -1) open = match.index;
    else {
      blocks.push({ start: open, end: match.index });
      open = -1;
    }
  }
  if (open !== -1) blocks.push({ start: open, end: text.length });
  return blocks;
}

/**
 * Offsets where the detector may start reading afresh, sorted, from 0 to `text.length`: the start of a paragraph
 * that does not open with a quotation mark (it may continue the speaker before) and, in Markdown, lies outside code
 * fences (a fence may hold blank lines). Reading whole paragraphs between such offsets finds what reading the whole
 * text finds, since the detector's sentences, quotes and continuations end at such paragraph breaks.
 */
export function paragraphStarts(text: string, markdown: boolean): number[] {
  const fences = markdown ? fencedBlocks(text) : [];
  let fence = 0;
  const starts = [0];
  for (const match of text.matchAll(PARAGRAPH_BREAK_RE)) {
    const at = match.index + match[0].length;
    if (at >= text.length) break;
    while (fence < fences.length && fences[fence].end < at) fence++;
    if (fence < fences.length && fences[fence].start < at) continue;
    if (OPENS_WITH_QUOTE_RE.test(text.slice(at, at + 8))) continue;
    starts.push(at);
  }
  starts.push(text.length);
  return starts;
}

/** Characters a reading window first extends beyond the edited stretch on each side; doubled until paragraph starts are found. */
const WINDOW = 2048;

/**
 * The paragraph starts of plain text that the stretch `[low, high)` shows for certain (as `paragraphStarts` finds them
 * in the whole text), and where certainty ends: a start whose next characters run past the stretch, or whose blank
 * lines may go on past it, may differ in the whole text. Starts whose blank lines begin before the stretch may be
 * missed, which only matters near `low`.
 */
function certainStarts(text: TextView, low: number, high: number): { starts: number[]; certainUpTo: number } {
  const slice = text.slice(low, high);
  const atTextEnd = high >= text.length;
  const starts = low === 0 ? [0] : [];
  for (const match of slice.matchAll(PARAGRAPH_BREAK_RE)) {
    const at = match.index + match[0].length;
    if (at >= slice.length) {
      if (atTextEnd) starts.push(text.length);
      return { starts, certainUpTo: atTextEnd ? text.length : low + match.index };
    }
    if (!atTextEnd && (at + 8 > slice.length || /^[ \t\r]*$/.test(slice.slice(at)))) return { starts, certainUpTo: low + match.index };
    if (!OPENS_WITH_QUOTE_RE.test(slice.slice(at, at + 8))) starts.push(low + at);
  }
  if (atTextEnd) starts.push(text.length);
  return { starts, certainUpTo: atTextEnd ? text.length : high - 8 };
}

/**
 * The stretch between paragraph starts that holds `[start, end)` in plain text — `regionAround(paragraphStarts(text,
 * false), start, end)` — found from slices of the text around it, widened until they show its bounds: re-reading an
 * edited paragraph copies the paragraph, not the article. (Markdown needs every code fence before the edit, so it is
 * divided as a whole.)
 */
export function paragraphsAround(text: TextView, start: number, end: number, window = WINDOW): OffsetRange {
  for (let reach = window; ; reach *= 2) {
    const low = Math.max(0, start - reach);
    const high = Math.min(text.length, end + reach);
    const { starts, certainUpTo } = certainStarts(text, low, high);
    const from = starts.filter((s) => s <= start).pop();
    if (from === undefined || certainUpTo < start) continue;
    const to = starts.find((s) => s >= end && s <= certainUpTo) ?? (certainUpTo >= text.length ? text.length : undefined);
    if (to !== undefined) return { start: from, end: Math.max(to, from) };
  }
}

/** Index of the last of `starts` at or before `offset`. */
function lastAtOrBefore(starts: readonly number[], offset: number): number {
  return Math.max(0, leadingCount(starts.length, (i) => starts[i] <= offset) - 1);
}

/** The smallest stretch between paragraph starts that holds `[start, end)` and at least `minLength` units from `start` on. */
export function regionAround(starts: readonly number[], start: number, end: number, minLength = 0): OffsetRange {
  const from = starts[lastAtOrBefore(starts, start)];
  const wanted = Math.max(end, start + minLength);
  let to = lastAtOrBefore(starts, wanted);
  if (starts[to] < wanted && to < starts.length - 1) to++;
  return { start: from, end: Math.max(starts[to], from) };
}

function shiftSpan<T extends Span | null>(span: T, delta: number): T {
  return (span === null ? null : { start: span.start + delta, end: span.end + delta, text: span.text }) as T;
}

export type Detector = (text: string, options: DetectOptions) => Attribution[];

/** What `detect` finds in `text[region]`, with offsets into the whole `text` (of which only the region is read). */
export function detectRegion(detect: Detector, text: TextView, region: OffsetRange, options: DetectOptions): Attribution[] {
  const delta = region.start;
  return detect(text.slice(region.start, region.end), options).map((found) => {
    const shifted: Attribution = {
      ...found,
      start: found.start + delta,
      end: found.end + delta,
      content: shiftSpan(found.content, delta),
      source: shiftSpan(found.source, delta),
      cue: shiftSpan(found.cue, delta),
      hedges: found.hedges.map((hedge) => shiftSpan(hedge, delta)),
    };
    if (shifted.source && found.source?.refersTo) shifted.source.refersTo = shiftSpan(found.source.refersTo, delta);
    return shifted;
  });
}
