// `claimlens detect --input jsonl`: {"id","text"} lines in, {"id","claims"} lines out, in the same order, in constant memory.
import type { Readable } from 'node:stream';
import type { DetectPool } from './detectPool';
import { readLines } from './lines';

/** One input line, as a pipeline hands it over; other fields are allowed and ignored. */
interface JsonlRecord {
  id: string | number;
  text: string;
  markdown?: boolean;
}

type Parsed = { ok: true; record: JsonlRecord } | { ok: false; id: string | number | null; error: string };

function isId(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

export function parseRecord(text: string | undefined): Parsed {
  if (text === undefined) return { ok: false, id: null, error: 'not valid UTF-8 text' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, id: null, error: `not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, id: null, error: 'not a JSON object' };
  const { id, text: body, markdown } = value as Record<string, unknown>;
  if (!isId(id)) return { ok: false, id: null, error: 'needs an "id" (a string or a number)' };
  if (typeof body !== 'string') return { ok: false, id, error: 'needs a "text" string' };
  if (markdown !== undefined && typeof markdown !== 'boolean') return { ok: false, id, error: '"markdown" must be true or false' };
  return { ok: true, record: { id, text: body, ...(markdown !== undefined ? { markdown } : {}) } };
}

export interface JsonlOptions {
  /** How the stream is named in messages: a file name or `-`. */
  name: string;
  /** Lines without their own `"markdown"` field are read as Markdown. */
  markdown: boolean;
  /** Texts detected at once; bounds memory while keeping every job busy. */
  window: number;
  write(output: string): Promise<void>;
  warn(message: string): void;
  step(): void;
}

/**
 * Every non-blank line gets exactly one output line at its place: its claims, or `{"id","line","error"}` for a
 * line that cannot be used (also named on stderr), so the output still lines up with the input. Resolves to the
 * number of bad lines.
 */
export async function detectJsonl(input: Readable, pool: DetectPool, options: JsonlOptions): Promise<number> {
  const inFlight: Promise<string>[] = [];
  let bad = 0;
  const flushOne = async (): Promise<void> => {
    const next = inFlight.shift();
    if (next !== undefined) await options.write(await next);
    options.step();
  };
  const failed = (id: string | number | null, line: number, error: string): string => {
    bad++;
    options.warn(`${options.name}:${line}: ${error}`);
    return `${JSON.stringify({ id, line, error })}\n`;
  };
  for await (const line of readLines(input)) {
    if (line.text !== undefined && line.text.trim() === '') continue;
    const parsed = parseRecord(line.text);
    if (parsed.ok) {
      const { id, text, markdown } = parsed.record;
      inFlight.push(pool.detect(text, markdown ?? options.markdown).then(
        (claims) => `{"id":${JSON.stringify(id)},"claims":${claims}}\n`,
        (err: unknown) => failed(id, line.number, `detection failed: ${err instanceof Error ? err.message : String(err)}`),
      ));
    } else {
      inFlight.push(Promise.resolve(failed(parsed.id, line.number, parsed.error)));
    }
    if (inFlight.length >= options.window) await flushOne();
  }
  while (inFlight.length > 0) await flushOne();
  return bad;
}
