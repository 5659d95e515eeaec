// Benchmark of the annotation store's hot paths on a 1 MB article with 1,000 tagged claims whose text changed on disk.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { applyTextEdits, reanchor } from '../../src/core/anchor';
import { detectAttributions } from '../../src/core/detect';
import { addManualClaim, emptySidecar, mergeDetections, updateClaim } from '../../src/core/model/annotations';
import type { Sidecar } from '../../src/core/model/types';
import { documentInfo, parseSidecar, serializeSidecar } from '../../src/core/sidecar';

const ARTICLE_BYTES = 1_000_000;
const CLAIMS = 1_000;
const KEYSTROKES = 200;
const NOW = '2026-01-01T00:00:00.000Z';

/** About 1 MB of real news prose: the gold articles repeated, each copy numbered so quotes stay distinct. */
function megabyteArticle(): string {
  const dir = path.join(__dirname, '..', '..', 'test', 'fixtures', 'gold');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const parts: string[] = [];
  let length = 0;
  for (let copy = 1; length < ARTICLE_BYTES; copy++) {
    const part = `Dispatch ${copy}.\n${articles[copy % articles.length]}\n`;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

/** 1,000 confirmed, rated claims on sentences spread evenly over the text, as a diligent analyst leaves them. */
function taggedSidecar(text: string): Sidecar {
  let sidecar = emptySidecar('article.txt', text);
  const sentences = [...text.matchAll(/[A-Z][^.\n]{40,200}\./g)];
  const step = Math.max(1, Math.floor(sentences.length / CLAIMS));
  for (let i = 0; i < sentences.length && sidecar.claims.length < CLAIMS; i += step) {
    const match = sentences[i];
    const start = match.index ?? 0;
    const added = addManualClaim(sidecar, text, start, start + match[0].length, NOW);
    sidecar = updateClaim(added.sidecar, added.claim.id, { state: 'confirmed', credibility: 2 }, NOW);
  }
  return { ...sidecar, document: documentInfo('article.txt', text) };
}

/** The same article after someone edited it elsewhere: a new lead paragraph, one paragraph cut, words changed. */
function changedBehindTheEditor(text: string): string {
  const middle = text.indexOf('\n', Math.floor(text.length / 2));
  const cutEnd = text.indexOf('\n', middle + 1);
  return (
    'EDITOR’S NOTE: this article was updated with new reporting.\n\n' +
    text.slice(0, middle) +
    text.slice(cutEnd).replace(/North Korea/g, 'the DPRK')
  );
}

/** The text as VS Code hands it to extensions: one flat string joined from lines (not a lazy concatenation). */
function asDocumentText(text: string): string {
  return text.split('\n').join('\n');
}

function time<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function row(label: string, ms: number): void {
  console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms`);
}

export async function run(): Promise<void> {
  const original = megabyteArticle();
  const raw = serializeSidecar(taggedSidecar(original));
  const text = asDocumentText(changedBehindTheEditor(original));
  console.log(`article ${(text.length / 1e6).toFixed(2)} M UTF-16 units, sidecar ${(raw.length / 1e6).toFixed(2)} MB`);

  const parsed = time(() => parseSidecar(raw, 'article.txt.claims.json'));
  if (!parsed.result.ok) throw new Error(parsed.result.error);
  const claims = parsed.result.sidecar.claims.length;
  row(`open: parse + validate sidecar (${claims} claims)`, parsed.ms);
  const anchored = time(() => reanchor(parsed.result.ok ? parsed.result.sidecar : emptySidecar('', ''), text));
  const orphans = anchored.result.claims.filter((c) => c.orphan).length;
  row(`open: re-anchor to the changed text (${orphans} orphans)`, anchored.ms);
  const detected = time(() => detectAttributions(text));
  row(`open: detect (${detected.result.length} attributions)`, detected.ms);
  const merged = time(() => mergeDetections(anchored.result, text, detected.result, NOW));
  row(`open: merge detections (${merged.result.claims.length} claims after)`, merged.ms);
  row('open: total', parsed.ms + anchored.ms + detected.ms + merged.ms);

  let sidecar = merged.result;
  let current = text;
  const keystrokes: number[] = [];
  for (let k = 0; k < KEYSTROKES; k++) {
    const at = Math.floor(current.length / 3) + k;
    const next = asDocumentText(current.slice(0, at) + 'x' + current.slice(at));
    const shifted = time(() => applyTextEdits(sidecar, [{ start: at, end: at, newText: 'x' }], next));
    keystrokes.push(shifted.ms);
    sidecar = shifted.result;
    current = next;
  }
  row(`typing: shift claims through one keystroke (median of ${KEYSTROKES})`, median(keystrokes));
  const saved = time(() => serializeSidecar({ ...sidecar, document: documentInfo('article.txt', current) }));
  row(`save: hash the text and serialize (${(saved.result.length / 1e6).toFixed(2)} MB)`, saved.ms);
}
