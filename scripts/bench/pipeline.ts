// Benchmark of the CLI in pipelines: `detect --jobs 2` against `--jobs 1` on the same files and the same JSONL
// stream (side by side, alternating, one run),
// and the peak memory of `detect --input jsonl` on a small and a ten times larger stream (constant memory).
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const PEAK_RSS = path.join(__dirname, 'peak-rss.cjs');
const CORPUS_DIRS = ['test/fixtures/gold', 'test/fixtures/heldout', 'samples'];
const FILES_BYTES = 8 * 1024 * 1024;
const STREAM_SMALL_BYTES = 5 * 1024 * 1024;
const ROUNDS = 5;

interface Article {
  name: string;
  text: string;
}

function articles(): Article[] {
  return CORPUS_DIRS.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir)).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => ({ name: f, text: readFileSync(path.join(ROOT, dir, f), 'utf8') })),
  );
}

interface Run {
  ms: number;
  stdout: Buffer;
  peakKb: number;
  /** User and system CPU time of all threads. */
  cpuMs: number;
}

/** Runs the built CLI with stdout collected (or discarded) and its own peak memory read from the preload's report. */
function cli(args: string[], keepOutput: boolean, nodeFlags: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [...nodeFlags, '-r', PEAK_RSS, CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => { if (keepOutput) out.push(chunk); });
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const usage = /peak-rss-kb (\d+) cpu-us (\d+)/.exec(err);
      if (code !== 0 || !usage) reject(new Error(`claimlens ${args.join(' ')} exited ${code}: ${err}`));
      else resolve({ ms, stdout: Buffer.concat(out), peakKb: Number(usage[1]), cpuMs: Number(usage[2]) / 1000 });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Copies of the corpus articles until the folder holds FILES_BYTES; returns the file paths in order. */
function writeFiles(folder: string, corpus: Article[]): string[] {
  const files: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < FILES_BYTES; copy++) {
    const dir = path.join(folder, `copy-${copy}`);
    mkdirSync(dir);
    for (const { name, text } of corpus) {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      files.push(file);
      bytes += Buffer.byteLength(text);
    }
  }
  return files;
}

async function writeStream(file: string, corpus: Article[], targetBytes: number): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  let lines = 0;
  while (bytes < targetBytes) {
    for (const { name, text } of corpus) {
      const line = JSON.stringify({ id: `${lines}-${name}`, text, markdown: name.endsWith('.md') }) + '\n';
      if (!out.write(line)) await once(out, 'drain');
      bytes += Buffer.byteLength(line);
      lines++;
    }
  }
  await new Promise<void>((r) => out.end(() => r()));
  return lines;
}

/**
 * Runs the same command with --jobs 1 and --jobs 2, alternating so both meet the same machine load, checks that the
 * outputs are identical and prints wall time (median, and the range to show the noise) and CPU time of all threads.
 */
async function compareJobs(what: string, mb: number, args: (jobs: string) => string[]): Promise<void> {
  const runs: Record<'1' | '2', Run[]> = { 1: [], 2: [] };
  let reference: Buffer | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    for (const jobs of ['1', '2'] as const) {
      const result = await cli(args(jobs), true);
      runs[jobs].push(result);
      reference ??= result.stdout;
      if (!result.stdout.equals(reference)) throw new Error(`--jobs ${jobs} printed something else than --jobs 1 (${what})`);
    }
  }
  const wall = (jobs: '1' | '2') => median(runs[jobs].map((r) => r.ms));
  for (const jobs of ['1', '2'] as const) {
    const times = runs[jobs].map((r) => r.ms);
    const line = `${what.padEnd(22)} --jobs ${jobs}  ${wall(jobs).toFixed(0).padStart(6)} ms (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)})`
      + `  ${(mb / (wall(jobs) / 1000)).toFixed(2)} MB/s  CPU ${median(runs[jobs].map((r) => r.cpuMs)).toFixed(0)} ms`;
    console.log(jobs === '1' ? line : `${line}  speed-up ×${(wall('1') / wall('2')).toFixed(2)}; output identical`);
  }
}

export async function run(): Promise<void> {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const corpus = articles();
  const work = mkdtempSync(path.join(tmpdir(), 'claimlens-bench-pipeline-'));
  try {
    const files = writeFiles(work, corpus);
    const mb = files.reduce((n, f) => n + readFileSync(f).length, 0) / 1e6;
    console.log(`files: ${files.length} articles (${corpus.length} real articles repeated), ${mb.toFixed(1)} MB; ${availableParallelism()} cores; load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
    await compareJobs(`${files.length} files`, mb, (jobs) => ['detect', '--format', 'jsonl', '--jobs', jobs, ...files]);

    const small = path.join(work, 'archive-jobs.jsonl');
    const smallLines = await writeStream(small, corpus, STREAM_SMALL_BYTES);
    await compareJobs(`jsonl, ${smallLines} lines`, readFileSync(small).length / 1e6, (jobs) => ['detect', '--input', 'jsonl', '--jobs', jobs, small]);
    rmSync(small);

    // V8 grows its heap lazily, so peak RSS first rises with the work done and then levels off; memory that grew
    // with the input would keep rising, and would not fit under a heap limit far below the input's size.
    for (const scale of [1, 4, 10]) {
      const stream = path.join(work, `archive-${scale}.jsonl`);
      const lines = await writeStream(stream, corpus, STREAM_SMALL_BYTES * scale);
      const size = readFileSync(stream).length / 1e6;
      const { ms, peakKb } = await cli(['detect', '--input', 'jsonl', '--jobs', '2', stream], false);
      console.log(`jsonl stream ${size.toFixed(0).padStart(4)} MB, ${String(lines).padStart(6)} lines: ${(ms / 1000).toFixed(1)} s, peak RSS ${(peakKb / 1024).toFixed(0)} MB`);
      if (scale === 10) {
        const capped = await cli(['detect', '--input', 'jsonl', '--jobs', '2', stream], false, ['--max-old-space-size=24']);
        console.log(`  the same under --max-old-space-size=24: ${(capped.ms / 1000).toFixed(1)} s, peak RSS ${(capped.peakKb / 1024).toFixed(0)} MB`);
      }
      rmSync(stream);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
