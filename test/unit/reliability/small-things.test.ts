// Reliability, case 9 (the smaller ones): exports trust only offsets that hold in the article, notes cannot become links, lone-CR files count their lines.
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { formatMarkdown, type ExportArticle } from '../../../src/core/export';
import { makeTarget } from '../../../src/core/anchor';
import { documentInfo, serializeSidecar } from '../../../src/core/sidecar';
import type { Claim } from '../../../src/core/model/types';
import { CONTEXT } from '../export-fixtures';
import { Workspace } from './workspace';

const TEXT = 'Officials said the bridge would reopen in May.';

function claimOn(text: string, quote: string, note: string): Claim {
  const start = text.indexOf(quote);
  return {
    id: 'c-1', state: 'confirmed', origin: 'manual', target: makeTarget(text, start, start + quote.length), orphan: false,
    source: null, cue: null, content: null, hedges: [], commitment: null, kind: null, kindOrigin: 'detected', sourceId: null, credibility: 2,
    note, tags: [], created: CONTEXT.generated, modified: CONTEXT.generated,
  };
}

describe('reliability: the smaller things', () => {
  describe('Markdown exports', () => {
    const linkify = new MarkdownIt({ linkify: true });
    const notes = ['see https://evil.example/login', 'www.evil.example', 'mail bob@evil.example', 'evil.example/path', '//evil.example/x', 'ask @someone'];

    for (const note of notes) {
      it(`shows the note “${note}” as text, not as a link, in a viewer that linkifies`, () => {
        const article: ExportArticle = {
          label: 'news.md', iri: 'news.md', text: TEXT,
          sidecar: { version: 1, document: documentInfo('news.md', TEXT), sources: [], claims: [claimOn(TEXT, 'the bridge would reopen in May', note)] },
        };
        const html = linkify.render(formatMarkdown([article], CONTEXT));
        assert.doesNotMatch(html, /<a /);
        assert.ok(html.includes(note), `the note reads as written: ${html}`);
      });
    }
  });

  describe('the CLI', () => {
    let ws: Workspace;

    beforeEach(() => {
      ws = new Workspace();
    });

    afterEach(() => ws.remove());

    it('puts claims of a file with lone CR line ends on their own lines in the detect table', async () => {
      ws.write('old-mac.txt', 'Tass reported that the talks had failed.\r\rOfficials said the border would stay closed.\r');
      const run = await ws.run('detect', 'old-mac.txt');
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(run.stdout.match(/^ {2}\d+:\d+/gm), ['  1:1', '  3:1']);
    });

    it('re-anchors a sidecar whose hash matches but whose offsets do not select their text, before exporting it', async () => {
      ws.write('article.txt', `Update: ${TEXT}`);
      const honest = claimOn(TEXT, 'the bridge would reopen in May', 'mine');
      // The hash is the article's own; the offsets are those of the text before "Update: " was added.
      const forged = { version: 1 as const, document: documentInfo('article.txt', `Update: ${TEXT}`), sources: [], claims: [honest] };
      ws.write('article.txt.claims.json', serializeSidecar(forged));
      const run = await ws.run('export', '--format', 'csv', 'article.txt');
      assert.equal(run.code, 0, run.stderr);
      const row = run.stdout.split('\r\n').find((line) => line.includes('bridge would reopen'));
      assert.match(row ?? '', /,23,53,/);
      assert.match(run.stderr, /claims re-anchored for this run/);
    });
  });
});
