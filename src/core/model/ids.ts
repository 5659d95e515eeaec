// Stable, unique, deterministic ids for claims and sources: derived from what is being created, never from a clock or a random source.
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

const ID_LENGTH = 8;

function hashToBase36(seed: string): string {
  const digest = sha256(utf8ToBytes(seed));
  let out = '';
  for (let i = 0; out.length < ID_LENGTH; i++) out += (digest[i] % 36).toString(36);
  return out;
}

/**
 * A claim id such as `c-k3x9a0qz`, derived from `seed` (position, quote and time), so that the same
 * operation gives the same id in tests and on every machine; collisions with `taken` are resolved by re-hashing.
 */
export function claimId(seed: string, taken: ReadonlySet<string>): string {
  for (let attempt = 0; ; attempt++) {
    const id = `c-${hashToBase36(attempt === 0 ? seed : `${seed}#${attempt}`)}`;
    if (!taken.has(id)) return id;
  }
}

/** A readable source id from its name, e.g. "The Korean Central News Agency (KCNA)" → `the-korean-central-news-agency-kcna`; made unique against `taken`. */
export function sourceId(name: string, taken: ReadonlySet<string>): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const base = slug === '' ? `s-${hashToBase36(name)}` : slug;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}
