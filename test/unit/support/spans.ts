// Test support: expected spans written as snippets of the sentence under test, resolved to exact offsets.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../../src/core/detect';
import type { Attribution, Span } from '../../../src/core/detect/types';

/** The span of the `occurrence`-th (0-based) appearance of `snippet` in `text`; fails the test if absent. */
export function spanOf(text: string, snippet: string, occurrence = 0): Span {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(snippet, at + 1);
    assert.ok(at >= 0, `snippet ${JSON.stringify(snippet)} (occurrence ${occurrence}) not in text`);
  }
  return { start: at, end: at + snippet.length, text: snippet };
}

/** The parts of an attribution that tests pin down exactly. */
export function parts(a: Attribution): { source: Span | null; cue: Span | null; content: Span } {
  return { source: a.source, cue: a.cue, content: a.content };
}

/** Expected parts from snippets (`null` for an absent source or cue). */
export function expected(text: string, source: string | null, cue: string | null, content: string): ReturnType<typeof parts> {
  return {
    source: source === null ? null : spanOf(text, source),
    cue: cue === null ? null : spanOf(text, cue),
    content: spanOf(text, content),
  };
}

/** Asserts that `text` yields exactly these claims, each given as [source, cue, content] snippets, in order. */
export function assertDetects(text: string, claims: [string | null, string | null, string][], markdown = false): void {
  assert.deepEqual(
    detectAttributions(text, { markdown }).map(parts),
    claims.map(([source, cue, content]) => expected(text, source, cue, content)),
  );
}
