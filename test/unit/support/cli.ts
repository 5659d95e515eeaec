// Test support: runs the `claimlens` entry point in a given folder, capturing what it writes to stdout and stderr.
import { main } from '../../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `claimlens ARGS` in `cwd`; the working folder, stdout and stderr are restored afterwards. */
export async function claimlens(cwd: string, ...args: string[]): Promise<CliRun> {
  const streams = { stdout: process.stdout.write, stderr: process.stderr.write };
  const out = { stdout: '', stderr: '' };
  const capture = (name: 'stdout' | 'stderr') =>
    ((chunk: string | Uint8Array) => { out[name] += String(chunk); return true; }) as typeof process.stdout.write;
  const previous = process.cwd();
  process.stdout.write = capture('stdout');
  process.stderr.write = capture('stderr');
  process.chdir(cwd);
  try {
    const code = await main(args);
    return { code, ...out };
  } finally {
    process.chdir(previous);
    process.stdout.write = streams.stdout;
    process.stderr.write = streams.stderr;
  }
}
