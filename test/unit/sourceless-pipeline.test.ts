// Specification of sourceless claims downstream: the CLI, the sidecar, every export and the panel's groups cope with source null.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { parseSidecar } from '../../src/core/sidecar';
import type { Sidecar } from '../../src/core/model/types';
import { composeClaimHover } from '../../src/core/view/claimHover';
import { groupClaims } from '../../src/core/view/claimGroups';
import { captureOutput } from './support/capture';

/** Two sourceless frames, a claim with a source, and an ownerless nominal cue ("calls for"). */
const ARTICLE =
  'It was reported that the mayor had resigned.\n\nThe company was accused of hiding losses.\n\nTass said the talks had failed.\n\n' +
  'There are growing calls for the mayor to resign.\n';

describe('sourceless claims downstream (source null)', () => {
  let dir: string;
  let article: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'claimlens-sourceless-'));
    article = path.join(dir, 'article.txt');
    writeFileSync(article, ARTICLE);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => captureOutput(() => main(args));

  async function annotated(): Promise<Sidecar> {
    const { code } = await run('annotate', article);
    assert.equal(code, 0);
    const sidecarPath = `${article}.claims.json`;
    const parsed = parseSidecar(readFileSync(sidecarPath, 'utf8'), sidecarPath);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    return parsed.sidecar;
  }

  it('writes "source": null in the jsonl of claimlens detect', async () => {
    const { code, out } = await run('detect', '--format', 'jsonl', article);
    assert.equal(code, 0);
    const claims = (JSON.parse(out.trim()) as { claims: { source: unknown; cue: { text: string } }[] }).claims;
    assert.deepEqual(claims.map((c) => [c.cue.text, c.source]).slice(0, 2), [['was reported', null], ['was accused of', null]]);
  });

  it('stores sourceless claims in the sidecar with their kind and no source', async () => {
    const sidecar = await annotated();
    assert.deepEqual(sidecar.claims.map((c) => [c.cue?.text, c.source?.text ?? null, c.kind]), [
      ['was reported', null, 'statement'],
      ['was accused of', null, 'characterization'],
      ['said', 'Tass', 'statement'],
      ['calls for', null, 'request'],
    ]);
  });

  it('shows a sourceless claim’s cue in the hover', async () => {
    const claim = (await annotated()).claims.find((c) => c.cue?.text === 'calls for');
    assert.ok(claim);
    assert.match(composeClaimHover(claim, null, { articleUri: 'file:///article.txt', claimId: claim.id }), /\*\*Cue:\*\* “calls for”/);
  });

  it('puts sourceless claims in the "no source" group, last, when the panel groups by source', async () => {
    const groups = groupClaims(await annotated(), 'source');
    assert.deepEqual(groups.map((g) => [g.key.kind, g.claims.map((c) => c.cue?.text)]), [
      ['detectedSource', ['said']],
      ['noSource', ['was reported', 'was accused of', 'calls for']],
    ]);
  });

  for (const format of ['csv', 'w3c', 'md', 'html']) {
    it(`exports sourceless claims as ${format} with their content`, async () => {
      await annotated();
      const out = path.join(dir, `out.${format}`);
      const { code } = await run('export', '--format', format, '-o', out, article);
      assert.equal(code, 0);
      const written = readFileSync(out, 'utf8');
      assert.ok(written.includes('the mayor had resigned'), `${format} holds the sourceless claim's content`);
      assert.ok(written.includes('hiding losses'), `${format} holds the second sourceless claim's content`);
      assert.ok(written.includes('the mayor to resign'), `${format} holds the ownerless nominal claim's content`);
    });
  }
});
