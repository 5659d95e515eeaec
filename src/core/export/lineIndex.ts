// Maps UTF-16 offsets of an article to 1-based line numbers (LF, CRLF and lone CR all end a line, as in VS Code).
import { leadingCount } from '../model/binarySearch';

export type LineIndex = (offset: number) => number;

/** The offset where each line starts, the first at 0. */
export function lineStartsOf(text: string): number[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
      lineStarts.push(i + 2);
      i++;
    } else if (unit === 0x0a || unit === 0x0d) {
      lineStarts.push(i + 1);
    }
  }
  return lineStarts;
}

export function lineIndex(text: string): LineIndex {
  const lineStarts = lineStartsOf(text);
  return (offset) => {
    return leadingCount(lineStarts.length, (i) => lineStarts[i] <= offset);
  };
}
