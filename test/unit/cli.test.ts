import * as assert from 'node:assert/strict';
import { main } from '../../src/cli/main';
import { version } from '../../package.json';

function capture(fn: () => Promise<number>): Promise<{ code: number; out: string }> {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => { out += String(chunk); return true; }) as typeof process.stdout.write;
  return fn().then(
    (code) => { process.stdout.write = write; return { code, out }; },
    (err: unknown) => { process.stdout.write = write; throw err; },
  );
}

describe('claimlens CLI', () => {
  it('prints the package version for --version', async () => {
    const { code, out } = await capture(() => main(['--version']));
    assert.equal(code, 0);
    assert.equal(out.trim(), version);
  });

  it('prints usage for --help and exits 0', async () => {
    const { code, out } = await capture(() => main(['--help']));
    assert.equal(code, 0);
    assert.match(out, /^claimlens \d+\.\d+\.\d+/);
  });
});
