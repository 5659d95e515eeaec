// Stretches of an article still to be read by the detector, kept in step with the user's edits.
import { mapOffset, type TextEdit } from '../anchor/edits';
import type { OffsetRange } from '../model/offsetRange';

/** Sorted, non-overlapping regions; an empty region marks a point (text deleted there) that still needs reading around it. */
export class RegionSet {
  private regions: OffsetRange[] = [];

  get isEmpty(): boolean {
    return this.regions.length === 0;
  }

  get all(): readonly OffsetRange[] {
    return this.regions;
  }

  /** The first region, in text order. */
  first(): OffsetRange | undefined {
    return this.regions[0];
  }

  add(region: OffsetRange): void {
    const merged = { ...region };
    const rest: OffsetRange[] = [];
    for (const r of this.regions) {
      if (r.end < merged.start || r.start > merged.end) rest.push(r);
      else {
        merged.start = Math.min(merged.start, r.start);
        merged.end = Math.max(merged.end, r.end);
      }
    }
    rest.push(merged);
    this.regions = rest.sort((a, b) => a.start - b.start);
  }

  /** Takes `read` out: what lies inside it (points included) has been read. */
  remove(read: OffsetRange): void {
    this.regions = this.regions.flatMap((r): OffsetRange[] => {
      const untouched = r.start === r.end ? r.start < read.start || r.start > read.end : r.end <= read.start || r.start >= read.end;
      if (untouched) return [r];
      const left = r.start < read.start ? [{ start: r.start, end: read.start }] : [];
      const right = r.end > read.end ? [{ start: read.end, end: r.end }] : [];
      return [...left, ...right];
    });
  }

  /** Moves the regions through one change event's edits (offsets of the text before it); text inserted at an edge joins the region. */
  follow(edits: readonly TextEdit[]): void {
    if (edits.length === 0 || this.regions.length === 0) return;
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const moved = this.regions.map((r) => ({ start: mapOffset(sorted, r.start, 'before'), end: mapOffset(sorted, r.end, 'after') }));
    this.regions = [];
    for (const r of moved) this.add(r);
  }

  clear(): void {
    this.regions = [];
  }
}
