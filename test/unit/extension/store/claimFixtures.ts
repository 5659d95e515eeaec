// Small builders of claims, sources and sidecars for the store's unit tests.
import type { Claim, Sidecar, Source } from '../../../../src/core/model/types';

export { suggestedClaim } from '../../view/claimFixture';

export function source(id: string, name: string, aliases: string[] = []): Source {
  return { id, name, aliases, kind: null, reliability: null, note: '' };
}

export function sidecarWith(claims: Claim[], sources: Source[] = []): Sidecar {
  return { version: 1, document: { file: 'a.txt', length: 10, hash: 'sha256:00' }, sources, claims };
}
