// `npm run bench`: runs every benchmark part in scripts/bench/ (or only those named on the command line) in one process.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';

interface BenchPart {
  /** Prints its own report to stdout. */
  run(): Promise<void>;
}

async function main(): Promise<void> {
  const dir = path.join(__dirname, 'bench');
  const wanted = process.argv.slice(2);
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((name) => wanted.length === 0 || wanted.includes(name))
    .sort();
  if (parts.length === 0) throw new Error(`no benchmark parts${wanted.length ? ` named ${wanted.join(', ')}` : ''} in ${dir}`);
  for (const name of parts) {
    console.log(`\n== ${name} ==`);
    const part = (await import(path.join(dir, `${name}.ts`))) as BenchPart;
    await part.run();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exitCode = 1;
});
