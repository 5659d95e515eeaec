// Reads a byte stream line by line, pulling one chunk at a time so that memory stays constant however long the stream.
import type { Readable } from 'node:stream';

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line without its `\n` or `\r\n`; undefined when its bytes are not UTF-8. */
  text: string | undefined;
}

const NEWLINE = 0x0a;
/** Only the first line may start with a BOM; it is dropped there, as any reader of UTF-8 text does. */
const firstLine = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const laterLine = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decode(bytes: Buffer, number: number): Line {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
  try {
    return { number, text: (number === 1 ? firstLine : laterLine).decode(bytes.subarray(0, end)) };
  } catch {
    return { number, text: undefined };
  }
}

/** Each line of `input` (UTF-8, `\n` or `\r\n`), decoded on its own so that one bad line spoils nothing else. */
export async function* readLines(input: Readable): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let number = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let start = 0;
    for (let nl = bytes.indexOf(NEWLINE, start); nl !== -1; nl = bytes.indexOf(NEWLINE, start)) {
      parts.push(bytes.subarray(start, nl));
      yield decode(Buffer.concat(parts), ++number);
      parts = [];
      start = nl + 1;
    }
    if (start < bytes.length) parts.push(bytes.subarray(start));
  }
  if (parts.length > 0) yield decode(Buffer.concat(parts), ++number);
}
