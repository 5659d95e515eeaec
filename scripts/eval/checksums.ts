// Checks a blind gold folder against its CHECKSUMS file (sha256sum format), so a blind set is scored only as it was
// frozen: every article and gold file listed, none changed, none added since.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

export const CHECKSUMS_FILE = 'CHECKSUMS';

const LINE = /^([0-9a-f]{64}) [ *](.+)$/;

/** The files a checksum must cover: the articles and gold files of the folder (not its README or authoring notes). */
function coveredFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.(txt|md)$/.test(name) || name.endsWith('.gold.json'))
    .filter((name) => !/^readme\.md$/i.test(name))
    .sort();
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Problems with the folder's checksums, naming files only (never their content); empty when all agree. */
export function checksumProblems(dir: string): string[] {
  const listPath = path.join(dir, CHECKSUMS_FILE);
  if (!existsSync(dir)) return [`${path.basename(dir)}/ does not exist`];
  if (!existsSync(listPath)) {
    return [`${path.basename(dir)}/ has no ${CHECKSUMS_FILE}; take them before the set is first scored: sha256sum *.txt *.md *.gold.json > ${CHECKSUMS_FILE}`];
  }
  const problems: string[] = [];
  const listed = new Map<string, string>();
  readFileSync(listPath, 'utf8')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const match = LINE.exec(line);
      if (!match) problems.push(`${CHECKSUMS_FILE}:${index + 1} is not "<sha256>  <file>"`);
      else listed.set(match[2], match[1]);
    });
  for (const [name, digest] of listed) {
    const file = path.join(dir, name);
    if (!existsSync(file)) problems.push(`${name} is listed in ${CHECKSUMS_FILE} but missing`);
    else if (sha256(file) !== digest) problems.push(`${name} changed since its checksum was taken`);
  }
  for (const name of coveredFiles(dir)) if (!listed.has(name)) problems.push(`${name} has no checksum in ${CHECKSUMS_FILE}`);
  return problems;
}
