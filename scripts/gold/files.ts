// Finds and reads the gold development set in test/fixtures/gold/: articles (BOM removed) and their checked gold files.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { parseGold, type GoldFile } from '../../src/core/detect/gold';

export const goldDir = path.join(__dirname, '..', '..', 'test', 'fixtures', 'gold');

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

/** Reads every `*.gold.json` in the gold folder (sorted by name), checking each span against its article. */
export function readGoldFiles(dir: string = goldDir): { documents: GoldDocument[]; errors: string[] } {
  const documents: GoldDocument[] = [];
  const errors: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const raw = readFileSync(path.join(dir, name), 'utf8');
    const fileField = /"file"\s*:\s*"([^"]+)"/.exec(raw);
    const articlePath = path.join(dir, fileField ? fileField[1] : '');
    if (!fileField || !existsSync(articlePath)) {
      errors.push(`${name}: its "file" does not name an article in ${path.basename(dir)}/`);
      continue;
    }
    const text = readArticle(articlePath);
    const parsed = parseGold(raw, text, name);
    if (!parsed.ok) {
      errors.push(parsed.error);
      continue;
    }
    documents.push({ articlePath, text, markdown: /\.md$/i.test(articlePath), gold: parsed.gold });
  }
  return { documents, errors };
}
