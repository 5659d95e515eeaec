// Benchmark of detectAttributions: throughput against wink-nlp's full pipeline on the same text, peak memory,
// growth on adversarial inputs (no punctuation, an unclosed quotation, many short lines), and the detection worker's
// first reading of a new 1 MB text against its later readings.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { detectAttributions } from '../../src/core/detect';
import { workerDetector } from '../../src/node/workerDetector';

const ROOT = path.join(__dirname, '..', '..');
/** Real news and interviews first (the development set; the blind set stays unread), then the in-house articles. */
const CORPORA: { name: string; dirs: string[] }[] = [
  { name: 'real news and interviews (test/fixtures/real)', dirs: ['test/fixtures/real'] },
  { name: 'in-house articles (test/fixtures/gold, samples)', dirs: ['test/fixtures/gold', 'samples'] },
];
const TARGET_BYTES = 5 * 1024 * 1024;
const ROUNDS = 3;
/** The detector must read text at least this many times as fast as wink-nlp tokenizes and tags it (issue 10). */
const TARGET_RATIO = 2;

interface Article {
  text: string;
  markdown: boolean;
}

/** Every article of the given folders, repeated until the set holds at least 5 MB. */
function corpus(dirs: string[]): Article[] {
  const originals: Article[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(path.join(ROOT, dir)).sort()) {
      if (!/\.(txt|md)$/.test(name)) continue;
      originals.push({ text: readFileSync(path.join(ROOT, dir, name), 'utf8').replace(/^\uFEFF/, ''), markdown: name.endsWith('.md') });
    }
  }
  if (originals.length === 0) throw new Error(`no articles found for the detection benchmark in ${dirs.join(', ')}`);
  const articles: Article[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    for (const a of originals) {
      articles.push(a);
      bytes += Buffer.byteLength(a.text);
    }
  }
  return articles;
}

interface Measurement {
  seconds: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/** One timed pass of `work` over all articles, folded into `m`: best time, peak memory seen between articles. */
function pass(articles: Article[], work: (a: Article) => void, m: Measurement): void {
  const started = process.hrtime.bigint();
  for (const a of articles) {
    work(a);
    const usage = process.memoryUsage();
    m.peakRssMb = Math.max(m.peakRssMb, usage.rss / 2 ** 20);
    m.peakHeapMb = Math.max(m.peakHeapMb, usage.heapUsed / 2 ** 20);
  }
  m.seconds = Math.min(m.seconds, Number(process.hrtime.bigint() - started) / 1e9);
}

/** Best of ROUNDS passes of each contender, alternating, so that a change in machine load hits both alike. */
function compare(articles: Article[], contenders: ((a: Article) => void)[]): Measurement[] {
  const results = contenders.map((): Measurement => ({ seconds: Infinity, peakRssMb: 0, peakHeapMb: 0 }));
  for (let round = 0; round < ROUNDS; round++) contenders.forEach((work, i) => pass(articles, work, results[i]));
  return results;
}

function seconds(work: () => void): number {
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.hrtime.bigint();
    work();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return best;
}

/** Times detection at 1×, 2× and 4× of an input and prints the growth ratios (≈2 and ≈4 when linear). */
function growth(name: string, build: (scale: number) => string): void {
  const times = [1, 2, 4].map((scale) => {
    const text = build(scale);
    return { mb: Buffer.byteLength(text) / 2 ** 20, s: seconds(() => detectAttributions(text, { resolveSources: true })) };
  });
  const [one, two, four] = times;
  console.log(
    `  ${name.padEnd(34)} ${times.map((t) => `${t.mb.toFixed(2)} MB ${(t.s * 1000).toFixed(0)} ms`).join(' | ')}` +
      ` | 2×/1× ${(two.s / one.s).toFixed(2)}  4×/1× ${(four.s / one.s).toFixed(2)}`,
  );
}

/** Repeats `unit` until the result holds `bytes` characters. */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

/** Throughput of detection and of wink-nlp's pipeline, side by side on the same articles. */
function throughput(name: string, articles: Article[]): void {
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 2 ** 20;
  console.log(`corpus: ${name}, ${articles.length} articles, ${mb.toFixed(1)} MB; best of ${ROUNDS} rounds, one core`);
  let claims = 0;
  const nlp = winkNLP(model);
  const its = nlp.its;
  let tokens = 0;
  const [detect, wink, resolved] = compare(articles, [
    (a) => { claims += detectAttributions(a.text, { markdown: a.markdown }).length; },
    (a) => {
      const doc = nlp.readDoc(a.text);
      tokens += doc.tokens().out(its.pos).length + doc.sentences().out().length + doc.entities().out().length;
    },
    // What `claimlens detect` does: detection, then who each source stands for (`source.refersTo`).
    (a) => { detectAttributions(a.text, { markdown: a.markdown, resolveSources: true }); },
  ]);
  const rate = (m: Measurement): string => `${(mb / m.seconds).toFixed(1)} MB/s`;
  console.log(`  detectAttributions                 ${rate(detect).padStart(11)}  peak rss ${detect.peakRssMb.toFixed(0)} MB, heap ${detect.peakHeapMb.toFixed(0)} MB  (${claims / ROUNDS} claims)`);
  console.log(`  wink-nlp readDoc + pos/sentences    ${rate(wink).padStart(11)}  peak rss ${wink.peakRssMb.toFixed(0)} MB, heap ${wink.peakHeapMb.toFixed(0)} MB  (${tokens / ROUNDS} tokens+)`);
  console.log(`  throughput ratio detect / wink: ${(wink.seconds / detect.seconds).toFixed(1)}× (target ≥ ${TARGET_RATIO.toFixed(1)}×)`);
  console.log(`  with source resolution (claimlens detect): ${rate(resolved)}, ratio / wink ${(wink.seconds / resolved.seconds).toFixed(1)}×`);
}

/** Editor-sized article: the samples' plain-text articles joined and repeated to 1 MB, as the editor benchmark opens. */
function editorArticle(): string {
  const seed = readdirSync(path.join(ROOT, 'samples'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(ROOT, 'samples', name), 'utf8'))
    .join('\n\n');
  return seed.repeat(Math.ceil(1_000_000 / seed.length)).slice(0, 1_000_000);
}

const WORKER_FILE = path.join(ROOT, 'scripts', 'lib', 'detectionWorker.cjs');
const FRESH_WORKERS = 3;
const READINGS_PER_WORKER = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** How long the first and the later readings of `text` take in each of a few fresh worker threads (V8 compiles per thread). */
async function readingsInFreshThreads(text: string, warmUp: boolean): Promise<{ firsts: number[]; laters: number[]; warmUps: number[] }> {
  const firsts: number[] = [];
  const laters: number[] = [];
  const warmUps: number[] = [];
  for (let w = 0; w < FRESH_WORKERS; w++) {
    const detector = workerDetector(WORKER_FILE);
    try {
      if (warmUp) {
        const warm = await detector.warmUp();
        if (warm) warmUps.push(warm.ms);
      }
      // The warm-up runs 2 s after activation, long before an article comes: V8 finishes compiling in the background.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      for (let r = 0; r < READINGS_PER_WORKER; r++) {
        const started = performance.now();
        await detector.detect(text, false, [{ start: 0, end: text.length }], 1_000, () => {});
        (r === 0 ? firsts : laters).push(performance.now() - started);
      }
    } finally {
      detector.dispose();
    }
  }
  return { firsts, laters, warmUps };
}

