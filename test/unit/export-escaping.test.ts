import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { formatHtml, formatMarkdown, type ExportArticle } from '../../src/core/export';
import { makeTarget } from '../../src/core/anchor';
import { documentInfo } from '../../src/core/sidecar';
import type { Claim } from '../../src/core/model/types';
import { CONTEXT } from './export-fixtures';

const TEXT = [
  'Officials said <script>alert("article")</script> was found.',
  'The ministry stated "><img src=x onerror=alert(1)> in a release.',
  'A blogger wrote </style><style>body{display:none}</style> and [a link](javascript:alert(2)).',
].join('\n');

function claimOn(id: string, quote: string, note: string): Claim {
  const start = TEXT.indexOf(quote);
  return {
    id, state: 'confirmed', origin: 'manual', target: makeTarget(TEXT, start, start + quote.length), orphan: false,
    source: null, cue: null, content: null, hedges: [], commitment: null, kind: null, kindOrigin: 'detected', sourceId: 'evil', credibility: 2,
    note, tags: ['<b onmouseover="x()">tag</b>'], created: CONTEXT.generated, modified: CONTEXT.generated,
  };
}

const HOSTILE: ExportArticle = {
  label: 'news/<script>x</script>".txt',
  iri: 'news/x.txt',
  text: TEXT,
  sidecar: {
    version: 1,
    document: documentInfo('x.txt', TEXT),
    sources: [{ id: 'evil', name: '<img src=x onerror="alert(3)">', aliases: [], kind: null, reliability: 'E', note: '' }],
    claims: [
      claimOn('c-1', '<script>alert("article")</script> was found', 'see <script>alert("note")</script>'),
      claimOn('c-2', '"><img src=x onerror=alert(1)> in a release', '" onerror="alert(4)'),
      claimOn('c-3', '</style><style>body{display:none}</style> and [a link](javascript:alert(2))', '</textarea></style><!-- *bold* # heading'),
    ],
  },
};

/** Everything the report itself writes; anything else would have come from the text. */
const REPORT_ELEMENTS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'p', 'section', 'dl', 'dt', 'dd',
  'mark', 'a', 'article', 'div', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'em', 'abbr', 'blockquote', 'br']);
const REPORT_ATTRIBUTES = new Set(['lang', 'charset', 'name', 'content', 'http-equiv', 'class', 'id', 'title', 'href', 'scope', 'aria-label']);

describe('escaping of hostile article and note text', () => {
  describe('in the HTML report', () => {
    const html = formatHtml([HOSTILE], CONTEXT);

    it('contains no element and no attribute that came from the text', () => {
      const tags = [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)];
      assert.deepEqual([...new Set(tags.map(([, name]) => name.toLowerCase()))].filter((n) => !REPORT_ELEMENTS.has(n)), []);
      for (const [tag, , rest] of tags) assert.match(rest, /^(\s+[a-zA-Z-]+(="[^"<>]*")?)*\s*$/, tag);
      const attributes = tags.flatMap(([, , rest]) => [...rest.matchAll(/\s([a-zA-Z-]+)(?:="[^"]*")?/g)].map(([, name]) => name.toLowerCase()));
      assert.deepEqual([...new Set(attributes)].filter((a) => !REPORT_ATTRIBUTES.has(a)), []);
    });

    it('closes its stylesheet only once, so article text cannot end it early', () => {
      assert.equal(html.match(/<\/style>/gi)?.length, 1);
      assert.equal(html.match(/<style>/gi)?.length, 1);
    });

    it('keeps the hostile text readable as escaped characters', () => {
      assert.ok(html.includes('&lt;script&gt;alert(&quot;article&quot;)&lt;/script&gt;'));
      assert.ok(html.includes('&quot; onerror=&quot;alert(4)'));
      assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(3)&quot;&gt;'));
    });

    it('never lets text close an attribute: every quote inside an attribute value is escaped', () => {
      for (const [, value] of html.matchAll(/ (?:title|href|id|class|content)="([^"]*)"/g)) {
        assert.doesNotMatch(value, /[<>]/);
      }
    });

    it('forbids scripts and outside resources through its content security policy', () => {
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
      assert.doesNotMatch(html, /<link|src=["']?http|url\(/i);
    });
  });

  describe('in the Markdown report', () => {
    const markdown = formatMarkdown([HOSTILE], CONTEXT);

    it('leaves no raw HTML tag from the text', () => {
      assert.doesNotMatch(markdown, /(?<!\\)<(script|img|style|b|textarea)/i);
      assert.doesNotMatch(markdown, /(?<!\\)<!--/);
    });

    it('escapes link syntax so a javascript: link cannot form', () => {
      assert.ok(markdown.includes('\\[a link\\](javascript:alert(2))'));
    });

    it('keeps the line breaks of a note inside its list item, no line starting a heading, an item or a link', () => {
      const note = 'Checked with two sources:\n# not a heading\n- not an item\n\n1. nor a numbered one\nhttps://factcheck.example/kcna';
      const article = { ...HOSTILE, sidecar: { ...HOSTILE.sidecar, claims: [{ ...HOSTILE.sidecar.claims[0], note }] } };
      const html = new MarkdownIt({ linkify: true }).render(formatMarkdown([article], CONTEXT));
      const item = /<li>Note: (.*?)<\/li>/s.exec(html)?.[1];
      assert.equal(item, 'Checked with two sources:<br>\n# not a heading<br>\n- not an item<br>\n1. nor a numbered one<br>\nhttps://factcheck.example/kcna');
    });

    it('keeps a note from starting a heading or emphasis', () => {
      assert.ok(markdown.includes('- Note: \\</textarea\\>\\</style\\>\\<!-- \\*bold\\* # heading'));
    });
  });
});
