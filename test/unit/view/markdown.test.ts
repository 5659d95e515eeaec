import * as assert from 'node:assert/strict';
import { escapeMarkdown } from '../../../src/core/view/markdown';

describe('escaping article text for Markdown', () => {
  it('turns a would-be link into plain text', () => {
    assert.equal(escapeMarkdown('[click](command:evil)'), '\\[click\\]\\(command:evil\\)');
  });

  it('escapes emphasis, code and HTML characters', () => {
    assert.equal(escapeMarkdown('*a* _b_ `c` <img>'), '\\*a\\* \\_b\\_ \\`c\\` \\<img\\>');
  });

  it('keeps a line break from starting a heading or a list', () => {
    assert.equal(escapeMarkdown('said:\r\n# Not a heading'), 'said: \\# Not a heading');
  });

  it('leaves letters, digits and emoji alone', () => {
    assert.equal(escapeMarkdown('Kim 2024 😀 “quoted”'), 'Kim 2024 😀 “quoted”');
  });
});
