// Test support: runs the CLI in a child process that may read a folder but not write to it — as another user when the tests run as root, who may write anywhere.
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const NOBODY = 65534;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function makeReadableByAll(folder: string): void {
  chmodSync(folder, 0o755);
  for (const entry of readdirSync(folder)) {
    const full = path.join(folder, entry);
    if (statSync(full).isFile()) chmodSync(full, 0o644);
  }
}

/** `claimlens ARGS` run in `folder`, which it can read but not write; the folder is writable again afterwards. */
export function runCliInReadOnlyFolder(folder: string, args: string[]): CliRun {
  const asRoot = process.getuid?.() === 0;
  makeReadableByAll(folder);
  if (!asRoot) chmodSync(folder, 0o555);
  try {
    const child = spawnSync(process.execPath, ['-r', 'tsx/cjs', path.join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
      cwd: folder,
      encoding: 'utf8',
      // Root may write anywhere, so the read-only case is played by an ordinary user who does not own the folder.
      ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
    });
    return { status: child.status, stdout: child.stdout, stderr: child.stderr };
  } finally {
    chmodSync(folder, 0o755);
  }
}
