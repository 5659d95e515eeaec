// Core's words in the display language: every phrase core shows, through `vscode.l10n.t` (translations in l10n/bundle.l10n.*.json).
import * as vscode from 'vscode';
import type { Words } from '../../core/words';
import type { ConflictWords } from '../store/storeMessages';

const t = vscode.l10n.t;

/** Counts read "1 claim" but "2 claims" in English; each language's bundle translates both forms. */
function count(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

function build(): Words {
  return {
    language: vscode.env.language,
    rating: {
      reliability: {
        A: t('completely reliable'),
        B: t('usually reliable'),
        C: t('fairly reliable'),
        D: t('not usually reliable'),
        E: t('unreliable'),
        F: t('reliability cannot be judged'),
      },
      credibility: {
        1: t('confirmed by other sources'),
        2: t('probably true'),
        3: t('possibly true'),
        4: t('doubtful'),
        5: t('improbable'),
        6: t('truth cannot be judged'),
      },
      reliabilityNotRated: t('source reliability not rated'),
      credibilityNotRated: t('credibility not rated'),
    },
    claim: {
      states: { suggested: t('suggested'), confirmed: t('confirmed'), rejected: t('rejected') },
      commitments: {
        certain: t('certain — stated as fact'),
        probable: t('probable — lightly hedged'),
        possible: t('possible — hedged'),
        uncommitted: t('uncommitted — the text does not vouch for it'),
      },
      kinds: {
        statement: t('statement'),
        belief: t('belief'),
        evidence: t('evidence'),
        characterization: t('characterization'),
        request: t('request'),
        intention: t('intention'),
        refusal: t('refusal'),
      },
      kindDescriptions: {
        statement: t('speech or writing reported: said, told, according to'),
        belief: t('what the source thinks or feels: believes, expects, fears'),
        evidence: t('documents, data or studies as the source: records show, the study found'),
        characterization: t('the source labels or judges: called it, described as, accused of'),
        request: t('the source asks for action or asks a question: urged, called on, asked whether'),
        intention: t('a plan, commitment or stance: plans to, vowed to, supports'),
        refusal: t('the source declines to say: declined to comment, would not say'),
      },
      kindNotKnown: t('not known'),
      kindSetByHand: t('set by hand'),
      orphan: t('orphan'),
      orphanWas: (state) => t('orphan — no longer found in the text (was {0})', state),
      note: t('note'),
      count: (n) => count(n, t('1 claim'), t('{0} claims', n)),
      mentionedAs: (mention) => t('as “{0}”', mention),
    },
    hover: {
      claim: t('Claim'),
      kind: t('Kind'),
      source: t('Source'),
      cue: t('Cue'),
      hedges: t('Hedges'),
      rating: t('Rating'),
      note: t('Note'),
      detected: t('detected'),
      addedByHand: t('added by hand'),
      sourceDetectedNotTagged: t('detected, not tagged yet'),
      noSourceNamed: t('not named in the text — tag one'),
      reliabilityNotRated: t('reliability not rated'),
      none: t('none'),
      commitment: t('commitment'),
      notRatedYet: t('not rated yet'),
      tagSource: t('Tag source…'),
      tagSourceTip: t('Choose the source of this claim'),
      rate: t('Rate…'),
      rateTip: t('Set the credibility of this claim (1–6)'),
      sourceReliability: t('Source reliability…'),
      sourceReliabilityTip: t('Set the reliability of the source (A–F)'),
      setKind: t('Kind…'),
      setKindTip: t('Set the kind of this claim: statement, belief, evidence…'),
      confirm: t('Confirm'),
      confirmTip: t('Mark this claim as confirmed'),
      reject: t('Reject'),
      rejectTip: t('Reject this claim: not an attributed claim'),
      editNote: t('Note…'),
      editNoteTip: t('Edit the note of this claim'),
    },
    groups: {
      detectedNotTagged: t('detected, not tagged'),
      noSourceNamed: t('No source named'),
      credibilityNotRated: t('Credibility not rated'),
      kindNotKnown: t('Kind not known'),
      orphans: t('Orphans'),
      orphansExplained: t('no longer found in the text'),
    },
    counts: {
      tagged: (n) => t('{0} tagged', n),
      orphans: (n) => count(n, t('1 orphan'), t('{0} orphans', n)),
      inArticle: (claims, suggested, confirmed) => t('{0} in this article: {1} suggested, {2} confirmed', claims, suggested, confirmed),
      taggedLong: (n) => t('{0} tagged with a source or credibility', n),
      rejectedAndOrphans: (rejected, orphans) => t('{0} rejected, {1} that can no longer be placed', rejected, orphans),
    },
    report: {
      title: t('ClaimLens report'),
      titleOf: (label) => t('ClaimLens report — {0}', label),
      articles: (n) => count(n, t('1 article'), t('{0} articles', n)),
      generated: (when, by) => t('Generated {0} by {1}.', when, by),
      rejectedNotListed: t('Rejected claims are not listed.'),
      noClaims: t('No claims.'),
      tally: (claims, confirmed, suggested, rejected, orphans) => {
        const counts = t('{0}: {1} confirmed, {2} suggested; {3} rejected', count(claims, t('1 claim'), t('{0} claims', claims)), confirmed, suggested, rejected);
        return orphans > 0 ? t('{0}; {1}.', counts, count(orphans, t('1 orphan'), t('{0} orphans', orphans))) : t('{0}.', counts);
      },
      kinds: t('Kinds'),
      source: t('Source'),
      reliability: t('Reliability'),
      claims: t('Claims'),
      confirmed: t('Confirmed'),
      suggested: t('Suggested'),
      ratings: t('Ratings'),
      untagged: t('Untagged'),
      state: t('State'),
      kind: t('Kind'),
      rating: t('Rating'),
      detectedParts: t('Detected'),
      detectedSource: (text) => t('source “{0}”', text),
      detectedCue: (text) => t('cue “{0}”', text),
      hedges: t('Hedges'),
      note: t('Note'),
      tags: t('Tags'),
      line: (n) => t('line {0}', n),
      orphanNotFound: t('orphan: this quote is no longer found in the article'),
      claimsBySource: t('Claims by source'),
      number: t('#'),
      lineColumn: t('Line'),
      claim: t('Claim'),
      hedgesNoteTags: t('Hedges, note, tags'),
      detectedSourceInline: (text) => t('detected: {0}', text),
      legend: t('Legend'),
      legendConfirmed: t('a claim the reader confirmed (solid underline)'),
      legendSuggested: t('a claim detected automatically, not yet reviewed (dashed underline)'),
      legendOverlapTerm: t('overlap'),
      legendOverlap: t('text that belongs to more than one claim (double underline)'),
      legendOrphan: t('a claim whose quote is no longer found in the article; listed in the table only'),
      legendCode: t(
        'Admiralty code: source reliability A (completely reliable) … F (cannot be judged), then information credibility 1 (confirmed) … 6 (cannot be judged)',
      ),
      legendNavigation: t(
        "Numbers in brackets lead to the claim's row in the table; the number in the table leads back to the text. Rejected claims are counted but not shown.",
      ),
      claimsIn: (label) => t('ClaimLens claims in {0}', label),
      claimsInArticles: (n) => t('ClaimLens claims in {0} articles', n),
    },
  };
}

let built: Words | undefined;

/** Built on first use, after VS Code has loaded the extension's bundle for the display language. */
export function localWords(): Words {
  return (built ??= build());
}

/** The store's message about a merge whose edits clashed with changes on disk. */
export function localConflictWords(): ConflictWords {
  return {
    merged: (file) => t('ClaimLens merged {0}, which changed on disk before your annotation changes were saved.', file),
    claim: (label) => t('claim "{0}"', label),
    source: (label) => t('source "{0}"', label),
    alsoChangedOnDisk: (n, names) =>
      n === 1
        ? t('1 annotation you changed here was also changed on disk; the version on disk was kept: {0}.', names)
        : t('{0} annotations you changed here were also changed on disk; the version on disk was kept: {1}.', n, names),
    deletedOnDisk: (n, names) =>
      n === 1
        ? t('1 annotation you changed here was deleted on disk; your version was kept: {0}.', names)
        : t('{0} annotations you changed here were deleted on disk; your version was kept: {1}.', n, names),
  };
}
