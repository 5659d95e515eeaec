import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { documentInfo, parseSidecar, serializeSidecar } from '../../../src/core/sidecar';

const doc = readFileSync(path.join(__dirname, '../../../docs/sidecar-format.md'), 'utf8');

function block(language: string): string {
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(doc);
  assert.ok(match, `docs/sidecar-format.md has a ${language} block`);
  return match[1];
}

describe('docs/sidecar-format.md', () => {
  it('shows an example that ClaimLens reads and writes back byte for byte', () => {
    const example = block('json');
    const result = parseSidecar(example, 'example');
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.equal(serializeSidecar(result.sidecar), example);
  });

  it('shows the article the example was saved against', () => {
    const article = block('text');
    const result = parseSidecar(block('json'), 'example');
    assert.ok(result.ok);
    assert.deepEqual(documentInfo('article.txt', article), result.sidecar.document);
  });
});
