// Reliability, case 2 (import makes the sidecar unreadable): whatever an annotation file says, import writes only sidecars the validator accepts, keeping what it cannot place as orphans.
import * as assert from 'node:assert/strict';
import { Workspace } from './workspace';

function annotationFile(...items: object[]): string {
  return JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items });
}

function annotation(id: string, selectors: object[], extra: object = {}): object {
  return { type: 'Annotation', id, target: { source: 'article.txt', selector: selectors }, ...extra };
}

describe('reliability: import writes only valid sidecars', () => {
  let ws: Workspace;

  beforeEach(() => {
    ws = new Workspace();
  });

  afterEach(() => ws.remove());

  async function importAndCheck(...items: object[]) {
    ws.write('claims.jsonld', annotationFile(...items));
    const imported = await ws.run('import', 'claims.jsonld');
    assert.equal(imported.code, 0, imported.stderr);
    for (const command of [['annotate', 'article.txt'], ['stats', 'article.txt'], ['export', '--format', 'csv', 'article.txt']]) {
      const run = await ws.run(...command);
      assert.equal(run.code, 0, `${command[0]}: ${run.stderr}`);
    }
    return { imported, sidecar: ws.sidecar('article.txt') };
  }

  it('keeps an annotation whose quote is not in the article as an orphan, and the sidecar stays readable', async () => {
    await ws.annotated('article.txt');
    ws.tag('article.txt', 'Tass reported', { state: 'confirmed', note: 'mine' });
    const { imported, sidecar } = await importAndCheck(annotation('urn:x:1', [{ type: 'TextQuoteSelector', exact: 'a sentence this article never had' }]));
    assert.match(imported.stderr, /1 of 1 annotations could not be found in article\.txt and are kept as orphans/);
    const orphan = sidecar.claims.find((c) => c.orphan);
    assert.equal(orphan?.target.exact, 'a sentence this article never had');
    assert.equal(sidecar.claims.find((c) => c.note === 'mine')?.state, 'confirmed');
  });

  it('does not trust a position selector that points past the quote or past the article', async () => {
    await ws.annotated('article.txt');
    const { sidecar } = await importAndCheck(
      annotation('urn:x:1', [{ type: 'TextQuoteSelector', exact: 'the talks had failed' }, { type: 'TextPositionSelector', start: 0, end: 5 }]),
      annotation('urn:x:2', [{ type: 'TextQuoteSelector', exact: 'not here at all' }, { type: 'TextPositionSelector', start: 5000, end: 5015 }]),
    );
    const talks = sidecar.claims.find((c) => c.target.exact === 'the talks had failed');
    assert.equal(talks?.orphan, false);
    assert.equal(ws.read('article.txt').slice(talks?.target.start, talks?.target.end), 'the talks had failed');
    assert.equal(sidecar.claims.find((c) => c.target.exact === 'not here at all')?.orphan, true);
  });

  it('drops parts whose offsets do not fit their text instead of writing them', async () => {
    await ws.annotated('article.txt');
    const { sidecar } = await importAndCheck(annotation('urn:x:1', [{ type: 'TextQuoteSelector', exact: 'the border would stay closed' }], {
      'claimlens:sourceSpan': { start: 0, end: 3, text: 'Officials' },
      'claimlens:cueSpan': { start: -4, end: 2, text: 'said' },
    }));
    const claim = sidecar.claims.find((c) => c.target.exact === 'the border would stay closed');
    assert.deepEqual([claim?.source, claim?.cue], [null, null]);
  });

  it('turns dates of other tools into ISO timestamps and skips annotations that quote nothing', async () => {
    await ws.annotated('article.txt');
    const { imported, sidecar } = await importAndCheck(
      annotation('urn:x:1', [{ type: 'TextQuoteSelector', exact: 'the talks had failed' }], { created: '30 Nov 2026 10:00:00 GMT', modified: 'yesterday' }),
      annotation('urn:x:2', [{ type: 'TextQuoteSelector', exact: '' }]),
    );
    const talks = sidecar.claims.find((c) => c.target.exact === 'the talks had failed');
    assert.equal(talks?.created, '2026-11-30T10:00:00.000Z');
    assert.match(talks?.modified ?? '', /^\d{4}-\d\d-\d\dT/);
    assert.match(imported.stderr, /urn:x:2: quotes no text, skipped/);
  });

  it('ignores sources without a name and repeated source ids recorded in the file', async () => {
    await ws.annotated('article.txt');
    const record = { source: 'article.txt', file: 'article.txt', length: 1, hash: `sha256:${'0'.repeat(64)}`, sources: [
      { id: 'tass', name: 'Tass', aliases: [], kind: null, reliability: null, note: '' },
      { id: 'tass', name: 'Tass again', aliases: [], kind: null, reliability: null, note: '' },
      { id: '', name: '', aliases: [], kind: null, reliability: null, note: '' },
    ] };
    ws.write('claims.jsonld', JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', 'claimlens:documents': [record],
      items: [annotation('urn:x:1', [{ type: 'TextQuoteSelector', exact: 'the talks had failed' }], {
        body: [{ type: 'TextualBody', purpose: 'identifying', value: '  ', 'claimlens:sourceId': '' }],
      })],
    }));
    const run = await ws.run('import', 'claims.jsonld');
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(ws.sidecar('article.txt').sources.map((s) => s.id), ['tass']);
  });
});
