// Reliability, fuzzing the W3C importer: whatever an annotation file says, import never throws, never builds a sidecar the validator refuses, and never loses the reader's work.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { importDocument, mergeImported, readW3C } from '../../../src/core/export';
import { isUntouchedSuggestion, updateClaim } from '../../../src/core/model/annotations';
import type { Claim, Sidecar } from '../../../src/core/model/types';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar';
import { annotatedArb, NOW } from '../properties/arbitraries';

const valueArb = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -5, max: 400 }), fc.constant(null), fc.boolean(), fc.constantFrom('', ' ', '😀', 'Tass'));
const timestampArb = fc.oneof(fc.constant('2026-11-30T10:00:00Z'), fc.constant('2999-12-31T23:59:59Z'), fc.constant('30 Nov 2026'), fc.constant('yesterday'), fc.string({ maxLength: 8 }));

function spanArb(text: string) {
  return fc.oneof(
    fc.constant(undefined),
    fc.record({ start: fc.integer({ min: -3, max: text.length + 5 }), end: fc.integer({ min: -3, max: text.length + 5 }), text: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...text.split(/\s+/).filter(Boolean), 'Tass')) }),
  );
}

/** An annotation as another tool, an older ClaimLens or an attacker might write it, quoting `text` or not. */
function annotationArb(text: string) {
  const quoteArb = fc.oneof(
    fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => text.slice(Math.min(a, b), Math.max(a, b))),
    fc.string({ maxLength: 20 }),
  );
  return fc.record({
    type: fc.constantFrom('Annotation', 'oa:Annotation'),
    id: fc.oneof(fc.string({ maxLength: 6 }), fc.constant(undefined)),
    created: fc.option(timestampArb, { nil: undefined }),
    modified: fc.option(timestampArb, { nil: undefined }),
    'claimlens:claimId': fc.option(fc.constantFrom('', 'c-1', 'c-2', 'c-kcna0001'), { nil: undefined }),
    'claimlens:orphan': fc.option(fc.boolean(), { nil: undefined }),
    'claimlens:sourceSpan': spanArb(text),
    'claimlens:cueSpan': spanArb(text),
    'claimlens:contentSpan': spanArb(text),
    body: fc.array(
      fc.record({
        type: fc.constant('TextualBody'),
        purpose: fc.constantFrom('identifying', 'assessing', 'classifying', 'commenting', 'tagging', undefined),
        value: fc.oneof(fc.constantFrom('confirmed', 'rejected', 'suggested', 'B2', 'F6', '  ', 'Tass', ''), fc.string({ maxLength: 10 })),
        'claimlens:sourceId': fc.option(fc.constantFrom('', 'tass', 'kcna'), { nil: undefined }),
        'claimlens:credibility': fc.option(valueArb, { nil: undefined }),
      }),
      { maxLength: 4 },
    ),
    target: fc.record({
      source: fc.constant('article.txt'),
      selector: fc.array(
        fc.oneof(
          quoteArb.map((exact) => ({ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' })),
          fc.record({ type: fc.constant('TextPositionSelector'), start: valueArb, end: valueArb, 'claimlens:utf16Start': valueArb, 'claimlens:utf16End': valueArb }),
        ),
        { minLength: 1, maxLength: 2 },
      ),
    }),
  });
}

/** An article with claims the reader worked on (confirmed, rated, noted, rejected), and a hostile or clumsy file for it. */
const scenarioArb = annotatedArb.chain(({ text, sidecar }) =>
  fc.record({
    text: fc.constant(text),
    existing: fc.constant(sidecar),
    work: fc.array(fc.constantFrom('confirm', 'reject', 'note', 'rate', 'leave'), { maxLength: 8 }),
    file: fc.array(annotationArb(text), { maxLength: 6 }).map((items) => JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items })),
  }),
);

function withWork(sidecar: Sidecar, work: readonly string[]): Sidecar {
  return sidecar.claims.reduce((s, claim, i) => {
    const patch = { confirm: { state: 'confirmed' as const }, reject: { state: 'rejected' as const }, note: { note: 'mine' }, rate: { credibility: 2 as const }, leave: {} }[work[i] ?? 'leave'];
    return updateClaim(s, claim.id, patch ?? {}, NOW);
  }, sidecar);
}

function valid(sidecar: Sidecar): void {
  const parsed = parseSidecar(serializeSidecar(sidecar), 'article.txt.claims.json');
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
}

describe('reliability: fuzzing the W3C importer', () => {
  it('never throws on arbitrary text or JSON', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null')), (raw) => {
      const read = readW3C(raw, 'claims.jsonld');
      if (!read.ok) assert.match(read.error, /^claims\.jsonld: /);
    }), { numRuns: 500 });
  });

  it('builds only sidecars the validator accepts, with every placed claim on its quote, from any annotations', () => {
    fc.assert(
      fc.property(scenarioArb, ({ text, file }) => {
        const read = readW3C(file, 'claims.jsonld');
        if (!read.ok) return;
        for (const document of read.documents) {
          const result = importDocument(document, { file: 'article.txt', text }, NOW);
          if (!result.ok) continue;
          valid(result.sidecar);
          for (const claim of result.sidecar.claims) {
            if (!claim.orphan) assert.equal(text.slice(claim.target.start, claim.target.end), claim.target.exact);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('merges any import into a sidecar without losing a claim or changing the reader’s state, source, rating or note', () => {
    fc.assert(
      fc.property(scenarioArb, ({ text, existing, work, file }) => {
        const mine = withWork(existing, work);
        const read = readW3C(file, 'claims.jsonld');
        if (!read.ok) return;
        for (const document of read.documents) {
          const imported = importDocument(document, { file: 'article.txt', text }, NOW);
          if (!imported.ok) continue;
          const merged = mergeImported(mine, imported.sidecar);
          assert.ok(merged.ok, merged.ok ? '' : merged.error);
          valid(merged.sidecar);
          for (const claim of mine.claims) {
            // Only an untouched suggestion may take an imported claim's id; the reader's claims keep theirs.
            const after: Claim | undefined = merged.sidecar.claims.find((c) => c.id === claim.id || (isUntouchedSuggestion(claim) && c.target.exact === claim.target.exact));
            assert.ok(after, `claim "${claim.target.exact}" was lost`);
            if (isUntouchedSuggestion(claim)) continue;
            if (claim.state !== 'suggested') assert.equal(after.state, claim.state);
            if (claim.note !== '') assert.equal(after.note, claim.note);
            if (claim.credibility !== null) assert.equal(after.credibility, claim.credibility);
            if (claim.sourceId !== null) assert.equal(after.sourceId, claim.sourceId);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
