// Composes the Markdown shown when hovering a claim: kind, source and reliability, cue, hedges, rating in words, note, and actions.
import type { Claim, Source } from '../model/types';
import { RELIABILITY_LABELS, describeRating } from '../model/ratings';
import { COMMITMENT_WORDS, kindInWords, stateInWords } from './claimWords';
import { escapeMarkdown } from './markdown';

/** What a command link passes to its command: enough to find the claim again, nothing that could go stale. */
export interface ClaimRef {
  articleUri: string;
  claimId: string;
}

/** The commands a hover may link to; the shell trusts exactly these and no others. */
export const HOVER_COMMANDS = [
  'claimlens.tagSource',
  'claimlens.setCredibility',
  'claimlens.setReliability',
  'claimlens.setKind',
  'claimlens.confirmClaim',
  'claimlens.rejectClaim',
  'claimlens.editNote',
] as const;
export type HoverCommand = (typeof HOVER_COMMANDS)[number];

export function commandLink(title: string, command: HoverCommand, ref: ClaimRef, tooltip: string): string {
  const args = encodeURIComponent(JSON.stringify([ref]));
  return `[${title}](command:${command}?${args} "${tooltip.replace(/"/g, '')}")`;
}

function quoted(text: string): string {
  return `“${escapeMarkdown(text.replace(/\s+/g, ' ').trim())}”`;
}

function sourceLine(claim: Claim, source: Source | null): string {
  if (source) {
    const reliability = source.reliability ? `${source.reliability}, ${RELIABILITY_LABELS[source.reliability]}` : 'reliability not rated';
    return `**Source:** ${escapeMarkdown(source.name)} — ${reliability}`;
  }
  if (claim.source) return `**Source:** ${quoted(claim.source.text)} — detected, not tagged yet`;
  return '**Source:** none found — tag one';
}

function actionLinks(claim: Claim, ref: ClaimRef): string {
  const links = [
    commandLink('Tag source…', 'claimlens.tagSource', ref, 'Choose the source of this claim'),
    commandLink('Rate…', 'claimlens.setCredibility', ref, 'Set the credibility of this claim (1–6)'),
  ];
  if (claim.sourceId !== null) {
    links.push(commandLink('Source reliability…', 'claimlens.setReliability', ref, 'Set the reliability of the source (A–F)'));
  }
  links.push(commandLink('Kind…', 'claimlens.setKind', ref, 'Set the kind of this claim: statement, belief, evidence…'));
  if (claim.state !== 'confirmed') links.push(commandLink('Confirm', 'claimlens.confirmClaim', ref, 'Mark this claim as confirmed'));
  if (claim.state !== 'rejected') links.push(commandLink('Reject', 'claimlens.rejectClaim', ref, 'Reject this claim: not an attributed claim'));
  links.push(commandLink('Note…', 'claimlens.editNote', ref, 'Edit the note of this claim'));
  return links.join(' · ');
}

/** The hover for `claim`, with article text escaped; `ref` is omitted when the article cannot be edited. */
export function composeClaimHover(claim: Claim, source: Source | null, ref: ClaimRef | null): string {
  const rating = describeRating(source?.reliability ?? null, claim.credibility);
  const origin = claim.origin === 'manual' ? 'added by hand' : 'detected';
  const lines = [
    `**Claim** — ${stateInWords(claim)} (${origin})`,
    `**Kind:** ${escapeMarkdown(kindInWords(claim))}`,
    sourceLine(claim, source),
    `**Cue:** ${claim.cue ? quoted(claim.cue.text) : 'none'}`,
  ];
  if (claim.hedges.length > 0 || claim.commitment !== null) {
    const hedges = claim.hedges.length > 0 ? claim.hedges.map((h) => quoted(h.text)).join(', ') : 'none';
    const commitment = claim.commitment ? ` — commitment: ${COMMITMENT_WORDS[claim.commitment]}` : '';
    lines.push(`**Hedges:** ${hedges}${commitment}`);
  }
  lines.push(`**Rating:** ${rating === '' ? 'not rated yet' : escapeMarkdown(rating)}`);
  if (claim.note.trim()) lines.push(`**Note:** ${escapeMarkdown(claim.note.trim())}`);
  // Two trailing spaces would be fragile; a blank line between entries keeps each on its own line in every renderer.
  const body = lines.join('\n\n');
  return ref ? `${body}\n\n---\n\n${actionLinks(claim, ref)}` : body;
}
