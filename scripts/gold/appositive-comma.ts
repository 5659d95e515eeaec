// One-off conversion of the gold sets to the guidelines' fourth edition: an appositive and both its commas belong to
// the source ("Jane Doe, a professor at Yale, said" → source "Jane Doe, a professor at Yale,"). A source that holds a
// comma and is followed by one takes it, as the detector does; nothing else changes. It rewrites the authoring
// snippets (the source field gains the comma), and scripts/gold-build.ts then rebuilds the gold files from them. It
// prints counts only, never a span, so it may run over the blind set, whose CHECKSUMS the lead re-takes after the
// rebuild. Run: npx tsx scripts/gold/appositive-comma.ts && npx tsx scripts/gold-build.ts
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { resolveAuthoring } from './authoring';
import { GOLD_SETS, readArticle } from './files';

const FIELD_SEPARATOR = ' | ';

for (const set of Object.values(GOLD_SETS)) {
  const dir = path.join(set.dir, 'authoring');
  if (!existsSync(dir)) continue;
  let moved = 0;
  let files = 0;
  let unresolved = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.snippets')).sort()) {
    const file = path.join(dir, name);
    const authoring = readFileSync(file, 'utf8');
    const header = /^file:\s*(.+)$/m.exec(authoring);
    if (!header) continue;
    const text = readArticle(path.join(set.dir, header[1].trim()));
    let movedHere = 0;
    const lines = authoring.split('\n').map((line) => {
      if (line.trim() === '' || line.startsWith('#') || /^(file|note):/.test(line)) return line;
      const { gold, errors } = resolveAuthoring(`file: ${header[1]}\n${line}\n`, text, name);
      // A claim flagged `lax` skips the convention checks, so its source is looked at here.
      const source = gold.claims[0]?.source;
      const needsComma = errors.some((error) => error.includes('closing comma')) || (errors.length === 0 && source && source.text.includes(',') && text.charAt(source.end) === ',');
      if (!needsComma) {
        if (errors.length > 0) unresolved++;
        return line;
      }
      const fields = line.split(FIELD_SEPARATOR);
      const snippet = fields[0].trim();
      if (!snippet.includes(',') || snippet.endsWith(',') || snippet.endsWith(',⟧')) return line;
      fields[0] = snippet.endsWith('⟧') ? `${snippet.slice(0, -1)},⟧` : `${snippet},`;
      movedHere++;
      return fields.join(FIELD_SEPARATOR);
    });
    if (movedHere === 0) continue;
    writeFileSync(file, lines.join('\n'));
    moved += movedHere;
    files++;
  }
  console.log(`${set.name}: ${moved} source snippets took their appositive's closing comma, in ${files} files (${unresolved} lines did not resolve on their own)`);
}
