// `claimlens detect`: prints the attributed claims of files, standard input or a JSONL stream, over N worker threads.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { Attribution } from '../../core/detect/types';
import { decodeArticle } from '../articleFile';
import { MAX_TEXT_BYTES } from '../../node/textFiles';
import { claimsTable } from '../claimsTable';
import { createDetectPool, defaultJobs, type DetectPool } from '../detectPool';
import { articlesNamed } from '../articlePaths';
import { detectJsonl } from '../jsonlDetect';
import { progressCounter, progressReporter } from '../progress';
import type { CliCommand } from './index';

const FORMATS = ['table', 'json', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];
const INPUTS = ['text', 'jsonl'] as const;

export const DETECT_HELP = `Usage: claimlens detect [--format table|json|jsonl] [--jobs N] FILE|FOLDER|-...
       claimlens detect --input jsonl [--jobs N] FILE|-...

Finds attributed claims (source, cue, content, hedges, commitment, kind) in each FILE.
'-' reads standard input. A folder stands for every .txt and Markdown file in it and
below, in name order (hidden folders, node_modules and ClaimLens' own Markdown
reports excepted). Files ending in .md or .markdown are read as Markdown:
markup, front matter, code blocks and link targets are never part of a span.

Options:
  -f, --format FORMAT  table (default, for reading), json (one array of
                       {file, claims}), or jsonl (one {file, claims} line per
                       file, in the order given)
  -i, --input KIND     text (default): each FILE is one article;
                       jsonl: each FILE (or -) holds one {"id", "text"} object a
                       line, and each gets one {"id", "claims"} line, in the
                       same order (implies --format jsonl). A line may say
                       "markdown": true. A line that cannot be used gets
                       {"id", "line", "error"} in its place and a message on
                       stderr; the other lines are still processed.
      --markdown       read standard input and JSONL texts as Markdown
  -j, --jobs N         worker threads to detect on (default: the number of
                       cores, here ${defaultJobs()}); the output is the same for any N
  -h, --help           show this help

Offsets are UTF-16 code units of the file's text (UTF-8 decoded, BOM removed), end
exclusive: the numbers VS Code's document.offsetAt gives.

Exit status: 0 when every file or line was used; 1 when a file is missing or
unreadable or a JSONL line is bad (each reason goes to stderr, the rest is still
processed); 2 for a usage error.
`;

interface FileResult {
  file: string;
  claims: Attribution[];
}

function usageError(message: string): number {
  process.stderr.write(`claimlens detect: ${message}. Run 'claimlens detect --help'.\n`);
  return 2;
}

function warn(message: string): void {
  process.stderr.write(`claimlens detect: ${message}\n`);
}

/** Waits when the reader of stdout is slower than detection, so output never piles up in memory. */
async function writeOut(output: string): Promise<void> {
  if (output !== '' && !process.stdout.write(output)) await once(process.stdout, 'drain');
}

