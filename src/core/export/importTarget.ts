// Where an imported annotation's target document is, and whether an import may write beside it: only inside the folder it was pointed at.

/**
 * Paths here are `/`-separated and absolute, as URI paths are (`/home/ana/news/kcna.txt`; a Windows path as
 * `/C:/news/kcna.txt`). `folder` is where relative targets are resolved from (the annotation file's folder); `roots`
 * are the folders the import may write in (the CLI's `--root` or that same folder; the editor's workspace folders).
 */
export type ImportTarget =
  | { ok: true; path: string }
  /** `elsewhere`: a web page or other resource, not a file: the caller may ask which article it stands for. */
  | { ok: false; reason: 'elsewhere' | 'outside' | 'malformed'; error: string };

function segmentsOf(absolute: string): string[] {
  return absolute.split('/').filter((s) => s !== '' && s !== '.');
}

function isInside(path: string, root: string): boolean {
  const p = segmentsOf(path);
  const r = segmentsOf(root);
  return r.length <= p.length && r.every((segment, i) => segment === p[i]);
}

/** Decoded path segments of a relative reference or of a `file:` URI's path; null when its escapes are broken. */
function decodedSegments(reference: string): string[] | null {
  try {
    return reference.split('/').map(decodeURIComponent);
  } catch {
    return null;
  }
}

/** Applies `..` and `.` of `segments` to `base`; a `..` above the top of the file system stays at the top. */
function resolveSegments(base: string[], segments: readonly string[]): string[] {
  const out = [...base];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out;
}

/** The path a `file:` IRI names, or a message; only files of this machine (no host, or `localhost`) are local. */
function filePath(iri: string): { path: string } | { error: string; reason: 'elsewhere' | 'malformed' } {
  let url: URL;
  try {
    url = new URL(iri);
  } catch {
    return { error: 'is not a valid file: IRI', reason: 'malformed' };
  }
  if (url.hostname !== '' && url.hostname !== 'localhost') return { error: `names a file on another machine (${url.hostname})`, reason: 'elsewhere' };
  const segments = decodedSegments(url.pathname);
  if (segments === null) return { error: 'has a broken %-escape', reason: 'malformed' };
  if (segments.some((s) => s.includes('/') || s.includes('\0'))) return { error: 'hides a path separator or a NUL in a %-escape', reason: 'malformed' };
  return { path: `/${resolveSegments([], segments).join('/')}` };
}

function withoutQueryAndFragment(reference: string): string {
  const cut = reference.search(/[?#]/);
  return cut === -1 ? reference : reference.slice(0, cut);
}

/**
 * The article a target IRI names, if an import may write its sidecar: a relative reference resolved against `folder`,
 * or a `file:` URI, that lands inside one of `roots`. `..`, `%2e%2e`, `..%2F`, absolute paths and `file:` URIs that
 * lead elsewhere are refused with a message saying where they lead; other schemes are not local files.
 */
export function importTargetPath(iri: string, folder: string, roots: readonly string[]): ImportTarget {
  let path: string;
  if (/^file:/i.test(iri)) {
    const named = filePath(iri);
    if ('error' in named) return { ok: false, reason: named.reason, error: `${iri}: ${named.error}` };
    path = named.path;
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(iri)) {
    return { ok: false, reason: 'elsewhere', error: `${iri}: not a local file` };
  } else {
    const reference = withoutQueryAndFragment(iri);
    if (reference === '') return { ok: false, reason: 'malformed', error: `${JSON.stringify(iri)}: names no file` };
    const segments = decodedSegments(reference);
    if (segments === null) return { ok: false, reason: 'malformed', error: `${iri}: has a broken %-escape` };
    // An encoded separator ("..%2Fother") would smuggle a parent step past a check of the raw reference.
    if (segments.some((s) => s.includes('/') || s.includes('\0'))) return { ok: false, reason: 'malformed', error: `${iri}: hides a path separator or a NUL in a %-escape` };
    const base = reference.startsWith('/') ? [] : segmentsOf(folder);
    path = `/${resolveSegments(base, segments).join('/')}`;
  }
  if (!roots.some((root) => isInside(path, root))) {
    const where = roots.length === 1 ? roots[0] : `any of ${roots.join(', ')}`;
    return { ok: false, reason: 'outside', error: `${iri}: leads to ${path}, outside ${where}; an import only writes sidecars inside the folder it was pointed at` };
  }
  return { ok: true, path };
}
