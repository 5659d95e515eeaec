// Specification of CLI progress on stderr: a running count on a terminal, nothing in a pipe or a file.
import * as assert from 'node:assert/strict';
import { progressCounter } from '../../src/cli/progress';

/** Runs `use` with stderr looking like a terminal or not, and returns what was written to it. */
function stderrOf(isTTY: boolean, use: () => void): string {
  const write = process.stderr.write.bind(process.stderr);
  const wasTTY = process.stderr.isTTY;
  let written = '';
  process.stderr.isTTY = isTTY;
  process.stderr.write = ((chunk: string | Uint8Array) => { written += String(chunk); return true; }) as typeof process.stderr.write;
  try {
    use();
  } finally {
    process.stderr.write = write;
    process.stderr.isTTY = wasTTY;
  }
  return written;
}

describe('progress of a stream on stderr', () => {
  it('draws a running count of lines on a terminal and clears it at the end', () => {
    const written = stderrOf(true, () => {
      const progress = progressCounter('lines');
      progress.step();
      progress.step();
      progress.done();
    });
    assert.match(written, /^\r1 lines/);
    assert.ok(written.endsWith('\r\x1b[2K'));
  });

  it('writes nothing when stderr is a pipe or a file', () => {
    const written = stderrOf(false, () => {
      const progress = progressCounter('lines');
      for (let i = 0; i < 1000; i++) progress.step();
      progress.done();
    });
    assert.equal(written, '');
  });
});
