// Small builders of claims, sources and sidecars for the store's unit tests.
import type { Claim, Sidecar, Source } from '../../../../src/core/model/types';

export function suggestedClaim(id: string, overrides: Partial<Claim> = {}): Claim {
  return {
    id,
    state: 'suggested',
    origin: 'detected',
    target: { start: 0, end: 4, exact: 'text', prefix: '', suffix: '' },
    orphan: false,
    source: null,
    cue: null,
    content: null,
    hedges: [],
    commitment: null,
    kind: null,
    kindOrigin: 'detected',
    sourceId: null,
    credibility: null,
    note: '',
    tags: [],
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function source(id: string, name: string, aliases: string[] = []): Source {
  return { id, name, aliases, kind: null, reliability: null, note: '' };
}

export function sidecarWith(claims: Claim[], sources: Source[] = []): Sidecar {
  return { version: 1, document: { file: 'a.txt', length: 10, hash: 'sha256:00' }, sources, claims };
}
