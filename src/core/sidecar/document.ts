// Naming the sidecar of an article and fingerprinting the text a sidecar was saved against.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { DocumentInfo } from '../model/types';

export const SIDECAR_SUFFIX = '.claims.json';

/** `article.txt` → `article.txt.claims.json` (a directory part, if any, is kept). */
export function sidecarFileName(articleFileName: string): string {
  return articleFileName + SIDECAR_SUFFIX;
}

/** The text last hashed and its hash: an article is written against the same text again and again while it is not edited. */
let lastHashed: { text: string; hash: string } | undefined;

/**
 * The article text as hashed: `sha256:<hex>` of its UTF-8 bytes (pure JS, so it runs in web extension hosts too). A
 * megabyte takes tens of milliseconds, so the hash of the text last hashed is kept (comparing texts costs far less).
 */
export function textHash(text: string): string {
  if (lastHashed?.text !== text) lastHashed = { text, hash: `sha256:${bytesToHex(sha256(utf8ToBytes(text)))}` };
  return lastHashed.hash;
}

/** What a sidecar records about its article: base file name, length in UTF-16 units, hash. */
export function documentInfo(file: string, text: string): DocumentInfo {
  const base = file.split(/[\\/]/).pop() ?? file;
  return { file: base, length: text.length, hash: textHash(text) };
}
