// Shared fixtures of the export tests: the sample article with its sidecar, and a fixed export context.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ExportArticle, ExportContext } from '../../src/core/export';
import { parseSidecar } from '../../src/core/sidecar';

export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'export');

export const CONTEXT: ExportContext = {
  generated: '2026-11-27T12:00:00.000Z',
  generator: { name: 'ClaimLens', version: '0.0.0-test', homepage: 'https://github.com/claimlens/claimlens' },
  claimReview: { author: { type: 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example/' }, reviewUrl: 'https://factcheck.example/2026/kcna-launch' },
};

export function loadArticle(file = 'article.txt', label = file): ExportArticle {
  const text = readFileSync(path.join(FIXTURES, file), 'utf8');
  const parsed = parseSidecar(readFileSync(path.join(FIXTURES, `${file}.claims.json`), 'utf8'), `${file}.claims.json`);
  if (!parsed.ok) throw new Error(parsed.error);
  return { label, iri: label, text, sidecar: parsed.sidecar };
}

export function readGolden(name: string): string {
  return readFileSync(path.join(FIXTURES, 'golden', name), 'utf8');
}
