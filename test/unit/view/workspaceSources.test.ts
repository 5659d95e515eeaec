// Specification of the Workspace view by source: a source's claims gathered across articles.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../../src/core/detect';
import { emptySidecar, mergeDetections, updateClaim, upsertSource } from '../../../src/core/model/annotations';
import type { Sidecar } from '../../../src/core/model/types';
import { workspaceSources } from '../../../src/core/view/workspaceSources';

const NOW = '2026-01-01T00:00:00Z';
const ENDORSEMENT =
  'The Washington Post, the influential US daily, endorsed Senator Maria Alvarez on Sunday.\n\nThe newspaper said Alvarez had experience.';
const FOLLOW_UP = 'The Washington Post reported on Monday that turnout was high. The daily said polls closed late.';

function detected(file: string, text: string): Sidecar {
  return mergeDetections(emptySidecar(file, text), text, detectAttributions(text, { resolveSources: true }), NOW);
}

function summary(articles: { articleUri: string; sidecar: Sidecar }[]): string[] {
  return workspaceSources(articles).map((s) => `${s.name} · ${s.claims.length} claims · ${s.articles} articles${s.tagged ? ' · tagged' : ''}`);
}

describe('workspace sources', () => {
  it('gathers the claims of one resolved name across articles', () => {
    const articles = [
      { articleUri: 'file:///a.txt', sidecar: detected('a.txt', ENDORSEMENT) },
      { articleUri: 'file:///b.txt', sidecar: detected('b.txt', FOLLOW_UP) },
    ];
    assert.deepEqual(summary(articles)[0], 'The Washington Post · 4 claims · 2 articles');
  });

  it('joins an untagged entity to a source tagged elsewhere that goes by its name, saying how each claim names it', () => {
    const first = detected('a.txt', ENDORSEMENT);
    const { sidecar, source } = upsertSource(first, { name: 'Washington Post', aliases: [], kind: 'media', reliability: 'B', note: '' });
    const newspaper = sidecar.claims.find((c) => c.source?.text === 'The newspaper');
    assert.ok(newspaper);
    const tagged = updateClaim(sidecar, newspaper.id, { sourceId: source.id }, NOW);
    const groups = workspaceSources([
      { articleUri: 'file:///a.txt', sidecar: tagged },
      { articleUri: 'file:///b.txt', sidecar: detected('b.txt', FOLLOW_UP) },
    ]);
    assert.deepEqual(
      groups.map((g) => `${g.name} · ${g.claims.length}${g.tagged ? ' · tagged' : ''}`),
      ['Washington Post · 4 · tagged'],
    );
    assert.deepEqual(
      groups[0].claims.map((c) => [c.articleUri, c.mentionedAs]),
      [
        ['file:///a.txt', 'The Washington Post, the influential US daily'],
        ['file:///a.txt', 'The newspaper'],
        ['file:///b.txt', null],
        ['file:///b.txt', 'The daily'],
      ],
    );
  });

  it('leaves rejected claims and orphans out', () => {
    const sidecar = detected('a.txt', ENDORSEMENT);
    const rejected = updateClaim(sidecar, sidecar.claims[0].id, { state: 'rejected' }, NOW);
    const orphaned: Sidecar = { ...rejected, claims: rejected.claims.map((c, i) => (i === 1 ? { ...c, orphan: true } : c)) };
    assert.deepEqual(workspaceSources([{ articleUri: 'file:///a.txt', sidecar: orphaned }]), []);
  });
});
