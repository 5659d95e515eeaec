// Every word core shows to people (ratings, states, kinds, hover, panel groups, counts, reports), given by the caller so that core stays free of `vscode`; English here, other languages from the extension's translations.
import type { ClaimKind, Commitment } from './detect/types';
import type { ClaimState, Credibility, Reliability } from './model/types';

export interface RatingWords {
  reliability: Readonly<Record<Reliability, string>>;
  credibility: Readonly<Record<Credibility, string>>;
  /** Stands for the unrated half of a code such as "?2". */
  reliabilityNotRated: string;
  credibilityNotRated: string;
}

export interface ClaimWords {
  states: Readonly<Record<ClaimState, string>>;
  /** What the text's own hedging says about its commitment to the claim. */
  commitments: Readonly<Record<Commitment, string>>;
  kinds: Readonly<Record<ClaimKind, string>>;
  /** What each kind covers, with the English cues that mark it (the detector reads English text). */
  kindDescriptions: Readonly<Record<ClaimKind, string>>;
  kindNotKnown: string;
  kindSetByHand: string;
  orphan: string;
  /** The longer state of an orphan, given the state it had. */
  orphanWas(state: string): string;
  note: string;
  count(claims: number): string;
  /** How a claim's source is written, where it differs from the name it is listed under: "as “the daily”". */
  mentionedAs(mention: string): string;
}

export interface HoverWords {
  claim: string;
  kind: string;
  source: string;
  cue: string;
  hedges: string;
  rating: string;
  note: string;
  detected: string;
  addedByHand: string;
  sourceDetectedNotTagged: string;
  noSourceNamed: string;
  reliabilityNotRated: string;
  none: string;
  commitment: string;
  notRatedYet: string;
  /** Link titles and their tooltips. */
  tagSource: string;
  tagSourceTip: string;
  rate: string;
  rateTip: string;
  sourceReliability: string;
  sourceReliabilityTip: string;
  setKind: string;
  setKindTip: string;
  confirm: string;
  confirmTip: string;
  reject: string;
  rejectTip: string;
  editNote: string;
  editNoteTip: string;
}

export interface GroupWords {
  detectedNotTagged: string;
  noSourceNamed: string;
  credibilityNotRated: string;
  kindNotKnown: string;
  orphans: string;
  orphansExplained: string;
}

export interface CountWords {
  tagged(n: number): string;
  orphans(n: number): string;
  /** The status bar's tooltip lines. */
  inArticle(claims: string, suggested: number, confirmed: number): string;
  taggedLong(n: number): string;
  rejectedAndOrphans(rejected: number, orphans: number): string;
}

export interface ReportWords {
  title: string;
  /** "ClaimLens report — article.txt" */
  titleOf(label: string): string;
  articles(n: number): string;
  generated(when: string, by: string): string;
  rejectedNotListed: string;
  noClaims: string;
  /** "4 claims: 2 confirmed, 2 suggested; 1 rejected; 1 orphan." without the orphans when there are none. */
  tally(claims: number, confirmed: number, suggested: number, rejected: number, orphans: number): string;
  kinds: string;
  source: string;
  reliability: string;
  claims: string;
  confirmed: string;
  suggested: string;
  ratings: string;
  untagged: string;
  state: string;
  kind: string;
  rating: string;
  detectedParts: string;
  detectedSource(text: string): string;
  detectedCue(text: string): string;
  hedges: string;
  note: string;
  tags: string;
  line(n: number): string;
  orphanNotFound: string;
  claimsBySource: string;
  number: string;
  lineColumn: string;
  claim: string;
  hedgesNoteTags: string;
  detectedSourceInline(text: string): string;
  legend: string;
  legendConfirmed: string;
  legendSuggested: string;
  legendOverlap: string;
  legendOverlapTerm: string;
  legendOrphan: string;
  legendCode: string;
  legendNavigation: string;
  /** The W3C collection's label. */
  claimsIn(label: string): string;
  claimsInArticles(n: number): string;
}

