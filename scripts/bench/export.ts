// Benchmark of the exporters and the W3C import on a 1 MB article with 5,000 claims (emoji included, so positions convert).
import { performance } from 'node:perf_hooks';
import { makeTarget } from '../../src/core/anchor';
import { claimLensContext, FORMATS, importDocument, readW3C, type ExportArticle } from '../../src/core/export';
import type { Claim, Source } from '../../src/core/model/types';
import { documentInfo } from '../../src/core/sidecar';

const SENTENCE = 'The ministry said 🚀 the convoy crossed the border at dawn, officials added. ';
const TARGET_LENGTH = 1_000_000;

function bigArticle(): ExportArticle {
  const text = SENTENCE.repeat(Math.ceil(TARGET_LENGTH / SENTENCE.length)).replace(/(.{2000}) /g, '$1\n');
  const sources: Source[] = [{ id: 'ministry', name: 'Ministry', aliases: [], kind: 'government', reliability: 'C', note: '' }];
  const claims: Claim[] = [];
  const quote = 'the convoy crossed the border at dawn';
  for (let at = text.indexOf(quote); at !== -1 && claims.length < 5000; at = text.indexOf(quote, at + 1)) {
    claims.push({
      id: `c-${claims.length.toString(36).padStart(8, '0')}`, state: claims.length % 3 === 0 ? 'confirmed' : 'suggested', origin: 'detected',
      target: makeTarget(text, at, at + quote.length), orphan: false, source: null, cue: null, content: null, hedges: [],
      commitment: 'certain', kind: 'statement', kindOrigin: 'detected', sourceId: 'ministry', credibility: 3, note: claims.length % 10 === 0 ? 'Check, "1,000" <km>' : '', tags: [],
      created: '2026-11-27T12:00:00.000Z', modified: '2026-11-27T12:00:00.000Z',
    });
  }
  return { label: 'big.txt', iri: 'big.txt', text, sidecar: { version: 1, document: documentInfo('big.txt', text), sources, claims } };
}

function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

export async function run(): Promise<void> {
  const article = bigArticle();
  const context = claimLensContext('bench', '2026-11-27T12:00:00.000Z');
  console.log(`article: ${(article.text.length / 1e6).toFixed(2)} M UTF-16 units, ${article.sidecar.claims.length} claims`);
  let w3c = '';
  for (const info of FORMATS) {
    timed(() => info.write([article], context));
    const { ms, value } = timed(() => info.write([article], context));
    if (info.format === 'w3c') w3c = value;
    console.log(`export ${info.format.padEnd(4)} ${ms.toFixed(0).padStart(6)} ms  ${(value.length / 1e6).toFixed(1)} MB out`);
  }
  const { ms } = timed(() => {
    const read = readW3C(w3c, 'big.jsonld');
    if (!read.ok) throw new Error(read.error);
    const result = importDocument(read.documents[0], { file: 'big.txt', text: article.text }, context.generated);
    if (!result.ok || result.sidecar.claims.length !== article.sidecar.claims.length) throw new Error('import lost claims');
  });
  console.log(`import w3c  ${ms.toFixed(0).padStart(6)} ms  (read, convert positions, verify quotes)`);
}
