import * as assert from 'node:assert/strict';
import { FORMATS } from '../../src/core/export';
import { CONTEXT, loadArticle, readGolden } from './export-fixtures';

// The goldens in test/fixtures/export/golden/ were generated once and reviewed by eye; a difference is a change in
// the output that must be reviewed the same way before the golden is replaced.
describe('export formats against reviewed golden files', () => {
  for (const info of FORMATS) {
    it(`writes the ${info.label} of the sample article exactly as the golden file`, () => {
      assert.equal(info.write([loadArticle()], CONTEXT), readGolden(`article.${info.extension}`));
    });
  }
});
