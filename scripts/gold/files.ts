// Finds and reads the gold sets (real-text, hand-written, held-out, blind): articles (BOM removed) and their checked gold files.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { parseGold, type GoldFile } from './goldFile';

const fixtures = path.join(__dirname, '..', '..', 'test', 'fixtures');

/** The hand-written development set. */
export const goldDir = path.join(fixtures, 'gold');

/** A folder of articles with gold files, and how it may be used. */
export interface GoldSet {
  /** Short name used on the command line and in reports. */
  name: string;
  /** What the set is, as a report heading says it. */
  title: string;
  dir: string;
  /** Every claim must have a `kind` (the real-text gold). */
  requireKind: boolean;
  /** Scored only in aggregate, after its checksums are verified; never listed per file. */
  blind: boolean;
}

export const GOLD_SETS = {
  real: { name: 'real', title: 'Real news and interviews (Wikinews), development set', dir: path.join(fixtures, 'real'), requireKind: true, blind: false },
  gold: { name: 'gold', title: 'Hand-written development set', dir: goldDir, requireKind: false, blind: false },
  heldout: { name: 'heldout', title: 'Hand-written held-out set', dir: path.join(fixtures, 'heldout'), requireKind: false, blind: false },
  blind: { name: 'real-blind', title: 'Real news and interviews (Wikinews), blind set', dir: path.join(fixtures, 'real-blind'), requireKind: true, blind: true },
} as const satisfies Record<string, GoldSet>;

/** The set whose folder is `dir`, or an ad-hoc one (kinds optional, not blind) for any other folder. */
export function goldSetFor(dir: string): GoldSet {
  const resolved = path.resolve(dir);
  const known = Object.values(GOLD_SETS).find((set) => path.resolve(set.dir) === resolved);
  return known ?? { name: path.basename(resolved), title: path.basename(resolved), dir: resolved, requireKind: false, blind: false };
}

export interface GoldDocument {
  /** Path of the article. */
  articlePath: string;
  /** BOM-less article text, the text every offset refers to. */
  text: string;
  markdown: boolean;
  gold: GoldFile;
}

export function readArticle(file: string): string {
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

/** The gold file's JSON as gold-build writes it: two-space indentation and a final newline. */
export function serializeGold(gold: GoldFile): string {
  return JSON.stringify(gold, null, 2) + '\n';
}

/**
 * Reads every `*.gold.json` in a gold folder (sorted by name), checking each span against its article.
 * A folder that does not exist yet holds no documents.
 */
export function readGoldFiles(dir: string = goldDir, options: { requireKind?: boolean } = {}): { documents: GoldDocument[]; errors: string[] } {
  const documents: GoldDocument[] = [];
  const errors: string[] = [];
  if (!existsSync(dir)) return { documents, errors };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const raw = readFileSync(path.join(dir, name), 'utf8');
    const fileField = /"file"\s*:\s*"([^"]+)"/.exec(raw);
    const articlePath = path.join(dir, fileField ? fileField[1] : '');
    if (!fileField || !existsSync(articlePath)) {
      errors.push(`${name}: its "file" does not name an article in ${path.basename(dir)}/`);
      continue;
    }
    const text = readArticle(articlePath);
    const parsed = parseGold(raw, text, name, options);
    if (!parsed.ok) {
      errors.push(parsed.error);
      continue;
    }
    documents.push({ articlePath, text, markdown: /\.md$/i.test(articlePath), gold: parsed.gold });
  }
  return { documents, errors };
}

/** Reads the documents of a gold set with the set's own rules. */
export function readGoldSet(set: GoldSet): { documents: GoldDocument[]; errors: string[] } {
  return readGoldFiles(set.dir, { requireKind: set.requireKind });
}
