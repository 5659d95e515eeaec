// Reliability, case 1 (import wipes tags): importing a colleague's untouched export never replaces the reader's confirmed, tagged, rated or noted claims.
import * as assert from 'node:assert/strict';
import { Workspace } from './workspace';

describe('reliability: import keeps the reader’s work', () => {
  let ws: Workspace;

  beforeEach(() => {
    ws = new Workspace();
  });

  afterEach(() => ws.remove());

  /** A colleague annotates the same article later, touches nothing, and sends a W3C export of it. */
  async function colleaguesExport(): Promise<string> {
    await ws.annotated('colleague/article.txt');
    const run = await ws.run('export', '--format', 'w3c', '-o', 'colleague/claims.jsonld', 'colleague/article.txt');
    assert.equal(run.code, 0, run.stderr);
    return ws.write('mine/claims.jsonld', ws.read('colleague/claims.jsonld'));
  }

  it('keeps every confirmation, rating, source and note when an untouched export of the same article is imported', async () => {
    await ws.annotated('mine/article.txt');
    ws.tag('mine/article.txt', 'Tass reported', { state: 'confirmed', credibility: 2, note: 'check against Reuters', tags: ['talks'], sourceName: 'Tass' });
    ws.tag('mine/article.txt', 'Analysts believe', { state: 'rejected' });
    const before = ws.sidecar('mine/article.txt');
    await colleaguesExport();
    const run = await ws.run('import', 'mine/claims.jsonld');
    assert.equal(run.code, 0, run.stderr);
    const after = ws.sidecar('mine/article.txt');
    const judged = (claims: typeof before.claims) => claims.map((c) => [c.target.exact, c.state, c.sourceId, c.credibility, c.note, c.tags]);
    assert.deepEqual(judged(after.claims), judged(before.claims));
    assert.deepEqual(after.sources, before.sources);
  });

  it('says what it merged: nothing added, every imported claim already there', async () => {
    await ws.annotated('mine/article.txt');
    ws.tag('mine/article.txt', 'Tass reported', { state: 'confirmed', note: 'mine' });
    await colleaguesExport();
    const run = await ws.run('import', 'mine/claims.jsonld');
    assert.match(run.stderr, /wrote mine\/article\.txt\.claims\.json: 0 added, \d+ filled in from the import, \d+ already there \(3 annotations read\)/);
  });

  it('fills a claim the reader left open from a colleague’s judgement, and lists where they disagree', async () => {
    await ws.annotated('colleague/article.txt');
    ws.tag('colleague/article.txt', 'Tass reported', { state: 'confirmed', credibility: 5, note: 'their note' });
    ws.tag('colleague/article.txt', 'Officials said', { state: 'confirmed', credibility: 2 });
    await ws.run('export', '--format', 'w3c', '-o', 'colleague/claims.jsonld', 'colleague/article.txt');
    ws.write('mine/claims.jsonld', ws.read('colleague/claims.jsonld'));
    await ws.annotated('mine/article.txt');
    ws.tag('mine/article.txt', 'Tass reported', { state: 'confirmed', credibility: 2, note: 'my note' });
    const run = await ws.run('import', 'mine/claims.jsonld');
    assert.equal(run.code, 0, run.stderr);
    const byQuote = new Map(ws.sidecar('mine/article.txt').claims.map((c) => [c.target.exact.slice(0, 14), c]));
    assert.deepEqual([byQuote.get('Tass reported ')?.credibility, byQuote.get('Tass reported ')?.note], [2, 'my note']);
    assert.deepEqual([byQuote.get('Officials said')?.state, byQuote.get('Officials said')?.credibility], ['confirmed', 2]);
    assert.match(run.stderr, /claim "Tass reported that .*": credibility — kept "2", the import had "5"/);
    assert.match(run.stderr, /claim "Tass reported that .*": note — kept "my note", the import had "their note"/);
  });

  it('keeps the reader’s claims however far in the future a hostile file dates its own', async () => {
    await ws.annotated('mine/article.txt');
    ws.tag('mine/article.txt', 'Tass reported', { state: 'confirmed', note: 'mine' });
    const mine = ws.sidecar('mine/article.txt').claims.find((c) => c.state === 'confirmed');
    assert.ok(mine);
    ws.write('mine/hostile.jsonld', JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [{
        type: 'Annotation', id: 'urn:x:1', created: '2999-12-31T23:59:59Z', modified: '2999-12-31T23:59:59Z', 'claimlens:claimId': mine.id,
        body: [{ type: 'TextualBody', purpose: 'classifying', value: 'rejected' }, { type: 'TextualBody', purpose: 'commenting', value: 'attacker' }],
        target: { source: 'article.txt', selector: [{ type: 'TextQuoteSelector', exact: mine.target.exact }] },
      }],
    }));
    const run = await ws.run('import', 'mine/hostile.jsonld');
    assert.equal(run.code, 0, run.stderr);
    const after = ws.sidecar('mine/article.txt').claims.find((c) => c.id === mine.id);
    assert.deepEqual([after?.state, after?.note], ['confirmed', 'mine']);
  });
});