/** All of standard input, up to the longest text JavaScript can hold; longer input is refused before it fills memory. */
async function readAll(input: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    length += bytes.length;
    if (length > MAX_TEXT_BYTES) throw new Error('cannot read standard input: it is too large to hold as one text; stream it with --input jsonl');
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

type Detected = { ok: true; file: string; text: string; claims: string } | { ok: false; error: string };

/** Files are read by the job that detects them; standard input is read here, once. */
async function detectFile(pool: DetectPool, file: string, keepText: boolean, stdinMarkdown: boolean): Promise<Detected> {
  try {
    if (file === '-') {
      const text = decodeArticle(await readAll(process.stdin), 'standard input');
      return { ok: true, file, text, claims: await pool.detect(text, stdinMarkdown) };
    }
    const detected = await pool.detectFile(file, keepText);
    return { ok: true, file, text: detected.text ?? '', claims: detected.claims };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Files are read and detected `window` at a time and printed in the order given. */
async function detectFiles(pool: DetectPool, files: string[], format: Format, window: number, markdown: boolean): Promise<number> {
  let failed = false;
  const all: string[] = [];
  const progress = progressReporter('detecting', files.length);
  const inFlight: Promise<Detected>[] = [];
  let next = 0;
  const print = async (result: Detected): Promise<void> => {
    progress.step();
    if (!result.ok) {
      failed = true;
      warn(result.error);
      return;
    }
    const line = `{"file":${JSON.stringify(result.file)},"claims":${result.claims}}`;
    if (format === 'jsonl') await writeOut(line + '\n');
    else if (format === 'json') all.push(line);
    else await writeOut(claimsTable(result.file, result.text, JSON.parse(result.claims) as Attribution[]) + '\n');
  };
  while (next < files.length || inFlight.length > 0) {
    while (next < files.length && inFlight.length < window) inFlight.push(detectFile(pool, files[next++], format === 'table', markdown));
    const first = inFlight.shift();
    if (first) await print(await first);
  }
  progress.done();
  if (format === 'json') await writeOut(JSON.stringify(all.map((line) => JSON.parse(line) as FileResult), null, 2) + '\n');
  return failed ? 1 : 0;
}

async function detectStreams(pool: DetectPool, names: string[], window: number, markdown: boolean): Promise<number> {
  let failed = false;
  const progress = progressCounter('lines');
  for (const name of names) {
    let input: Readable;
    if (name === '-') {
      input = process.stdin;
    } else {
      try {
        // Opened before streaming starts, so a missing file is named on its own rather than as a stream error.
        input = createReadStream(name);
        await once(input, 'open');
      } catch (err) {
        failed = true;
        warn(`cannot read ${name}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
        continue;
      }
    }
    const bad = await detectJsonl(input, pool, { name: name === '-' ? 'stdin' : name, markdown, window, write: writeOut, warn, step: () => progress.step() });
    if (bad > 0) failed = true;
  }
  progress.done();
  return failed ? 1 : 0;
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return defaultJobs();
  return /^[1-9]\d{0,3}$/.test(value) ? Number(value) : undefined;
}

async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        input: { type: 'string', short: 'i', default: 'text' },
        markdown: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return usageError((err as Error).message.split('\n')[0].replace(/\.$/, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(DETECT_HELP);
    return 0;
  }
  const input = values.input as (typeof INPUTS)[number];
  if (!INPUTS.includes(input)) return usageError(`unknown input '${input}' (use text or jsonl)`);
  const format = (values.format ?? (input === 'jsonl' ? 'jsonl' : 'table')) as Format;
  if (!FORMATS.includes(format)) return usageError(`unknown format '${format}' (use table, json or jsonl)`);
  if (input === 'jsonl' && format !== 'jsonl') return usageError('--input jsonl writes --format jsonl');
  const jobs = parseJobs(values.jobs);
  if (jobs === undefined) return usageError(`--jobs must be a whole number from 1, not '${values.jobs}'`);
  if (positionals.length === 0) return usageError('no FILE given (use - for standard input)');
  if (positionals.filter((p) => p === '-').length > 1) return usageError('standard input (-) can be read only once');

  const skipReport = (report: string) => warn(`skipped ${report}: a ClaimLens report, not an article (name it to detect in it anyway)`);
  // Every file named gets its line, even one named twice: output lines answer the arguments one to one.
  const files = input === 'text' ? (await Promise.all(positionals.map((named) => articlesNamed(named, skipReport)))).flat() : positionals;
  // One job per file gains nothing: a single file or a single stdin text is detected in this thread.
  const pool = createDetectPool(input === 'text' && files.length <= 1 ? 1 : jobs);
  const window = Math.max(2, jobs * 4);
  const markdown = values.markdown ?? false;
  try {
    return input === 'jsonl'
      ? await detectStreams(pool, positionals, window, markdown)
      : await detectFiles(pool, files, format, window, markdown);
  } finally {
    await pool.close();
  }
}

export const detectCommand: CliCommand = {
  name: 'detect',
  summary: 'find attributed claims (source, cue, content, hedging) in text or Markdown files, stdin or JSONL streams',
  run,
};