/**
 * The detection worker's first reading of a new long text against its later readings of it, each request as the
 * editor sends it (whole-paragraph pieces of about 1,000 units, the text copied to the thread), in threads warmed up
 * as at activation and, for comparison, in threads not warmed up.
 */
async function firstReading(text: string): Promise<void> {
  const warm = await readingsInFreshThreads(text, true);
  const cold = await readingsInFreshThreads(text, false);
  const ms = (v: number): string => `${v.toFixed(0)} ms`;
  console.log(
    `detect first reading of a new 1 MB text: ${ms(median(warm.firsts))}, later: ${ms(median(warm.laters))} (${(median(warm.firsts) / median(warm.laters)).toFixed(2)}×; ` +
      `worker thread after its warm-up of ${ms(median(warm.warmUps))}; medians of ${FRESH_WORKERS} fresh threads, firsts ${warm.firsts.map(ms).join(', ')})`,
  );
  console.log(
    `  without the warm-up: first ${ms(median(cold.firsts))}, later ${ms(median(cold.laters))} (${(median(cold.firsts) / median(cold.laters)).toFixed(2)}×)`,
  );
}

export async function run(): Promise<void> {
  const sets = CORPORA.map((c) => ({ name: c.name, articles: corpus(c.dirs) }));
  for (const set of sets) throughput(set.name, set.articles);
  const articles = sets[sets.length - 1].articles;

  const prose = articles.slice(0, 40).map((a) => a.text).join('\n\n');
  const words = prose.replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ');
  const unclosed = '“' + prose.replace(/[”"\n]+/g, ' ');
  console.log('adversarial inputs (time at 1×, 2×, 4× size):');
  growth('paragraph without punctuation', (scale) => repeatTo(words, (10 * 2 ** 20 * scale) / 4));
  growth('quotation that never closes', (scale) => repeatTo(unclosed, (2 ** 20 * scale) / 4));
  growth('short lines', (scale) => repeatTo('Officials said it rained.\n', 26 * 25_000 * scale));
  // Text without a space was quadratic (each piece of a long sentence searched back to the start of the text).
  growth('text without spaces', (scale) => 'x'.repeat(8 * 2 ** 20 * scale));
  growth('storm of quotation marks', (scale) => '"'.repeat(2 ** 20 * scale));
  growth('quotation marks between spaces', (scale) => '" '.repeat((2 ** 20 * scale) / 2));
  // One long file of many paragraphs (`claimlens detect` on a 16 MB dump): a search per paragraph that ran on to the
  // end of the text made it quadratic (16 MB took 31 s, 4 MB 4 s).
  growth('articles joined in one file', (scale) => repeatTo(prose + '\n\n', 2 ** 21 * scale));
  await firstReading(editorArticle());
}
