// Runs a child command to completion for the build and provisioning scripts, failing loudly on a non-zero exit.
import { spawn, type SpawnOptions } from 'node:child_process';

export interface RunOptions extends SpawnOptions {
  /** Kill the command and fail if it takes longer than this. */
  timeoutMs?: number;
}

/** Runs `command args…` with inherited output; rejects with the command line and exit status on failure. */
export function runCommand(command: string, args: readonly string[], options: RunOptions = {}): Promise<void> {
  const { timeoutMs = 15 * 60_000, ...spawnOptions } = options;
  const line = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...spawnOptions });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`'${line}' did not finish within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`could not start '${line}': ${err.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`'${line}' failed (${signal ?? `exit ${code}`})`));
    });
  });
}
