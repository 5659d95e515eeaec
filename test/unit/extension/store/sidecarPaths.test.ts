// Specification of where sidecars live relative to their articles.
import * as assert from 'node:assert/strict';
import {
  articlePathFor,
  baseName,
  folderPath,
  isSidecarPath,
  sidecarPathFor,
  temporaryPathFor,
} from '../../../../src/extension/store/sidecarPaths';

describe('sidecar paths', () => {
  it('puts the sidecar beside the article, named after the whole article file name', () => {
    assert.equal(sidecarPathFor('/news/2024/kcna.txt'), '/news/2024/kcna.txt.claims.json');
  });

  it('puts the sidecar of an article at the root of a file system at the root too', () => {
    assert.equal(sidecarPathFor('/article.md'), '/article.md.claims.json');
  });

  it('keeps spaces and non-ASCII letters of the article name', () => {
    assert.equal(sidecarPathFor('/a/Ünïcode report 🙂.md'), '/a/Ünïcode report 🙂.md.claims.json');
  });

  it('finds the article of a sidecar', () => {
    assert.equal(articlePathFor('/news/kcna.txt.claims.json'), '/news/kcna.txt');
  });

  it('finds no article for a file that is not a sidecar', () => {
    assert.equal(articlePathFor('/news/kcna.txt'), undefined);
  });

  it('finds no article for a file named only .claims.json', () => {
    assert.equal(articlePathFor('/news/.claims.json'), undefined);
  });

  it('recognises sidecars by their suffix', () => {
    assert.equal(isSidecarPath('/a/b.txt.claims.json'), true);
    assert.equal(isSidecarPath('/a/b.claims.json.tmp'), false);
  });

  it('names the file and the folder of a path', () => {
    assert.equal(baseName('/a/b/c.txt'), 'c.txt');
    assert.equal(folderPath('/a/b/c.txt'), '/a/b');
    assert.equal(folderPath('/c.txt'), '/');
  });

  it('puts the temporary file of an atomic write in the same folder, hidden, not looking like a sidecar', () => {
    const temporary = temporaryPathFor('/a/b.txt.claims.json', 'x1');
    assert.equal(temporary, '/a/.b.txt.claims.json.x1.tmp');
    assert.equal(isSidecarPath(temporary), false);
  });
});
