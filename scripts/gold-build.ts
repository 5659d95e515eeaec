// Builds NAME.gold.json from the snippet files in each gold set's authoring/ folder (real-text, hand-written,
// held-out, blind), then checks every gold file of the set against its article. `--check` writes nothing and fails
// when a gold file is out of date; `--review` lists reporting words no gold cue covers, for annotators to confirm
// (never for the blind set); `--set NAME` limits the run to one set (real, gold, heldout, real-blind).
// The blind set is reported in aggregate only: no per-file lines, and errors do not quote its text.
// Usage: tsx scripts/gold-build.ts [--check] [--review] [--set NAME]
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { resolveAuthoring } from './gold/authoring';
import { GOLD_SETS, readArticle, readGoldSet, serializeGold, type GoldSet } from './gold/files';
import { uncoveredReportingWords } from './gold/review';

function build(set: GoldSet, check: boolean): string[] {
  const problems: string[] = [];
  const authoringDir = path.join(set.dir, 'authoring');
  if (!existsSync(authoringDir)) return problems;
  for (const name of readdirSync(authoringDir).filter((f) => f.endsWith('.snippets')).sort()) {
    const label = path.join(path.basename(set.dir), 'authoring', name);
    const authoring = readFileSync(path.join(authoringDir, name), 'utf8');
    const fileLine = /^file:\s*(.+)$/m.exec(authoring);
    if (!fileLine) {
      problems.push(`${label}: missing "file:" header`);
      continue;
    }
    const articleName = fileLine[1].trim();
    const articlePath = path.join(set.dir, articleName);
    if (!existsSync(articlePath)) {
      problems.push(`${label}: article ${articleName} not found`);
      continue;
    }
    const { gold, errors } = resolveAuthoring(authoring, readArticle(articlePath), label, { requireKind: set.requireKind });
    problems.push(...errors);
    if (errors.length > 0) continue;
    const goldPath = path.join(set.dir, articleName.replace(/\.(txt|md)$/, '') + '.gold.json');
    const serialized = serializeGold(gold);
    const current = existsSync(goldPath) ? readFileSync(goldPath, 'utf8') : '';
    if (current === serialized) continue;
    if (check) problems.push(`${path.basename(goldPath)} is out of date; run: npx tsx scripts/gold-build.ts`);
    else writeFileSync(goldPath, serialized);
  }
  return problems;
}

const words = (text: string) => text.match(/\S+/g)?.length ?? 0;

function report(set: GoldSet, review: boolean): string[] {
  if (!existsSync(set.dir)) return [];
  const { documents, errors } = readGoldSet(set);
  const claims = documents.reduce((n, d) => n + d.gold.claims.length, 0);
  const hedged = documents.reduce((n, d) => n + d.gold.claims.filter((c) => c.hedged).length, 0);
  const total = documents.reduce((n, d) => n + words(d.text), 0);
  console.log(`${set.name}: ${documents.length} gold documents, ${total} words, ${claims} claims (${hedged} hedged)`);
  if (set.blind) return errors;
  for (const d of documents) console.log(`  ${d.gold.file.padEnd(36)} ${String(words(d.text)).padStart(5)} words ${String(d.gold.claims.length).padStart(4)} claims`);
  if (review) {
    for (const d of documents) {
      for (const word of uncoveredReportingWords(d.text, d.gold)) console.log(`${d.gold.file}@${word.offset}: ${word.context}`);
    }
  }
  return errors;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const review = argv.includes('--review');
  const setAt = argv.indexOf('--set');
  const sets: GoldSet[] = Object.values(GOLD_SETS);
  const chosen = setAt < 0 ? sets : sets.filter((s) => s.name === argv[setAt + 1]);
  if (chosen.length === 0) {
    console.error(`gold-build: no gold set named '${argv[setAt + 1]}'. Known: ${sets.map((s) => s.name).join(', ')}`);
    return 2;
  }
  let failed = false;
  for (const set of chosen) {
    const problems = [...build(set, check), ...report(set, review)];
    for (const problem of problems) console.error(problem);
    if (problems.length > 0) failed = true;
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
