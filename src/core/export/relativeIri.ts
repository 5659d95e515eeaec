// The relative IRI reference from a folder to a file, as W3C targets use it: `../news/kcna.txt`, percent-encoded; and folder IRIs.

/**
 * Both arguments are `/`-separated absolute paths (a URI's path, or a file path with its separators turned into `/`).
 * Each segment is percent-encoded, so names with spaces, `#` or `?` stay one valid reference.
 */
export function relativeIri(fromFolder: string, toFile: string): string {
  const from = fromFolder.split('/').filter((s) => s !== '');
  const to = toFile.split('/').filter((s) => s !== '');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common).map(encodeURIComponent)].join('/');
}

/** The inverse for local use: the `/`-separated path a relative reference names from `fromFolder`. */
export function resolveRelativeIri(fromFolder: string, reference: string): string {
  const segments = fromFolder.split('/').filter((s) => s !== '');
  for (const part of reference.split('/').map(decodeURIComponent)) {
    if (part === '..') segments.pop();
    else if (part !== '.' && part !== '') segments.push(part);
  }
  return `/${segments.join('/')}`;
}

/**
 * An absolute IRI that names a folder articles are published in (`--base`): `https://example.org/archive` means
 * `…/archive/`, as the user meant, not its parent, where a relative IRI resolved against it would land.
 */
export function folderIri(base: string): string {
  const url = new URL(base);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** The reference relative to `folder` (a `folderIri`) that `iri` is, or null when `iri` is not under it. */
export function underFolderIri(iri: string, folder: string): string | null {
  return iri.startsWith(folder) && iri.length > folder.length ? iri.slice(folder.length) : null;
}
