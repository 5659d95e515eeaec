// An article's annotations as a session keeps them: the sidecar's other fields, and its claims in a ClaimList that follows edits cheaply.
import { ClaimList } from '../model/claimList';
import type { Sidecar } from '../model/types';

/** Everything a sidecar holds besides its claims: version, document, sources, other tools' fields. */
export type SidecarHeader = Omit<Sidecar, 'claims'>;

export interface Annotations {
  readonly header: SidecarHeader;
  readonly claims: ClaimList;
}

/** The sidecar for each annotations object, made when first asked for (a keystroke makes none). */
const sidecars = new WeakMap<Annotations, Sidecar>();

export function annotationsOf(sidecar: Sidecar): Annotations {
  const { claims, ...header } = sidecar;
  const annotations = { header, claims: ClaimList.of(claims) };
  sidecars.set(annotations, sidecar);
  return annotations;
}

/** The annotations as one sidecar object, its claims in document order when they followed edits. */
export function sidecarOf(annotations: Annotations): Sidecar {
  let sidecar = sidecars.get(annotations);
  if (sidecar === undefined) {
    sidecar = { ...annotations.header, claims: [...annotations.claims.toArray()] };
    sidecars.set(annotations, sidecar);
  }
  return sidecar;
}
