// `npm run package`: builds and packages claimlens-<version>.vsix, refusing a package over the 2 MB budget.
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { packageExtension } from './lib/vsix';

const MAX_VSIX_BYTES = 2 * 1024 * 1024;

async function main(): Promise<number> {
  const vsix = await packageExtension();
  const bytes = statSync(vsix).size;
  console.log(`${path.basename(vsix)}: ${(bytes / 1024).toFixed(1)} KiB`);
  if (bytes > MAX_VSIX_BYTES) {
    console.error(`The package is over the 2 MB budget; check .vscodeignore (npx vsce ls lists what goes in).`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
