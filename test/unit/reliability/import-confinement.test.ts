// Reliability, case 4 (import writes wherever a target points): import writes sidecars only inside the folder it was pointed at, whatever the target IRI says.
import * as assert from 'node:assert/strict';
import { existsSync, symlinkSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { importTargetPath } from '../../../src/core/export';
import { ARTICLE, Workspace } from './workspace';

function targeting(source: string, note = 'attacker'): string {
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage',
    items: [{
      type: 'Annotation', id: 'urn:x:1', modified: '2999-01-01T00:00:00Z',
      body: [{ type: 'TextualBody', purpose: 'classifying', value: 'rejected' }, { type: 'TextualBody', purpose: 'commenting', value: note }],
      target: { source, selector: { type: 'TextQuoteSelector', exact: 'Tass reported that the talks had failed after two days' } },
    }],
  });
}

describe('reliability: import stays inside its folder', () => {
  let ws: Workspace;

  beforeEach(async () => {
    ws = new Workspace();
    await ws.annotated('other/victim.txt');
    ws.tag('other/victim.txt', 'Tass reported', { state: 'confirmed', note: 'the victim’s note' });
  });

  afterEach(() => ws.remove());

  const hostileTargets = [
    ['a parent step', '../other/victim.txt'],
    ['a percent-encoded parent step', '%2e%2e/other/victim.txt'],
    ['a parent step with an encoded slash', '..%2Fother%2Fvictim.txt'],
    ['an absolute path', 'ABSOLUTE'],
    ['a file: URI', 'FILE_URI'],
  ];

  for (const [what, target] of hostileTargets) {
    it(`refuses a target that leaves the folder by ${what}, and leaves the sidecar there byte for byte`, async () => {
      const source = target === 'ABSOLUTE' ? ws.path('other/victim.txt') : target === 'FILE_URI' ? pathToFileURL(ws.path('other/victim.txt')).href : target;
      ws.write('inbox/claims.jsonld', targeting(source));
      const before = ws.bytes('other/victim.txt.claims.json');
      const run = await ws.run('import', 'inbox/claims.jsonld');
      assert.equal(run.code, 1);
      assert.match(run.stderr, /(outside .*inbox; an import only writes sidecars inside the folder it was pointed at; to allow it, name a folder that holds it with --root|hides a path separator)/);
      assert.deepEqual(ws.bytes('other/victim.txt.claims.json'), before);
    });
  }

  it('writes outside the annotation file’s folder when --root names a folder that holds the target', async () => {
    ws.write('inbox/claims.jsonld', targeting('../other/victim.txt', 'a colleague'));
    const run = await ws.run('import', '--root', '.', 'inbox/claims.jsonld');
    assert.equal(run.code, 0, run.stderr);
    assert.ok(ws.sidecar('other/victim.txt').claims.some((c) => c.state === 'confirmed' && c.note === 'the victim’s note'));
  });

  it('refuses a target inside the folder whose folder is a symbolic link to elsewhere', async () => {
    ws.write('inbox/.keep', '');
    symlinkSync(ws.path('other'), ws.path('inbox/linked'));
    ws.write('inbox/claims.jsonld', targeting('linked/victim.txt'));
    const before = ws.bytes('other/victim.txt.claims.json');
    const run = await ws.run('import', 'inbox/claims.jsonld');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /its folder is a symbolic link to .*other, outside .*inbox/);
    assert.deepEqual(ws.bytes('other/victim.txt.claims.json'), before);
  });

  it('imports a target inside the folder as before', async () => {
    ws.write('inbox/article.txt', ARTICLE);
    ws.write('inbox/claims.jsonld', targeting('article.txt', 'fine'));
    const run = await ws.run('import', 'inbox/claims.jsonld');
    assert.equal(run.code, 0, run.stderr);
    assert.ok(existsSync(ws.path('inbox/article.txt.claims.json')));
  });
});

describe('importTargetPath', () => {
  const folder = '/home/ana/inbox';
  const roots = ['/home/ana/inbox'];

  it('resolves a relative reference inside the folder, decoding each segment', () => {
    assert.deepEqual(importTargetPath('news/kcna%20report.txt', folder, roots), { ok: true, path: '/home/ana/inbox/news/kcna report.txt' });
  });

  it('allows a parent step that comes back inside the folder', () => {
    assert.deepEqual(importTargetPath('news/../kcna.txt', folder, roots), { ok: true, path: '/home/ana/inbox/kcna.txt' });
  });

  it('ignores a query and fragment, which name no file', () => {
    assert.deepEqual(importTargetPath('kcna.txt#para-2', folder, roots), { ok: true, path: '/home/ana/inbox/kcna.txt' });
  });

  it('refuses a folder whose name only begins like the root', () => {
    const target = importTargetPath('../inbox-evil/x.txt', folder, roots);
    assert.equal(target.ok, false);
    assert.equal(!target.ok && target.reason, 'outside');
  });

  it('accepts any of several roots, as the editor’s workspace folders', () => {
    assert.deepEqual(importTargetPath('file:///srv/news/x.txt', folder, ['/home/ana/inbox', '/srv/news']), { ok: true, path: '/srv/news/x.txt' });
  });

  it('says a web page is no local file, so the caller may ask which article it is', () => {
    assert.deepEqual(importTargetPath('https://example.org/story', folder, roots), { ok: false, reason: 'elsewhere', error: 'https://example.org/story: not a local file' });
  });

  it('refuses a file on another machine and a broken escape', () => {
    assert.equal(importTargetPath('file://server/share/x.txt', folder, roots).ok, false);
    const broken = importTargetPath('%E0%A4%A.txt', folder, roots);
    assert.deepEqual(broken.ok ? null : [broken.reason, broken.error], ['malformed', '%E0%A4%A.txt: has a broken %-escape']);
  });
});
