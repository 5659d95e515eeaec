import * as assert from 'node:assert/strict';
import { relativeIri, resolveRelativeIri } from '../../src/core/export/relativeIri';

describe('relative IRI references to articles', () => {
  it('name a file in the same folder by its name', () => {
    assert.equal(relativeIri('/data/exports', '/data/exports/a.txt'), 'a.txt');
  });

  it('climb out of the folder with .. segments', () => {
    assert.equal(relativeIri('/data/exports/2026', '/data/news/korea/kcna.txt'), '../../news/korea/kcna.txt');
  });

  it('percent-encode spaces, # and ? in names so the reference stays one IRI', () => {
    assert.equal(relativeIri('/w', '/w/my news/#1 what?.txt'), 'my%20news/%231%20what%3F.txt');
  });

  it('resolve back to the path they were made from', () => {
    const file = '/w/my news/#1 what?.txt';
    assert.equal(resolveRelativeIri('/w/out', relativeIri('/w/out', file)), file);
  });
});
