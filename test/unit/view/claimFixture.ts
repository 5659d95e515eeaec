// Builds small claims and sidecars for the view tests, placing each claim by the words it quotes.
import type { Claim, Sidecar, Source } from '../../../src/core/model/types';

export const ARTICLE = 'Seoul said that Pyongyang may test. KCNA reported that tests went well. Analysts believe it matters.';

/** The span of `words` in `text`, the first time at or after offset `from`. */
export function spanOf(text: string, words: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`fixture: "${words}" is not in the article${from > 0 ? ` after offset ${from}` : ''}`);
  return { start, end: start + words.length, text: words };
}

/**
 * A claim over `words` in ARTICLE (or in `article`, the first time after offset `from`) with the given overrides;
 * source and cue are located inside it when named.
 */
export function claim(
  id: string,
  words: string,
  overrides: Partial<Claim> & { sourceText?: string; cueText?: string; article?: string; from?: number } = {},
): Claim {
  const { sourceText, cueText, article = ARTICLE, from = 0, ...rest } = overrides;
  const whole = spanOf(article, words, from);
  return suggestedClaim(id, {
    target: { start: whole.start, end: whole.end, exact: words, prefix: '', suffix: '' },
    source: sourceText ? spanOf(article, sourceText, whole.start) : null,
    cue: cueText ? spanOf(article, cueText, whole.start) : null,
    ...rest,
  });
}

/** A detected suggestion with every field at its default, placed over the first four characters unless overridden. */
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

export function source(id: string, name: string, overrides: Partial<Source> = {}): Source {
  return { id, name, aliases: [], kind: null, reliability: null, note: '', ...overrides };
}

export function sidecar(claims: Claim[], sources: Source[] = []): Sidecar {
  return { version: 1, document: { file: 'article.txt', length: ARTICLE.length, hash: 'sha256:0' }, sources, claims };
}
