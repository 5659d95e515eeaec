// The one name for a stretch of an article's text by offsets: UTF-16 code units of the BOM-less text, end exclusive.

export interface OffsetRange {
  start: number;
  end: number;
}
