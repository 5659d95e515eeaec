import * as assert from 'node:assert/strict';
import { importDocument, mergeImported, readW3C, toW3C, type ReadDocument } from '../../src/core/export';
import { emptySidecar } from '../../src/core/model/annotations';
import type { Sidecar } from '../../src/core/model/types';
import { CONTEXT, loadArticle } from './export-fixtures';

const NOW = '2026-11-27T13:00:00.000Z';

function onlyDocument(raw: string): ReadDocument {
  const read = readW3C(raw, 'export.jsonld');
  if (!read.ok) throw new Error(read.error);
  assert.equal(read.documents.length, 1);
  return read.documents[0];
}

function imported(raw: string, article: { file: string; text: string } | null): Sidecar {
  const result = importDocument(onlyDocument(raw), article, NOW);
  if (!result.ok) throw new Error(result.error);
  return result.sidecar;
}

describe('W3C Web Annotation export', () => {
  const article = loadArticle();
  const collection = toW3C([article], CONTEXT);

  it('is an AnnotationCollection in the Web Annotation JSON-LD context with its first page embedded', () => {
    const context = collection['@context'];
    assert.equal(context[0], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.match(collection.id, /^[a-z][a-z0-9+.-]*:/, 'the collection id is an absolute IRI');
    assert.equal(collection.first.type, 'AnnotationPage');
    assert.equal(collection.first.startIndex, 0);
    assert.equal(collection.total, collection.first.items.length);
  });

  it('writes one Annotation per claim, each with a unique absolute IRI, a target and timestamps', () => {
    const items = collection.first.items;
    assert.equal(items.length, article.sidecar.claims.length);
    assert.equal(new Set(items.map((a) => a.id)).size, items.length);
    for (const annotation of items) {
      assert.equal(annotation.type, 'Annotation');
      assert.match(annotation.id, /^urn:claimlens:claim:/);
      assert.match(annotation.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      assert.match(annotation.modified, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      assert.equal(annotation.generator.type, 'Software');
      assert.equal(annotation.target.type, 'SpecificResource');
      assert.equal(annotation.target.source, 'article.txt');
      assert.equal(Object.hasOwn(annotation, '@context'), false, 'embedded annotations inherit the collection context');
    }
  });

  it('gives every placed claim a quote selector and a position selector that select the same text', () => {
    const characters = Array.from(article.text);
    for (const annotation of collection.first.items.filter((a) => !a['claimlens:orphan'])) {
      const [quote, position] = annotation.target.selector;
      assert.equal(quote.type, 'TextQuoteSelector');
      assert.equal(typeof quote.prefix, 'string');
      assert.equal(typeof quote.suffix, 'string');
      assert.ok(position, `${annotation.id} has a position selector`);
      assert.equal(position.type, 'TextPositionSelector');
      assert.equal(characters.slice(position.start, position.end).join(''), quote.exact);
    }
  });

  it('counts TextPositionSelector positions in code points, so text after an emoji flag is two positions earlier than in UTF-16', () => {
    const kcna = collection.first.items.find((a) => a['claimlens:claimId'] === 'c-kcna0001');
    const position = kcna?.target.selector[1];
    assert.deepEqual(
      position && [position.start, position.end, position['claimlens:utf16Start'], position['claimlens:utf16End']],
      [45, 170, 47, 173],
    );
  });

  it('gives an orphan only a quote selector, since its last offsets no longer select its quote', () => {
    const orphan = collection.first.items.find((a) => a['claimlens:orphan']);
    assert.equal(orphan?.target.selector.length, 1);
    assert.deepEqual(orphan?.['claimlens:lastKnownPosition'], { utf16Start: 400, utf16End: 431 });
  });

  it('describes source, rating, state, kind, note and tags as bodies with the matching W3C purposes', () => {
    const kcna = collection.first.items.find((a) => a['claimlens:claimId'] === 'c-kcna0001');
    assert.deepEqual(kcna?.body?.map((b) => [b.purpose, b.type === 'TextualBody' ? b.value : b.source]), [
      ['identifying', 'Korean Central News Agency'],
      ['assessing', 'D3 — not usually reliable, possibly true'],
      ['classifying', 'confirmed'],
      ['classifying', 'https://github.com/claimlens/claimlens/blob/main/docs/export-formats.md#kind-statement'],
      ['commenting', article.sidecar.claims.find((c) => c.id === 'c-kcna0001')?.note],
      ['tagging', 'missile'],
      ['tagging', '=SUM(A1)'],
    ]);
    assert.ok(kcna?.body?.every((b) => b.type === 'SpecificResource' || b.format === 'text/plain'));
  });

  it('tags the kind with its vocabulary term and records whether the detector or the user chose it', () => {
    const kindOf = (id: string) => collection.first.items.find((a) => a['claimlens:claimId'] === id)?.body?.find((b) => b.type === 'SpecificResource');
    assert.deepEqual(kindOf('c-analyst4'), {
      type: 'SpecificResource',
      purpose: 'classifying',
      source: 'https://github.com/claimlens/claimlens/blob/main/docs/export-formats.md#kind-belief',
      'claimlens:kind': 'belief',
      'claimlens:kindOrigin': 'detected',
    });
    assert.equal(kindOf('c-jcs00002')?.['claimlens:kindOrigin'], 'manual');
  });

  it('writes no kind body for a claim whose kind is not known', () => {
    const flight = collection.first.items.find((a) => a['claimlens:claimId'] === 'c-flight03');
    assert.equal(flight?.body?.some((b) => b.type === 'SpecificResource'), false);
  });

  it('marks an unreviewed suggestion without rating as highlighting and reviewed claims as assessing', () => {
    const motivations = Object.fromEntries(collection.first.items.map((a) => [a['claimlens:claimId'], a.motivation]));
    assert.equal(motivations['c-analyst4'], 'highlighting');
    assert.equal(motivations['c-kcna0001'], 'assessing');
  });

  it('keeps annotation ids unique when the same article is exported twice', () => {
    const twice = toW3C([article, { ...article, label: 'copy.txt', iri: 'copy.txt' }], CONTEXT);
    const ids = twice.first.items.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('W3C Web Annotation import', () => {
  const article = loadArticle();
  const raw = JSON.stringify(toW3C([article], CONTEXT));

  it('gives back the same sidecar when exported and imported against the same article', () => {
    assert.deepEqual(imported(raw, { file: 'article.txt', text: article.text }), article.sidecar);
  });

  it('gives back the same sidecar from the file alone, using the recorded UTF-16 offsets and document record', () => {
    assert.deepEqual(imported(raw, null), article.sidecar);
  });

  it('gives back the fields other tools added (x-…) to the sidecar, its sources and claims, also into a fresh sidecar', () => {
    const sidecar: Sidecar = {
      ...article.sidecar,
      'x-factcheck': { desk: 'Seoul' },
      sources: article.sidecar.sources.map((s, i) => (i === 0 ? { ...s, 'x-wikidata': 'Q193' } : s)),
      claims: article.sidecar.claims.map((c, i) => (i === 0 ? { ...c, 'x-verdict': { label: 'misleading', score: 0.3 } } : c)),
    };
    const exported = JSON.stringify(toW3C([{ ...article, sidecar }], CONTEXT));
    const back = imported(exported, { file: 'article.txt', text: article.text });
    assert.deepEqual(back, sidecar);
    const fresh = mergeImported(emptySidecar('article.txt', article.text), back);
    assert.deepEqual(fresh.ok && fresh.sidecar, sidecar);
  });

  it('gives back the fuller mention a source was resolved to (refersTo)', () => {
    const index = article.sidecar.claims.findIndex((c) => c.source !== null);
    const mention = { start: 0, end: 5, text: article.text.slice(0, 5) };
    const sidecar: Sidecar = {
      ...article.sidecar,
      claims: article.sidecar.claims.map((c, i) => (i === index && c.source ? { ...c, source: { ...c.source, refersTo: mention } } : c)),
    };
    const back = imported(JSON.stringify(toW3C([{ ...article, sidecar }], CONTEXT)), { file: 'article.txt', text: article.text });
    assert.deepEqual(back.claims[index]?.source?.refersTo, mention);
    assert.deepEqual(back, sidecar);
  });

  it('drops a resolved mention whose offsets do not span its text, keeping the source', () => {
    const collection = toW3C([article], CONTEXT);
    const annotation = collection.first.items.find((a) => a['claimlens:sourceSpan']);
    assert.ok(annotation?.['claimlens:sourceSpan']);
    const own = annotation['claimlens:sourceSpan'];
    annotation['claimlens:sourceSpan'] = { ...own, refersTo: { start: 0, end: 2, text: 'longer than two' } };
    const back = imported(JSON.stringify(collection), { file: 'article.txt', text: article.text });
    const claim = back.claims.find((c) => c.source?.start === own.start && c.source.end === own.end);
    assert.deepEqual(claim?.source, { start: own.start, end: own.end, text: own.text });
  });

  it('re-anchors claims by their quotes when the article changed since the export', () => {
    const edited = `UPDATE: corrected.\r\n${article.text}`;
    const sidecar = imported(raw, { file: 'article.txt', text: edited });
    const kcna = sidecar.claims.find((c) => c.id === 'c-kcna0001');
    assert.equal(kcna && edited.slice(kcna.target.start, kcna.target.end), kcna?.target.exact);
    assert.equal(sidecar.document.length, edited.length);
  });

  it('places an annotation from another tool by its code point positions', () => {
    const text = '🇰🇵 KCNA said the launch succeeded.';
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://hypothes.is/a/abc',
      type: 'Annotation',
      body: [{ type: 'TextualBody', value: 'Check against JCS', purpose: 'commenting' }, { type: 'TextualBody', value: 'missile', purpose: 'tagging' }],
      target: {
        source: 'https://example.org/story',
        selector: [{ type: 'TextPositionSelector', start: 3, end: 34 }, { type: 'TextQuoteSelector', exact: 'KCNA said the launch succeeded' }],
      },
    };
    const [claim] = imported(JSON.stringify(foreign), { file: 'story.txt', text }).claims;
    assert.deepEqual([claim.target.start, claim.target.end, claim.target.exact], [5, 35, 'KCNA said the launch succeeded']);
    assert.deepEqual([claim.state, claim.origin, claim.note, claim.tags, claim.orphan], ['confirmed', 'manual', 'Check against JCS', ['missile'], false]);
  });

  it('places an annotation from another tool that selects its text by code point positions only, quoting the article there', () => {
    const text = '🇰🇵 KCNA said the launch succeeded.';
    const foreign = { type: 'Annotation', id: 'urn:x:pos', bodyValue: 'Positions only', target: { source: 'a.txt', selector: { type: 'TextPositionSelector', start: 3, end: 33 } } };
    const [claim] = imported(JSON.stringify(foreign), { file: 'a.txt', text }).claims;
    assert.deepEqual([claim.target.start, claim.target.end, claim.target.exact, claim.target.prefix], [5, 35, 'KCNA said the launch succeeded', '🇰🇵 ']);
    assert.deepEqual([claim.note, claim.orphan], ['Positions only', false]);
  });

  it('skips, naming it, an annotation whose positions lie past the end of the article', () => {
    const foreign = [
      { type: 'Annotation', id: 'urn:x:far', target: { source: 'a.txt', selector: { type: 'TextPositionSelector', start: 500, end: 520 } } },
      { type: 'Annotation', id: 'urn:x:near', target: { source: 'a.txt', selector: { type: 'TextPositionSelector', start: 0, end: 9 } } },
    ];
    const result = importDocument(onlyDocument(JSON.stringify(foreign)), { file: 'a.txt', text: 'Officials said the bridge was closed.' }, NOW);
    assert.ok(result.ok);
    assert.deepEqual(result.sidecar.claims.map((c) => c.target.exact), ['Officials']);
    assert.deepEqual(result.warnings, ['urn:x:far: its position selector selects no text of a.txt, skipped']);
  });

  it('reads an Admiralty code from the text of another tool\'s assessing body', () => {
    const text = 'Officials said the bridge was closed.';
    const foreign = [{
      type: 'Annotation', id: 'urn:x:1',
      body: [{ type: 'TextualBody', purpose: 'identifying', value: 'Officials' }, { type: 'TextualBody', purpose: 'assessing', value: 'C3 fairly reliable, possibly true' }],
      target: { source: 'a.txt', selector: { type: 'TextQuoteSelector', exact: 'Officials said the bridge was closed' } },
    }];
    const sidecar = imported(JSON.stringify(foreign), { file: 'a.txt', text });
    assert.deepEqual(sidecar.sources.map((s) => [s.name, s.reliability]), [['Officials', 'C']]);
    assert.equal(sidecar.claims[0].credibility, 3);
    assert.equal(sidecar.claims[0].sourceId, sidecar.sources[0].id);
  });

  it('takes the kind of another tool\'s annotation from a body naming a ClaimLens kind term, as the user\'s choice', () => {
    const text = 'The minister called the plan a disgrace.';
    const foreign = [{
      type: 'Annotation', id: 'urn:x:2',
      body: { type: 'SpecificResource', purpose: 'tagging', source: 'https://github.com/claimlens/claimlens/blob/main/docs/export-formats.md#kind-characterization' },
      target: { source: 'a.txt', selector: { type: 'TextQuoteSelector', exact: 'The minister called the plan a disgrace' } },
    }];
    const [claim] = imported(JSON.stringify(foreign), { file: 'a.txt', text }).claims;
    assert.deepEqual([claim.kind, claim.kindOrigin], ['characterization', 'manual']);
  });

  it('leaves the kind unknown when no body names a kind', () => {
    const text = 'Officials said the bridge was closed.';
    const foreign = [{
      type: 'Annotation', id: 'urn:x:3',
      body: { type: 'TextualBody', purpose: 'classifying', value: 'statement' },
      target: { source: 'a.txt', selector: { type: 'TextQuoteSelector', exact: 'Officials said the bridge was closed' } },
    }];
    const [claim] = imported(JSON.stringify(foreign), { file: 'a.txt', text }).claims;
    assert.deepEqual([claim.kind, claim.kindOrigin], [null, 'detected']);
  });

  it('refuses an annotation from another tool without the article text, naming the annotation', () => {
    const foreign = { type: 'Annotation', id: 'urn:x:7', target: { source: 'a.txt', selector: { type: 'TextQuoteSelector', exact: 'said' } } };
    const result = importDocument(onlyDocument(JSON.stringify(foreign)), null, NOW);
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.error, /a\.txt|urn:x:7/);
  });

  it('names the file when it is not JSON', () => {
    const read = readW3C('{"type": "Annotation",', 'notes.jsonld');
    assert.equal(read.ok, false);
    assert.match(read.ok ? '' : read.error, /^notes\.jsonld: not valid JSON/);
  });

  it('refuses a JSON file that holds no annotations, saying what it expected', () => {
    const read = readW3C('{"version": 1, "claims": []}', 'article.txt.claims.json');
    assert.equal(read.ok, false);
    assert.match(read.ok ? '' : read.error, /expected an AnnotationCollection/);
  });

  it('says a sidecar is no annotation file and where it belongs instead', () => {
    const read = readW3C('{"version": 1, "document": {}, "sources": [], "claims": []}', 'article.txt.claims.json');
    assert.match(read.ok ? '' : read.error, /is a ClaimLens sidecar, not W3C annotations \(place it beside its article/);
  });

  it('says a ClaimReview export holds verdicts, not annotations, and what to import instead', () => {
    const read = readW3C('{"@context": "https://schema.org", "@graph": [{"@type": "ClaimReview", "claimReviewed": "x"}]}', 'reviews.jsonld');
    assert.match(read.ok ? '' : read.error, /is a schema\.org ClaimReview export, .* --format w3c/);
  });

  it('names the pages a paged collection links to instead of embedding, rather than passing its first page for the whole', () => {
    const collection = toW3C([article], CONTEXT);
    const paged = { ...collection, total: 40, first: { ...collection.first, next: 'https://annotations.example/c/page2' } };
    const read = readW3C(JSON.stringify(paged), 'page1.jsonld');
    assert.ok(read.ok);
    assert.deepEqual(read.skipped, ['the annotations of the pages after this file (https://annotations.example/c/page2): the file links to them instead of embedding them; download them and import each']);
  });

  it('says how many annotations a collection holds that are not in the file', () => {
    const collection = toW3C([article], CONTEXT);
    const read = readW3C(JSON.stringify({ ...collection, total: 9 }), 'part.jsonld');
    assert.deepEqual(read.ok && read.skipped, ['3 of the 9 annotations the collection says it holds: they are not in this file']);
  });

  it('groups the annotations of a collection by the document they target', () => {
    const two = JSON.stringify(toW3C([article, { ...article, label: 'b.txt', iri: 'b.txt' }], CONTEXT));
    const read = readW3C(two, 'two.jsonld');
    assert.deepEqual(read.ok && read.documents.map((d) => [d.source, d.annotations.length]), [['article.txt', 6], ['b.txt', 6]]);
  });
});
