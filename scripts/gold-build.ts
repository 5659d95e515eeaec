// Builds test/fixtures/gold/NAME.gold.json from the snippet files in test/fixtures/gold/authoring/, then checks every
// gold file in the folder (including the copied seed) against its article. `--check` writes nothing and fails when a
// gold file is out of date; `--review` lists reporting words no gold cue covers, for annotators to confirm.
// Usage: tsx scripts/gold-build.ts [--check] [--review]
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { resolveAuthoring } from './gold/authoring';
import { goldDir, readArticle, readGoldFiles, serializeGold } from './gold/files';
import { uncoveredReportingWords } from './gold/review';

function build(check: boolean): string[] {
  const problems: string[] = [];
  const authoringDir = path.join(goldDir, 'authoring');
  for (const name of readdirSync(authoringDir).filter((f) => f.endsWith('.snippets')).sort()) {
    const label = path.join('authoring', name);
    const authoring = readFileSync(path.join(authoringDir, name), 'utf8');
    const fileLine = /^file:\s*(.+)$/m.exec(authoring);
    if (!fileLine) {
      problems.push(`${label}: missing "file:" header`);
      continue;
    }
    const articleName = fileLine[1].trim();
    const articlePath = path.join(goldDir, articleName);
    if (!existsSync(articlePath)) {
      problems.push(`${label}: article ${articleName} not found`);
      continue;
    }
    const { gold, errors } = resolveAuthoring(authoring, readArticle(articlePath), label);
    problems.push(...errors);
    if (errors.length > 0) continue;
    const goldPath = path.join(goldDir, articleName.replace(/\.(txt|md)$/, '') + '.gold.json');
    const serialized = serializeGold(gold);
    const current = existsSync(goldPath) ? readFileSync(goldPath, 'utf8') : '';
    if (current === serialized) continue;
    if (check) problems.push(`${path.basename(goldPath)} is out of date; run: npx tsx scripts/gold-build.ts`);
    else writeFileSync(goldPath, serialized);
  }
  return problems;
}

function main(): void {
  const check = process.argv.includes('--check');
  const problems = build(check);
  const { documents, errors } = readGoldFiles();
  problems.push(...errors);
  for (const problem of problems) console.error(problem);
  const claims = documents.reduce((n, d) => n + d.gold.claims.length, 0);
  const hedged = documents.reduce((n, d) => n + d.gold.claims.filter((c) => c.hedged).length, 0);
  const words = documents.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
  console.log(`${documents.length} gold documents, ${words} words, ${claims} claims (${hedged} hedged)`);
  for (const d of documents) console.log(`  ${d.gold.file.padEnd(36)} ${String(d.text.match(/\S+/g)?.length ?? 0).padStart(5)} words ${String(d.gold.claims.length).padStart(4)} claims`);
  if (process.argv.includes('--review')) {
    for (const d of documents) {
      for (const word of uncoveredReportingWords(d.text, d.gold)) console.log(`${d.gold.file}@${word.offset}: ${word.context}`);
    }
  }
  if (problems.length > 0) process.exitCode = 1;
}

main();
