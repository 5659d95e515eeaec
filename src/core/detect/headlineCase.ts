// Headlines in title case ("Trump Says He Will Accept Results"): their verbs and function words read in lower case.
import { AUXILIARIES, BE_FORMS, COORDINATORS, DETERMINERS, MODALS, PREPOSITIONS, PRONOUNS, VERB_FORMS } from './lexicon';

/** Longest line read as a headline, in characters. */
const MAX_HEADLINE_LENGTH = 200;
/** Fewest long words (four letters or more, after the first word) that tell title case from a sentence. */
const MIN_LONG_WORDS = 3;
/** Share of those long words that title case capitalizes. */
const TITLE_CASE_SHARE = 0.75;

/** Words a title-case headline capitalizes that a sentence writes in lower case, beyond the lexicon's sets. */
const SMALL_WORDS = new Set(['that', 'not', 'whether', 'if', 'as', 'than']);

const WORD_RE = /\p{L}[\p{L}'’-]*/gu;
const LINE_RE = /[^\n]+/g;

/**
 * `text` with the verbs and function words of each title-case headline line in lower case, so that "Trump Says He
 * Will Accept" reads as "Trump says he will Accept": the detector takes a capitalized word for a name. Lower-casing
 * keeps every length, so offsets into the result are offsets into `text`. Lines that end in a full stop are prose.
 */
export function withHeadlineCase(text: string): string {
  let out: string[] | null = null;
  let copied = 0;
  LINE_RE.lastIndex = 0;
  for (let m = LINE_RE.exec(text); m !== null; m = LINE_RE.exec(text)) {
    const line = m[0];
    if (line.length > MAX_HEADLINE_LENGTH || /[.;]\s*$/.test(line) || !readsAsTitleCase(line)) continue;
    const lowered = lowerSmallWords(line);
    if (lowered === line) continue;
    out ??= [];
    out.push(text.slice(copied, m.index), lowered);
    copied = m.index + line.length;
  }
  return out ? out.join('') + text.slice(copied) : text;
}

/** Whether most long words after the first are capitalized, and some of them are not all capitals ("TRUMP: …"). */
function readsAsTitleCase(line: string): boolean {
  let long = 0;
  let capitalized = 0;
  let mixed = false;
  let first = true;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(line); m !== null; m = WORD_RE.exec(line)) {
    const word = m[0];
    if (first) {
      first = false;
      continue;
    }
    if (word.length < 4) continue;
    long++;
    const initial = word.charAt(0);
    if (initial !== initial.toLowerCase()) {
      capitalized++;
      mixed = mixed || word !== word.toUpperCase();
    }
  }
  return long >= MIN_LONG_WORDS && mixed && capitalized >= long * TITLE_CASE_SHARE;
}

function lowerSmallWords(line: string): string {
  let first = true;
  return line.replace(WORD_RE, (word, offset: number) => {
    const lower = word.toLowerCase();
    // The line's first word and one after a colon or full stop open a clause; "I" stays a capital.
    const opens = first || /[:.!?]\s*['"‘“]?$/.test(line.slice(Math.max(0, offset - 3), offset));
    first = false;
    return !opens && lower !== 'i' && lower.length === word.length && isSmallWord(lower) ? lower : word;
  });
}

function isSmallWord(lower: string): boolean {
  return VERB_FORMS.has(lower) || MODALS.has(lower) || AUXILIARIES.has(lower) || BE_FORMS.has(lower) || DETERMINERS.has(lower) ||
    PREPOSITIONS.has(lower) || COORDINATORS.has(lower) || PRONOUNS.has(lower) || SMALL_WORDS.has(lower);
}
