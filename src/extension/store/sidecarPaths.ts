// Where an article's sidecar lives, as pure functions of URI paths (posix, '/'-separated), so they can be unit-tested.
import { SIDECAR_SUFFIX, sidecarFileName } from '../../core/sidecar';
import { temporaryFileName } from '../../core/sidecar/temporaryFiles';

/** The last segment of a URI path: the file name. */
export function baseName(uriPath: string): string {
  return uriPath.slice(uriPath.lastIndexOf('/') + 1);
}

/** The URI path of the folder that contains `uriPath`. */
export function folderPath(uriPath: string): string {
  const slash = uriPath.lastIndexOf('/');
  return slash <= 0 ? '/' : uriPath.slice(0, slash);
}

function siblingPath(uriPath: string, name: string): string {
  const folder = folderPath(uriPath);
  return folder.endsWith('/') ? folder + name : `${folder}/${name}`;
}

/** `/a/article.txt` → `/a/article.txt.claims.json`. */
export function sidecarPathFor(articlePath: string): string {
  return siblingPath(articlePath, sidecarFileName(baseName(articlePath)));
}

export function isSidecarPath(uriPath: string): boolean {
  return uriPath.endsWith(SIDECAR_SUFFIX);
}

/** `/a/article.txt.claims.json` → `/a/article.txt`; undefined for a path that is not a sidecar. */
export function articlePathFor(sidecarPath: string): string | undefined {
  if (!isSidecarPath(sidecarPath) || baseName(sidecarPath) === SIDECAR_SUFFIX) return undefined;
  return sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
}

/**
 * A hidden temporary file beside `targetPath` for an atomic write. It lives in the same folder so the final
 * rename never crosses file systems, and its name does not end in `.claims.json` so watchers ignore it.
 */
export function temporaryPathFor(targetPath: string, nonce: string): string {
  return siblingPath(targetPath, temporaryFileName(baseName(targetPath), nonce));
}
