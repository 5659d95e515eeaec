// The `claimlens` command line: dispatches a subcommand over the pure core.
import { commands } from './commands';
import { version } from '../../package.json';

export const USAGE = `claimlens ${version} — find, annotate and export attributed claims in news text

Usage: claimlens <command> [options] FILE...

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run 'claimlens <command> --help' for a command's options.
Options: --help, --version`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(version + '\n');
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`claimlens: unknown command '${name}'. Run 'claimlens --help'.\n`);
    return 2;
  }
  return command.run(rest);
}

if (require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: that ends the run quietly instead of with a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      process.stderr.write(`claimlens: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
