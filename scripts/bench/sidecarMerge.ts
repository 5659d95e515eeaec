// Benchmark of merging a sidecar changed on disk into unsaved annotation edits: 1,000 rated claims on a 1 MB article.
import { mergeSidecars } from '../../src/core/model/merge';
import { addManualClaim, emptySidecar, updateClaim } from '../../src/core/model/annotations';
import { applyTextEdits } from '../../src/core/anchor';
import type { Sidecar } from '../../src/core/model/types';

const ARTICLE_LENGTH = 1_000_000;
const CLAIMS = 1_000;
const CHANGED_PER_SIDE = 100;
const ROUNDS = 5;
const NOW = '2026-01-01T00:00:00.000Z';
const LATER = '2026-01-02T00:00:00.000Z';

/** Numbered news sentences up to 1 MB, so that every claim's quote is unique. */
function article(): string {
  const sentences: string[] = [];
  let length = 0;
  for (let i = 0; length < ARTICLE_LENGTH; i++) {
    const sentence = `Dispatch ${i}: the ministry said that convoy ${i} crossed the river near post ${i % 97} before dawn.\n`;
    sentences.push(sentence);
    length += sentence.length;
  }
  return sentences.join('');
}

/** 1,000 confirmed claims rated 2, spread evenly over the text. */
function rated(text: string): Sidecar {
  let sidecar = emptySidecar('article.txt', text);
  const lines = [...text.matchAll(/the ministry said that [^\n]+/g)];
  const step = Math.floor(lines.length / CLAIMS);
  for (let i = 0; sidecar.claims.length < CLAIMS; i += step) {
    const start = lines[i].index ?? 0;
    const added = addManualClaim(sidecar, text, start, start + lines[i][0].length, NOW);
    sidecar = updateClaim(added.sidecar, added.claim.id, { state: 'confirmed', credibility: 2 }, NOW);
  }
  return sidecar;
}

/** Every `every`-th claim from `offset` on gets `note`, as a reviewer working through the article would leave them. */
function annotate(sidecar: Sidecar, offset: number, note: string): Sidecar {
  let next = sidecar;
  for (let i = offset; i < CHANGED_PER_SIDE * 2; i += 2) next = updateClaim(next, next.claims[i * 5].id, { note }, LATER);
  return next;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

export async function run(): Promise<void> {
  const text = article();
  const base = rated(text);
  const typed = 'Updated with new reporting.\n';
  const buffer = typed + text;
  const ours = annotate(applyTextEdits(base, [{ start: 0, end: 0, newText: typed }], buffer), 0, 'mine');
  const theirs = annotate(base, 1, 'theirs');
  const times: number[] = [];
  let conflicts = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    conflicts = mergeSidecars(base, ours, theirs, buffer).conflicts.length;
    times.push(performance.now() - started);
  }
  console.log(
    `merge a sidecar changed on disk (${CLAIMS} claims, ${CHANGED_PER_SIDE} changed on each side, 1 MB article): ` +
      `${median(times).toFixed(1)} ms median of ${ROUNDS} (${conflicts} conflicts)`,
  );
}
