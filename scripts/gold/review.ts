// Review aid for annotators: reporting words in an article that no gold cue covers, each to be confirmed as
// deliberately left out (agentless, generic, not reporting) or annotated.
import type { GoldFile } from './goldFile';

// A deliberately small, independent list (not the detector's lexicon), so the check does not inherit its gaps.
const REPORTING_WORD =
  /\b(?:say|says|said|saying|tell|tells|told|add|added|adding|according|claim|claims|claimed|warn|warned|note|noted|argue|argued|insist|insisted|believe|believes|believed|think|thinks|report|reports|reported|write|wrote|state|stated|announce|announced|confirm|confirmed|deny|denied|suggest|suggests|suggested|indicate|indicates|indicated|estimate|estimates|estimated|expect|expects|expected|acknowledge|acknowledged|admit|admitted|urge|urged|ask|asked|quoted|citing)\b/gi;

export interface UncoveredWord {
  offset: number;
  word: string;
  /** The word with some text either side, on one line. */
  context: string;
}

export function uncoveredReportingWords(text: string, gold: GoldFile): UncoveredWord[] {
  const cues = gold.claims.flatMap((c) => (c.cue ? [c.cue] : []));
  const found: UncoveredWord[] = [];
  for (const match of text.matchAll(REPORTING_WORD)) {
    const offset = match.index;
    if (cues.some((cue) => cue.start <= offset && offset < cue.end)) continue;
    const context = `${text.slice(Math.max(0, offset - 50), offset)}⟪${match[0]}⟫${text.slice(offset + match[0].length, offset + match[0].length + 40)}`;
    found.push({ offset, word: match[0], context: context.replace(/\s+/g, ' ') });
  }
  return found;
}
