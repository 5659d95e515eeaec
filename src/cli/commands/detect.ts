// `claimlens detect [--format table|json|jsonl] FILE...`: prints the attributed claims found in each file.
import { parseArgs } from 'node:util';
import { detectAttributions } from '../../core/detect';
import type { Attribution } from '../../core/detect/types';
import { readArticle } from '../articleFile';
import { claimsTable } from '../claimsTable';
import type { CliCommand } from './index';

const FORMATS = ['table', 'json', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

export const DETECT_HELP = `Usage: claimlens detect [--format table|json|jsonl] FILE...

Finds attributed claims (source, cue, content, hedges, commitment) in each FILE.
Files ending in .md or .markdown are read as Markdown: markup, front matter, code
blocks and link targets are never part of a span.

Options:
  -f, --format FORMAT  table (default, for reading), json (one array of
                       {file, claims}), or jsonl (one {file, claims} line per
                       file, in the order given)
  -h, --help           show this help

Offsets are UTF-16 code units of the file's text (UTF-8 decoded, BOM removed), end
exclusive: the numbers VS Code's document.offsetAt gives.

Exit status: 0 when every file was read; 1 when a file is missing or unreadable
(its reason goes to stderr, the other files are still processed); 2 for a usage error.
`;

interface FileResult {
  file: string;
  claims: Attribution[];
}

function usageError(message: string): number {
  process.stderr.write(`claimlens detect: ${message}. Run 'claimlens detect --help'.\n`);
  return 2;
}

function render(format: Format, result: FileResult, text: string): string {
  if (format === 'jsonl') return JSON.stringify(result) + '\n';
  if (format === 'table') return claimsTable(result.file, text, result.claims) + '\n';
  return '';
}

async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', short: 'f', default: 'table' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    return usageError((err as Error).message.split('\n')[0].replace(/\.$/, ''));
  }
  if (parsed.values.help) {
    process.stdout.write(DETECT_HELP);
    return 0;
  }
  const format = parsed.values.format as Format;
  if (!FORMATS.includes(format)) return usageError(`unknown format '${format}' (use table, json or jsonl)`);
  if (parsed.positionals.length === 0) return usageError('no FILE given');

  let failed = false;
  const all: FileResult[] = [];
  for (const file of parsed.positionals) {
    try {
      const article = await readArticle(file);
      const result = { file, claims: detectAttributions(article.text, { markdown: article.markdown }) };
      all.push(result);
      process.stdout.write(render(format, result, article.text));
    } catch (err) {
      failed = true;
      process.stderr.write(`claimlens detect: ${(err as Error).message}\n`);
    }
  }
  if (format === 'json') process.stdout.write(JSON.stringify(all, null, 2) + '\n');
  return failed ? 1 : 0;
}

export const detectCommand: CliCommand = {
  name: 'detect',
  summary: 'find attributed claims (source, cue, content, hedging) in text or Markdown files',
  run,
};
