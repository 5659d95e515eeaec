// Specification: a nominal claim without a source ("growing calls for the mayor to resign") goes through the CLI, the sidecar, the hover and every export.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { parseSidecar } from '../../src/core/sidecar';
import { composeClaimHover } from '../../src/core/view/claimHover';
import { groupClaims } from '../../src/core/view/claimGroups';
import { FORMATS } from '../../src/core/export/formats';
import type { Sidecar } from '../../src/core/model/types';
import { captureOutput } from './support/capture';

const ARTICLE = 'There are growing calls for the mayor to resign.\n';

describe('a sourceless nominal claim downstream', () => {
  let dir: string;
  let article: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'claimlens-nominal-'));
    article = path.join(dir, 'article.txt');
    writeFileSync(article, ARTICLE);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function annotated(): Promise<Sidecar> {
    assert.equal((await captureOutput(() => main(['annotate', article]))).code, 0);
    const result = parseSidecar(readFileSync(`${article}.claims.json`, 'utf8'), `${article}.claims.json`);
    assert.ok(result.ok, result.ok ? '' : result.error);
    return result.sidecar;
  }

  it('prints it from `claimlens detect` with source null, the cue, the content and kind request', async () => {
    const { code, out } = await captureOutput(() => main(['detect', '--format', 'jsonl', article]));
    assert.equal(code, 0);
    const [line] = out.trimEnd().split('\n').map((l) => JSON.parse(l) as { claims: { source: unknown; cue: { text: string }; content: { text: string }; kind: string }[] });
    assert.deepEqual(line.claims.map((c) => [c.source, c.cue.text, c.content.text, c.kind]), [[null, 'calls for', 'the mayor to resign', 'request']]);
  });

  it('stores it in a sidecar that reads back valid, with source null', async () => {
    const sidecar = await annotated();
    assert.deepEqual(sidecar.claims.map((c) => [c.source, c.cue?.text, c.kind]), [[null, 'calls for', 'request']]);
  });

  it('shows it in the hover and in a panel group without a source', async () => {
    const sidecar = await annotated();
    const hover = composeClaimHover(sidecar.claims[0], null, { articleUri: 'file:///article.txt', claimId: sidecar.claims[0].id });
    assert.match(hover, /\*\*Cue:\*\* “calls for”/);
    assert.equal(groupClaims(sidecar, 'source').flatMap((g) => g.claims).length, 1);
  });

  it('writes it into every export format that lists suggestions', async () => {
    await annotated();
    // ClaimReview publishes only confirmed claims with a reviewer and a credibility, never a detected suggestion.
    for (const { format, extension } of FORMATS.filter((f) => f.format !== 'claimreview')) {
      const output = path.join(dir, `claims.${extension}`);
      const { code, err } = await captureOutput(() => main(['export', '--format', format, '-o', output, article]));
      assert.equal(code, 0, `${format}: ${err}`);
      assert.match(readFileSync(output, 'utf8'), /calls for/, format);
    }
  });
});
