// Composes the Markdown shown when hovering a claim: kind, source and reliability, cue, hedges, rating in words, note, and actions.
import type { Claim, Source } from '../model/types';
import { describeRating } from '../model/ratings';
import { ENGLISH, type HoverWords, type Words } from '../words';
import { kindInWords, stateInWords } from './claimWords';
import { escapeMarkdown } from './markdown';
import { mentionAsWritten } from './sourceEntities';
import { sourceWording } from './sourceNames';

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

/**
 * The source: the tagged one with its reliability (and the words the text uses for it, when they differ: "as “the
 * daily”"), else the detected one and who it stands for ("“the daily” → The Washington Post").
 */
function sourceLine(claim: Claim, source: Source | null, words: Words): string {
  const w = words.hover;
  if (source) {
    const reliability = source.reliability ? `${source.reliability}, ${words.rating.reliability[source.reliability]}` : w.reliabilityNotRated;
    const written = mentionAsWritten(claim, source.name);
    const as = written === null ? '' : ` (${escapeMarkdown(words.claim.mentionedAs(written))})`;
    return `**${w.source}:** ${escapeMarkdown(source.name)}${as} — ${escapeMarkdown(reliability)}`;
  }
  if (claim.source) {
    const refersTo = claim.source.refersTo ? ` → ${escapeMarkdown(sourceWording(claim.source.refersTo.text))}` : '';
    return `**${w.source}:** ${quoted(sourceWording(claim.source.text))}${refersTo} — ${escapeMarkdown(w.sourceDetectedNotTagged)}`;
  }
  return `**${w.source}:** ${escapeMarkdown(w.noSourceNamed)}`;
}

function actionLinks(claim: Claim, ref: ClaimRef, w: HoverWords): string {
  const links = [
    commandLink(w.tagSource, 'claimlens.tagSource', ref, w.tagSourceTip),
    commandLink(w.rate, 'claimlens.setCredibility', ref, w.rateTip),
  ];
  if (claim.sourceId !== null) links.push(commandLink(w.sourceReliability, 'claimlens.setReliability', ref, w.sourceReliabilityTip));
  links.push(commandLink(w.setKind, 'claimlens.setKind', ref, w.setKindTip));
  if (claim.state !== 'confirmed') links.push(commandLink(w.confirm, 'claimlens.confirmClaim', ref, w.confirmTip));
  if (claim.state !== 'rejected') links.push(commandLink(w.reject, 'claimlens.rejectClaim', ref, w.rejectTip));
  links.push(commandLink(w.editNote, 'claimlens.editNote', ref, w.editNoteTip));
  return links.join(' · ');
}

/** The hover for `claim`, with article text escaped; `ref` is omitted when the article cannot be edited. */
export function composeClaimHover(claim: Claim, source: Source | null, ref: ClaimRef | null, words: Words = ENGLISH): string {
  const w = words.hover;
  const rating = describeRating(source?.reliability ?? null, claim.credibility, words.rating);
  const origin = claim.origin === 'manual' ? w.addedByHand : w.detected;
  const lines = [
    `**${w.claim}** — ${escapeMarkdown(stateInWords(claim, words.claim))} (${escapeMarkdown(origin)})`,
    `**${w.kind}:** ${escapeMarkdown(kindInWords(claim, words.claim))}`,
    sourceLine(claim, source, words),
    `**${w.cue}:** ${claim.cue ? quoted(claim.cue.text) : escapeMarkdown(w.none)}`,
  ];
  if (claim.hedges.length > 0 || claim.commitment !== null) {
    const hedges = claim.hedges.length > 0 ? claim.hedges.map((h) => quoted(h.text)).join(', ') : escapeMarkdown(w.none);
    const commitment = claim.commitment ? ` — ${escapeMarkdown(`${w.commitment}: ${words.claim.commitments[claim.commitment]}`)}` : '';
    lines.push(`**${w.hedges}:** ${hedges}${commitment}`);
  }
  lines.push(`**${w.rating}:** ${escapeMarkdown(rating === '' ? w.notRatedYet : rating)}`);
  if (claim.note.trim()) lines.push(`**${w.note}:** ${escapeMarkdown(claim.note.trim())}`);
  // Two trailing spaces would be fragile; a blank line between entries keeps each on its own line in every renderer.
  const body = lines.join('\n\n');
  return ref ? `${body}\n\n---\n\n${actionLinks(claim, ref, w)}` : body;
}
