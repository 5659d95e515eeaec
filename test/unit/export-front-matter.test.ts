import * as assert from 'node:assert/strict';
import { articleFacts } from '../../src/core/export';

describe('article facts from front matter', () => {
  it('reads the URL and date of YAML front matter', () => {
    assert.deepEqual(articleFacts('---\ntitle: A\nurl: https://news.example/a\ndate: 2026-11-24\n---\nBody.'), {
      url: 'https://news.example/a',
      datePublished: '2026-11-24',
    });
  });

  it('reads quoted values, CRLF lines and a trailing comment', () => {
    assert.deepEqual(articleFacts('---\r\nurl: "https://news.example/a?b=1"\r\npublished: 2026-11-24 # print edition\r\n---\r\nBody.'), {
      url: 'https://news.example/a?b=1',
      datePublished: '2026-11-24',
    });
  });

  it('reads TOML front matter', () => {
    assert.deepEqual(articleFacts('+++\nurl = "https://news.example/a"\ndate = "2026-11-24T09:15:00Z"\n+++\nBody.'), {
      url: 'https://news.example/a',
      datePublished: '2026-11-24T09:15:00Z',
    });
  });

  it('prefers datePublished over date and gives YAML date-times their T', () => {
    assert.deepEqual(articleFacts('---\ndate: 2026-01-01\ndatePublished: 2026-11-24 09:15:00+01:00\n---\n'), { datePublished: '2026-11-24T09:15:00+01:00' });
  });

  it('ignores dates that are not ISO 8601 or do not exist', () => {
    assert.deepEqual(articleFacts('---\ndate: 24 November 2026\n---\n'), {});
    assert.deepEqual(articleFacts('---\ndate: 2026-02-30\n---\n'), {});
  });

  it('ignores URLs that are relative or not on the web', () => {
    assert.deepEqual(articleFacts('---\nurl: /news/a.html\n---\n'), {});
    assert.deepEqual(articleFacts('---\nurl: javascript:alert(1)\n---\n'), {});
  });

  it('finds nothing in an article without front matter, or with it further down', () => {
    assert.deepEqual(articleFacts('KCNA reported that…\n---\nurl: https://news.example/a\n---\n'), {});
    assert.deepEqual(articleFacts(''), {});
  });

  it('reads front matter after a byte order mark', () => {
    assert.deepEqual(articleFacts('\uFEFF---\nurl: https://news.example/a\n---\n'), { url: 'https://news.example/a' });
  });

  it('does not read nested keys as the article’s own', () => {
    assert.deepEqual(articleFacts('---\nsource:\n  url: https://agency.example/\n---\n'), {});
  });
});
