// Stable, unique, deterministic ids for claims and sources: derived from what is being created (and the caller-given time), never from the system clock or a random source.
const ID_LENGTH = 8;

/**
 * cyrb53, a fast 53-bit string hash (public domain). Ids need spread, not secrecy, and thousands are made at once
 * when a long article is first detected, so a cryptographic hash would only cost time.
 */
function cyrb53(seed: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < seed.length; i++) {
    const ch = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function hashToBase36(seed: string): string {
  return cyrb53(seed).toString(36).padStart(ID_LENGTH, '0').slice(-ID_LENGTH);
}

/**
 * A claim id such as `c-k3x9a0qz`, derived from `seed` (position, quote and time), so that the same
 * operation gives the same id in tests and on every machine; collisions with `taken` are resolved by re-hashing.
 */
export function claimId(seed: string, taken: { has(id: string): boolean }): string {
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
