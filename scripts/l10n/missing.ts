// Lists the vscode.l10n.t messages of the source that a bundle does not translate yet: `npx tsx scripts/l10n/missing.ts es`.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { translatedStrings } from './strings';

const language = process.argv[2] ?? 'es';
const root = path.join(__dirname, '..', '..');
const bundle = JSON.parse(readFileSync(path.join(root, 'l10n', `bundle.l10n.${language}.json`), 'utf8')) as Record<string, string>;
const missing = new Map<string, string>();
for (const s of translatedStrings(root, path.join(root, 'src')).strings) if (!(s.message in bundle)) missing.set(s.message, s.where);
for (const [message, where] of missing) process.stdout.write(`${where}\t${JSON.stringify(message)}\n`);
