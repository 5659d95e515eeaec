// Shared by the CLI subcommands: exit codes, messages on stderr, strict option parsing with --help.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** 0 all done; 1 some input could not be used (the rest was processed); 2 the command line itself was wrong. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export function warn(message: string): void {
  process.stderr.write(`claimlens: ${message}\n`);
}

/** A file system error in words, e.g. `no such file or folder`, instead of Node's `ENOENT: …` text. */
export function describeError(err: unknown): string {
  const code = err instanceof Error && 'code' in err ? err.code : undefined;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ENOSPC': return 'no space left on the device';
    default: return err instanceof Error ? err.message : String(err);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>;

/**
 * Parses strictly, with `-h/--help` added to `options`. Help is printed (exit 0), and a wrong option is reported
 * with the usage (exit 2); either way the command stops with `exit`.
 */
export function parseCommandArgs<O extends Options>(command: string, usage: string, args: string[], options: O): Parsed<O> | { exit: number } {
  try {
    if (args.includes('--help') || args.includes('-h')) {
      process.stdout.write(`${usage}\n`);
      return { exit: EXIT.ok };
    }
    return parseArgs({ args, allowPositionals: true, options });
  } catch (err) {
    warn(`${command}: ${err instanceof Error ? err.message : String(err)}`);
    process.stderr.write(`${usage}\n`);
    return { exit: EXIT.usage };
  }
}