export interface Words {
  /** BCP 47 tag of the language the words are in, e.g. `en`, `es` (the HTML report's `lang`). */
  language: string;
  rating: RatingWords;
  claim: ClaimWords;
  hover: HoverWords;
  groups: GroupWords;
  counts: CountWords;
  report: ReportWords;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const ENGLISH: Words = {
  language: 'en',
  rating: {
    reliability: {
      A: 'completely reliable',
      B: 'usually reliable',
      C: 'fairly reliable',
      D: 'not usually reliable',
      E: 'unreliable',
      F: 'reliability cannot be judged',
    },
    credibility: {
      1: 'confirmed by other sources',
      2: 'probably true',
      3: 'possibly true',
      4: 'doubtful',
      5: 'improbable',
      6: 'truth cannot be judged',
    },
    reliabilityNotRated: 'source reliability not rated',
    credibilityNotRated: 'credibility not rated',
  },
  claim: {
    states: { suggested: 'suggested', confirmed: 'confirmed', rejected: 'rejected' },
    commitments: {
      certain: 'certain — stated as fact',
      probable: 'probable — lightly hedged',
      possible: 'possible — hedged',
      uncommitted: 'uncommitted — the text does not vouch for it',
    },
    kinds: {
      statement: 'statement',
      belief: 'belief',
      evidence: 'evidence',
      characterization: 'characterization',
      request: 'request',
      intention: 'intention',
      refusal: 'refusal',
    },
    kindDescriptions: {
      statement: 'speech or writing reported: said, told, according to',
      belief: 'what the source thinks or feels: believes, expects, fears',
      evidence: 'documents, data or studies as the source: records show, the study found',
      characterization: 'the source labels or judges: called it, described as, accused of',
      request: 'the source asks for action or asks a question: urged, called on, asked whether',
      intention: 'a plan, commitment or stance: plans to, vowed to, supports',
      refusal: 'the source declines to say: declined to comment, would not say',
    },
    kindNotKnown: 'not known',
    kindSetByHand: 'set by hand',
    orphan: 'orphan',
    orphanWas: (state) => `orphan — no longer found in the text (was ${state})`,
    note: 'note',
    count: (n) => plural(n, 'claim', 'claims'),
    mentionedAs: (mention) => `as “${mention}”`,
  },
  hover: {
    claim: 'Claim',
    kind: 'Kind',
    source: 'Source',
    cue: 'Cue',
    hedges: 'Hedges',
    rating: 'Rating',
    note: 'Note',
    detected: 'detected',
    addedByHand: 'added by hand',
    sourceDetectedNotTagged: 'detected, not tagged yet',
    noSourceNamed: 'not named in the text — tag one',
    reliabilityNotRated: 'reliability not rated',
    none: 'none',
    commitment: 'commitment',
    notRatedYet: 'not rated yet',
    tagSource: 'Tag source…',
    tagSourceTip: 'Choose the source of this claim',
    rate: 'Rate…',
    rateTip: 'Set the credibility of this claim (1–6)',
    sourceReliability: 'Source reliability…',
    sourceReliabilityTip: 'Set the reliability of the source (A–F)',
    setKind: 'Kind…',
    setKindTip: 'Set the kind of this claim: statement, belief, evidence…',
    confirm: 'Confirm',
    confirmTip: 'Mark this claim as confirmed',
    reject: 'Reject',
    rejectTip: 'Reject this claim: not an attributed claim',
    editNote: 'Note…',
    editNoteTip: 'Edit the note of this claim',
  },
  groups: {
    detectedNotTagged: 'detected, not tagged',
    noSourceNamed: 'No source named',
    credibilityNotRated: 'Credibility not rated',
    kindNotKnown: 'Kind not known',
    orphans: 'Orphans',
    orphansExplained: 'no longer found in the text',
  },
  counts: {
    tagged: (n) => `${n} tagged`,
    orphans: (n) => plural(n, 'orphan', 'orphans'),
    inArticle: (claims, suggested, confirmed) => `${claims} in this article: ${suggested} suggested, ${confirmed} confirmed`,
    taggedLong: (n) => `${n} tagged with a source or credibility`,
    rejectedAndOrphans: (rejected, orphans) => `${rejected} rejected, ${orphans} that can no longer be placed`,
  },
  report: {
    title: 'ClaimLens report',
    titleOf: (label) => `ClaimLens report — ${label}`,
    articles: (n) => plural(n, 'article', 'articles'),
    generated: (when, by) => `Generated ${when} by ${by}.`,
    rejectedNotListed: 'Rejected claims are not listed.',
    noClaims: 'No claims.',
    tally: (claims, confirmed, suggested, rejected, orphans) =>
      `${plural(claims, 'claim', 'claims')}: ${confirmed} confirmed, ${suggested} suggested; ${rejected} rejected` +
      `${orphans > 0 ? `; ${plural(orphans, 'orphan', 'orphans')}` : ''}.`,
    kinds: 'Kinds',
    source: 'Source',
    reliability: 'Reliability',
    claims: 'Claims',
    confirmed: 'Confirmed',
    suggested: 'Suggested',
    ratings: 'Ratings',
    untagged: 'Untagged',
    state: 'State',
    kind: 'Kind',
    rating: 'Rating',
    detectedParts: 'Detected',
    detectedSource: (text) => `source “${text}”`,
    detectedCue: (text) => `cue “${text}”`,
    hedges: 'Hedges',
    note: 'Note',
    tags: 'Tags',
    line: (n) => `line ${n}`,
    orphanNotFound: 'orphan: this quote is no longer found in the article',
    claimsBySource: 'Claims by source',
    number: '#',
    lineColumn: 'Line',
    claim: 'Claim',
    hedgesNoteTags: 'Hedges, note, tags',
    detectedSourceInline: (text) => `detected: ${text}`,
    legend: 'Legend',
    legendConfirmed: 'a claim the reader confirmed (solid underline)',
    legendSuggested: 'a claim detected automatically, not yet reviewed (dashed underline)',
    legendOverlapTerm: 'overlap',
    legendOverlap: 'text that belongs to more than one claim (double underline)',
    legendOrphan: 'a claim whose quote is no longer found in the article; listed in the table only',
    legendCode:
      'Admiralty code: source reliability A (completely reliable) … F (cannot be judged), then information credibility 1 (confirmed) … 6 (cannot be judged)',
    legendNavigation:
      "Numbers in brackets lead to the claim's row in the table; the number in the table leads back to the text. Rejected claims are counted but not shown.",
    claimsIn: (label) => `ClaimLens claims in ${label}`,
    claimsInArticles: (n) => `ClaimLens claims in ${n} articles`,
  },
};
