// detectAttributions: finds attributed claims (source, cue, content, hedges) in plain text or Markdown.
import { withHeadlineCase } from './headlineCase';
import { findCues } from './cues';
import { contentSpan } from './content';
import { candidateSentences } from './firstPass';
import { commitmentOf, findHedges, hedgeSpans } from './hedges';
import { maskMarkdown } from './markdown';
import { chainContent, indexQuotes, isQuoted, type QuoteIndex } from './quotes';
import type { OffsetRange } from '../model/offsetRange';
import { findParagraphs, segment } from './segment';
import { viewSentence } from './sentence';
import { draftsOf, type Draft } from './shapes';
import { isFirstPersonSource, isInterview, layoutDrafts, speakerTurns, withinAny, type LayoutDraft } from './layout';
import { resolveSources } from '../resolve';
import type { Attribution, DetectOptions, Span } from './types';

export type { Attribution, ClaimKind, Commitment, DetectOptions, SourceSpan, Span } from './types';
export { CLAIM_KINDS } from './types';

/** Claim span: from the earliest to the latest of its parts. */
function claimExtent(d: Draft): OffsetRange {
  const parts = [d.content, d.cue, ...(d.source ? [d.source] : [])];
  return { start: Math.min(d.opener ?? Infinity, ...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
}

/** Between a quoted claim and a quotation continuing it: the rest of the frame's sentence, no other sentence or quote. */
const CONTINUATION_GAP_RE = /^[^.!?“”"]{0,80}[.!?,:]?[\s"”’]*$/;
/** Between an indirect claim and a quotation that goes on with it in the same paragraph: the sentence's end. */
const SENTENCE_GAP_RE = /^[.!?][ \t]*$/;
/** The end of a quotation that its own frame follows: a comma before or after the closing mark ("“…,” Trump retorted"). */
const FRAMED_CLOSE_RE = /^(?:,["”’]|["”’],)/;
/** Between an indirect claim and a quotation it introduces: a colon, perhaps after a closing quotation mark. */
const COLON_GAP_RE = /^["”’]?\s*:\s*$/;

/**
 * Quotations with no frame of their own that follow a quoted claim directly ("“They can…,” he said. “They see
 * that.”") continue that speaker's words: they get the same source and cue.
 */
function continuationDrafts(text: string, quotes: QuoteIndex, drafts: Draft[]): Draft[] {
  // Of claims ending at one place the quoted one goes on: "“…,” said Meg Whitman, a fundraiser who backed Clinton. “…”"
  // ends both her quoted claim and the stance in her apposition.
  const quotedLast = (a: Draft, b: Draft): number => Number(a.content.quoted) - Number(b.content.quoted);
  const extents = drafts.map((draft) => ({ draft, extent: claimExtent(draft) })).sort((a, b) => a.extent.end - b.extent.end || quotedLast(a.draft, b.draft));
  const contents = drafts.map((draft) => draft.content).sort((a, b) => a.start - b.start);
  const added: Draft[] = [];
  let d = 0;
  let c = 0;
  let reach = -1;
  let last: Draft | null = null;
  for (let i = 0; i < quotes.quotes.length; i++) {
    if (i > 0 && quotes.quotes[i - 1].continues) continue;
    const q = quotes.quotes[i];
    while (d < extents.length && extents[d].extent.end <= q.open) last = extents[d++].draft;
    const content = chainContent(text, quotes, i);
    // Quotes come in text order, so one sweep over contents sorted by start tells whether one already covers it.
    while (c < contents.length && contents[c].start <= content.start) reach = Math.max(reach, contents[c++].end);
    if (!last || content.end <= content.start || reach >= content.end) continue;
    // "“He's lying,” Clinton said. “Look it up,” Trump retorted.": a quotation closed by a comma has a frame of its own.
    if (FRAMED_CLOSE_RE.test(text.slice(content.end, content.end + 3))) continue;
    const gap = text.slice(claimExtent(last).end, q.open);
    // "told Sky News any process “must be well thought out”: “Moves to…”": a colon hands on to a quotation.
    // "Wilkins also said Warhol was a businessperson. “As a way to…”": a statement's speaker goes on quoting.
    const follows = last.content.quoted ? CONTINUATION_GAP_RE.test(gap) : COLON_GAP_RE.test(gap) || (last.kind === 'statement' && SENTENCE_GAP_RE.test(gap));
    if (!follows) continue;
    const draft: Draft = { ...last, content: contentSpan(content, true, true) };
    added.push(draft);
    last = draft;
  }
  return added;
}

/**
 * "Jane Doe, a professor at Yale, said…": an appositive and both its commas belong to the source (the guidelines'
 * fourth edition, as the published corpora mark it), so a source holding an appositive takes the comma closing it.
 */
function withClosingComma(text: string, source: OffsetRange): OffsetRange {
  return text.charAt(source.end) === ',' && text.slice(source.start, source.end).includes(',') ? { start: source.start, end: source.end + 1 } : source;
}

function toAttribution(original: string, analysed: string, d: Draft | LayoutDraft): Attribution {
  const toSpan = (r: OffsetRange): Span => ({ start: r.start, end: r.end, text: original.slice(r.start, r.end) });
  const between = d.source && d.cue && d.source.end <= d.cue.start ? [{ start: d.source.end, end: d.cue.start }] : [];
  const hedges = findHedges(analysed, d.cueHead, [d.content, ...between]);
  const content = toSpan(d.content);
  const source = d.source ? toSpan(withClosingComma(analysed, d.source)) : null;
  const cue = d.cue ? toSpan(d.cue) : null;
  const parts = [content, ...(cue ? [cue] : []), ...(source ? [source] : [])];
  return {
    // "It was reported that…" opens at "It", outside its parts.
    start: Math.min('opener' in d ? d.opener ?? Infinity : Infinity, ...parts.map((p) => p.start)),
    end: Math.max(...parts.map((p) => p.end)),
    content,
    source,
    cue,
    hedges: hedgeSpans(original, hedges),
    commitment: commitmentOf(hedges),
    kind: d.kind,
  };
}

/** Line ends other than LF: a lone CR (classic Mac OS), and the Unicode line and paragraph separators. */
const OTHER_LINE_END_RE = /\r(?!\n)|[\u2028\u2029]/g;

/**
 * The text with every other line end written as LF, one code unit for one, so offsets stay those of the input:
 * "Headline\r\rTass reported…" has the same paragraphs as "Headline\n\nTass reported…".
 */
function withLfLineEnds(text: string): string {
  OTHER_LINE_END_RE.lastIndex = 0;
  return OTHER_LINE_END_RE.test(text) ? text.replace(OTHER_LINE_END_RE, '\n') : text;
}

/** A pronoun subject with its auxiliary contracted: "I'd", "we've", "they'll". */
const CONTRACTED_SUBJECT_RE = /^(I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey)['’](?:d|ll|ve|re|m)$/;

/** "I'd argue that…": the pronoun is the source and its auxiliary joins the cue ("'d argue"), as "would argue" would. */
function withContractedSubject(text: string, d: Draft): Draft {
  if (!d.source || d.source.end - d.source.start > 7 || d.cue.start <= d.source.end || text.slice(d.source.end, d.cue.start).trim() !== '') return d;
  const m = CONTRACTED_SUBJECT_RE.exec(text.slice(d.source.start, d.source.end));
  if (!m) return d;
  const pronounEnd = d.source.start + m[1].length;
  return { ...d, source: { start: d.source.start, end: pronounEnd }, cue: { start: pronounEnd, end: d.cue.end } };
}

/** Whether two drafts with the same content start make the same claim: the same content end, cue start and source. */
function sameClaim(a: Draft | LayoutDraft, b: Draft | LayoutDraft): boolean {
  return a.content.end === b.content.end && (a.cue?.start ?? -1) === (b.cue?.start ?? -1) && (a.source?.start ?? -1) === (b.source?.start ?? -1) && (a.source?.end ?? -1) === (b.source?.end ?? -1);
}

/**
 * The layout drafts whose content no cue-based draft with a source has. Most stretches of text have no layout draft:
 * then no index of contents is built.
 */
function notAttributed(layout: LayoutDraft[], drafts: readonly Draft[]): LayoutDraft[] {
  if (layout.length === 0) return layout;
  const ends = new Map<number, number[]>();
  for (const d of drafts) {
    if (d.source === null) continue;
    const known = ends.get(d.content.start);
    if (known) known.push(d.content.end);
    else ends.set(d.content.start, [d.content.end]);
  }
  return layout.filter((d) => ends.get(d.content.start)?.includes(d.content.end) !== true);
}

/**
 * "has said that “our country is going to hell.”": a content that is one whole quotation is its words without the
 * marks, as a direct quote's is (annotation guidelines, Content).
 */
function withoutOpeningMark(text: string, quotes: QuoteIndex, d: Draft): Draft {
  const index = quotes.byOpen.get(d.content.start);
  if (index === undefined || d.content.quoted) return d;
  const words = chainContent(text, quotes, index);
  return words.end === d.content.end && words.start > d.content.start && words.end > words.start ? { ...d, content: contentSpan(words, true, d.content.clausal) } : d;
}

function byPosition(a: Attribution, b: Attribution): number {
  return a.start - b.start || a.end - b.end || a.content.start - b.content.start || (a.cue?.start ?? 0) - (b.cue?.start ?? 0);
}

/**
 * Whether `text`, a whole article, reads as an interview: what `detectAttributions` judges from the text it is given.
 * A caller that detects a long article a stretch at a time passes this, judged once on the whole, as
 * `options.interview`, so that a stretch finds what the whole text finds.
 */
export function readsAsInterview(text: string, options: Pick<DetectOptions, 'markdown'> = {}): boolean {
  const analysed = withLfLineEnds(options.markdown ? maskMarkdown(text) : text);
  return isInterview(analysed, findParagraphs(analysed));
}

/**
 * Finds attributed claims in `text`. Offsets are UTF-16 code units into `text`; output is sorted by position and
 * deterministic. With `options.markdown`, markup, front matter, code and link targets are never part of a span.
 */
export function detectAttributions(text: string, options: DetectOptions = {}): Attribution[] {
  const analysed = withHeadlineCase(withLfLineEnds(options.markdown ? maskMarkdown(text) : text));
  const layout = segment(analysed);
  const { paragraphs, sentences, quotes } = layout;
  const quoteIndex = indexQuotes(quotes);
  const drafts: Draft[] = [];
  for (const sentence of candidateSentences(analysed, sentences)) {
    const view = viewSentence(analysed, sentence, quoteIndex);
    drafts.push(...draftsOf(view, findCues(view)));
  }
  for (const draft of continuationDrafts(analysed, quoteIndex, drafts)) drafts.push(draft);
  for (let k = 0; k < drafts.length; k++) drafts[k] = withoutOpeningMark(analysed, quoteIndex, withContractedSubject(analysed, drafts[k]));
  // "I think the party has lost its way" in an opinion piece is the writer's own voice, not an attribution.
  const writerVoice = !(options.interview ?? isInterview(analysed, paragraphs));
  const reported = writerVoice ? drafts.filter((d) => !isFirstPersonSource(analysed, d.source) || isQuoted(quoteIndex, d.source?.start ?? 0)) : drafts;
  // Headlines and pull quotes attribute without a cue; a content a cue already attributes to a source is not claimed
  // twice ("HILLARY CLINTON: Stop-and-frisk was found to be unconstitutional." is hers, besides its sourceless frame).
  const cueless = notAttributed(layoutDrafts(analysed, paragraphs, sentences, quoteIndex), reported);
  // "TRUMP: I think we will win.": a first person inside a speaker's turn is part of the turn's claim, as in a quotation.
  const turns = speakerTurns(cueless);
  const kept = turns.length > 0 ? reported.filter((d) => !isFirstPersonSource(analysed, d.source) || !withinAny(turns, d.source?.start ?? 0)) : reported;
  // Claims found twice are kept once, the first time: drafts grouped by where their content starts, compared field by
  // field (a string key per draft cost more than the comparisons it saved).
  const seen = new Map<number, (Draft | LayoutDraft)[]>();
  const result: Attribution[] = [];
  for (const d of [...kept, ...cueless]) {
    const same = seen.get(d.content.start);
    if (same?.some((s) => sameClaim(s, d))) continue;
    if (same) same.push(d);
    else seen.set(d.content.start, [d]);
    result.push(toAttribution(text, analysed, d));
  }
  result.sort(byPosition);
  // A separate pass over the finished attributions: who each source stands for, named as fully as the text does.
  if (options.resolveSources) resolveSources(text, result, { analysed, layout });
  return result;
}
