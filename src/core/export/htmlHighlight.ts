// Renders an article's text as escaped HTML with its claims marked, including claims that overlap each other.
import type { ClaimRecord } from './collect';
import { escapeHtml } from './htmlEscape';
import { ENGLISH, type Words } from '../words';

/** The symbol that tells a claim's state without relying on colour. */
export function stateSymbol(record: ClaimRecord): string {
  if (record.claim.orphan) return '⚠';
  return record.claim.state === 'confirmed' ? '✓' : record.claim.state === 'suggested' ? '?' : '✗';
}

export function claimAnchor(articleIndex: number, record: ClaimRecord): string {
  return `a${articleIndex + 1}-c${record.number}`;
}

export function rowAnchor(articleIndex: number, record: ClaimRecord): string {
  return `a${articleIndex + 1}-r${record.number}`;
}

/** Claims that can be shown in place: not rejected, not orphaned, and still matching the text at their offsets. */
function placeable(text: string, records: ClaimRecord[]): ClaimRecord[] {
  return records.filter(({ claim }) =>
    claim.state !== 'rejected' && !claim.orphan && claim.target.end <= text.length && claim.target.start < claim.target.end,
  );
}

/**
 * Cuts the text at every claim boundary; each piece covered by claims becomes one `<mark>`, and a superscript reference
 * to the claims table follows the piece where a claim ends. Pieces covered by several claims are marked as overlaps.
 */
export function highlightArticle(text: string, records: ClaimRecord[], articleIndex: number, words: Words = ENGLISH): string {
  const shown = placeable(text, records);
  const cuts = [...new Set([0, text.length, ...shown.flatMap(({ claim }) => [claim.target.start, claim.target.end])])].sort((a, b) => a - b);
  const byStart = [...shown].sort((a, b) => a.claim.target.start - b.claim.target.start);
  const anchored = new Set<ClaimRecord>();
  let next = 0;
  let covering: ClaimRecord[] = [];
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = escapeHtml(text.slice(from, to));
    // Every claim boundary is a cut, so a claim active at `from` covers the whole piece.
    covering = covering.filter(({ claim }) => claim.target.end > from);
    while (next < byStart.length && byStart[next].claim.target.start <= from) covering.push(byStart[next++]);
    if (covering.length === 0) {
      html += piece;
      continue;
    }
    const confirmed = covering.some(({ claim }) => claim.state === 'confirmed');
    const classes = [confirmed ? 'confirmed' : 'suggested', ...(covering.length > 1 ? ['overlap'] : [])].join(' ');
    const first = covering.find((r) => !anchored.has(r));
    const id = first ? ` id="${claimAnchor(articleIndex, first)}"` : '';
    if (first) anchored.add(first);
    const title = covering
      .map((r) => `${r.number}: ${r.source?.name ?? words.report.untagged.toLowerCase()}${r.code ? ` ${r.code}` : ''} (${words.claim.states[r.claim.state]})`)
      .join('; ');
    html += `<mark class="${classes}"${id} title="${escapeHtml(title)}">${piece}</mark>`;
    for (const ending of covering.filter(({ claim }) => claim.target.end === to)) {
      const label = `${ending.number}${stateSymbol(ending)}${ending.code ? ` ${ending.code}` : ''}`;
      html += `<a class="ref" href="#${rowAnchor(articleIndex, ending)}">[${escapeHtml(label)}]</a>`;
    }
  }
  return html;
}
