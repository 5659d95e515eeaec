// Reliability, case 9 (writes): atomic writes keep permissions and symbolic links, clean up after killed writes, and name the file in errors.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { emptySidecar } from '../../../src/core/model/annotations';
import { serializeSidecar } from '../../../src/core/sidecar';
import { writeFileAtomically } from '../../../src/node/atomicWrite';
import { runCliInReadOnlyFolder } from '../support/readOnlyFolder';
import { isAbandonedTemporary, temporaryFileName, temporaryToken } from '../../../src/core/sidecar/temporaryFiles';

/** A sidecar that reads, beside which half a write holds nothing of value. */
const SIDECAR = serializeSidecar(emptySidecar('article.txt', 'Tass reported that the talks had failed.\n'));

/** The id of a process that has certainly ended: one this test started and waited for. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid ?? 0;
}

describe('reliability: atomic writes', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'claimlens-atomic-'));
    file = path.join(dir, 'article.txt.claims.json');
  });

  afterEach(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the permissions of the file it replaces', async () => {
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o600);
    await writeFileAtomically(file, 'new\n');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(readFileSync(file, 'utf8'), 'new\n');
  });

  it('writes through a symbolic link and leaves the link a link', async () => {
    mkdirSync(path.join(dir, 'shared'));
    const real = path.join(dir, 'shared', 'real.claims.json');
    writeFileSync(real, 'old\n');
    symlinkSync(path.join('shared', 'real.claims.json'), file);
    await writeFileAtomically(file, 'new\n');
    assert.ok(lstatSync(file).isSymbolicLink());
    assert.equal(readlinkSync(file), path.join('shared', 'real.claims.json'));
    assert.equal(readFileSync(real, 'utf8'), 'new\n');
  });

  it('removes the temporary files that killed writes left beside the sidecar', async () => {
    writeFileSync(file, SIDECAR);
    const stale = [endedPid(), endedPid()].map((pid, i) => path.join(dir, temporaryFileName('article.txt.claims.json', `${pid}.0000000${i}`)));
    for (const name of stale) writeFileSync(name, 'half a sidecar');
    await writeFileAtomically(file, 'new\n');
    assert.deepEqual(readdirSync(dir), ['article.txt.claims.json']);
  });

  it('leaves the temporary file of a write still in progress, and other files alone', async () => {
    const live = temporaryFileName('article.txt.claims.json', `${process.pid}.abcdef01`);
    writeFileSync(path.join(dir, live), 'being written');
    writeFileSync(path.join(dir, '.other.txt.claims.json.1.00000000.tmp'), 'not ours');
    await writeFileAtomically(file, 'new\n');
    assert.deepEqual(readdirSync(dir).sort(), ['.other.txt.claims.json.1.00000000.tmp', live, 'article.txt.claims.json'].sort());
  });

  it('removes an editor’s temporary file once it is older than any write takes', async () => {
    writeFileSync(file, SIDECAR);
    const old = path.join(dir, temporaryFileName('article.txt.claims.json', 'm3x2k9abc123'));
    writeFileSync(old, 'half a sidecar');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    await writeFileAtomically(file, 'new\n');
    assert.deepEqual(readdirSync(dir), ['article.txt.claims.json']);
  });

  it('names the sidecar, not its temporary file, when annotate cannot write to a read-only folder', () => {
    const article = path.join(dir, 'article.txt');
    writeFileSync(article, 'Tass reported that the talks had failed.\n');
    const run = runCliInReadOnlyFolder(dir, ['annotate', 'article.txt']);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, `claimlens annotate: cannot write article.txt.claims.json: permission denied (is the folder ${realpathSync(dir)} read-only?)\n`);
    assert.deepEqual(readdirSync(dir), ['article.txt']);
  });

  it('keeps temporary file names short enough for any file system, even for a very long article name', () => {
    const name = `${'a'.repeat(230)}.txt.claims.json`;
    const temporary = temporaryFileName(name, '4194304.deadbeef');
    assert.ok(Buffer.byteLength(temporary) <= 255, `${Buffer.byteLength(temporary)} bytes`);
    assert.equal(temporaryToken(temporary, name), '4194304.deadbeef');
  });

  it('judges a temporary file abandoned by its writer’s process, or by its age when it names none', () => {
    const running = (pid: number) => pid === 42;
    assert.equal(isAbandonedTemporary('42.00ff00ff', 1000, running), false);
    assert.equal(isAbandonedTemporary('43.00ff00ff', 1000, running), true);
    assert.equal(isAbandonedTemporary('m3x2k9abc123', 1000, running), false);
    assert.equal(isAbandonedTemporary('m3x2k9abc123', 2 * 60 * 60 * 1000, running), true);
  });
});
