// Finds the names an article mentions ("New Zealand's Prime Minister John Key", "the Washington Post", "KCNA") and reads what each is.
import {
  DESCRIPTION_HEADS,
  type EntityClass,
  GENDERED_TITLES,
  GIVEN_NAMES,
  GOVERNMENT_ACRONYMS,
  GROUP_NOUNS,
  type Gender,
  MEDIA_NAMES,
  NAME_CONNECTORS,
  NAME_SUFFIXES,
  NATIONALITY_WORDS,
  NON_NAME_WORDS,
  ORGANISATION_HEADS,
  PERSON_TITLES,
  PLACE_NAMES,
  TITLE_MODIFIERS,
} from './lexicon';

/** One mention of a name in the text. */
export interface NameMention {
  /** The whole mention as a reader would quote it: titles, a possessor and an organisation's "the" included. */
  start: number;
  end: number;
  /**
   * Where the mention starts without the lower-case role words written before the name ("challenger Amara Nwosu" →
   * "Amara Nwosu"); `start` when there are none. Capitalised titles ("Mayor Greg Hollis") stay in either.
   */
  nameStart: number;
  /** The name's words in lower case, without titles, possessive "'s" or connectors: ["john", "key"]. */
  words: string[];
  /** Whether a person's title or role stands before the name ("Prime Minister", "spokeswoman"). */
  titled: boolean;
  /** The title and role words, lower case, before or in apposition after the name: ["finance", "minister"]. */
  titles: string[];
  cls: EntityClass;
  gender: Gender | null;
  /** An acronym written in parentheses right after the name, lower case: "World Health Organisation (WHO)" → "who". */
  acronym: string | null;
  /** Whether the mention opens its sentence (its subject, most often). */
  opensSentence: boolean;
  /** Written in capitals, as an acronym: "WHO", "KCNA", "U.N.". */
  acronymLike: boolean;
  /** The name's last word as written: "Key", "McGuire", "KCNA". */
  lastWord: string;
  /**
   * How much the text says right after the name about who it is: the length of an apposition ("Steve Whitmore, a
   * representative for the LA Sheriff's office") or an "of" phrase ("Matthew Ingram of The Globe and Mail"); 0 if none.
   * Of two mentions naming as much, the one described is the fuller.
   */
  described: number;
}

interface Word {
  start: number;
  /** After the word, its possessive "'s" left out. */
  end: number;
  /** Lower case, without a final period or a possessive "'s". */
  key: string;
  possessive: boolean;
  /** A connector ("of", "to the") stands between this word and the one before it. */
  afterConnector: boolean;
  /** A word that opens sentences or names a time ("According", "However", "Friday"), never a name; "WHO" is a name. */
  nonName: boolean;
  /** Set on a run's first word when the run stands in a title-case headline, whose capitals say nothing about names. */
  inHeadline?: boolean;
}

const SPACE_RE = /^[ \t\u00a0]+$/;
/** A single line break inside a name (hard-wrapped text), never a blank line. */
const WRAP_RE = /^[ \t\u00a0]*\r?\n[ \t\u00a0]*$/;
const CONNECTOR_GAP_RE = /^[ \t\u00a0]+([a-z&]+)(?:[ \t\u00a0]+the)?[ \t\u00a0]+$/;
/** Words whose period abbreviates rather than ends a sentence ("Mr. Tedeschi", "J. Smith"). */
const ABBREVIATED_RE = /^(?:\p{Lu}|mr|mrs|ms|dr|st|gen|sen|gov|rep|lt|col|capt|prof|rev|sgt|det|insp|supt|maj|brig)$/iu;
/** Connectors that join a name only after an organisation word or a title; name particles ("de", "bin") always join. */
const PREPOSITION_CONNECTORS = new Set(['of', 'for', 'to', 'the']);
const ACRONYM_RE = /^(?:\p{Lu}\.?){2,6}$/u;

function isWordCode(code: number, char: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(char);
}

function wordOf(text: string, start: number, end: number): Word {
  let e = end;
  // A final period ends the word unless the word is an initialism ("U.S.", "K.C.").
  if (text.charCodeAt(e - 1) === 46 && !(e - start >= 3 && text.charCodeAt(e - 3) === 46)) e--;
  // A possessive "'s" (or a bare "'" after s) belongs to the word but not to the name.
  let bareEnd = e;
  const last = text.charCodeAt(e - 1);
  const beforeLast = text.charCodeAt(e - 2);
  if ((last === 115 || last === 83) && (beforeLast === 39 || beforeLast === 0x2019) && e - start > 2) bareEnd = e - 2;
  else if ((last === 39 || last === 0x2019) && (beforeLast === 115 || beforeLast === 83)) bareEnd = e - 1;
  const bare = text.slice(start, bareEnd);
  const key = bare.charCodeAt(bare.length - 1) === 46 ? bare.slice(0, -1).toLowerCase() : bare.toLowerCase();
  const nonName = NON_NAME_WORDS.has(key) && !(bare.length > 1 && bare === bare.toUpperCase());
  return { start, end: bareEnd, key, possessive: bareEnd !== e, afterConnector: false, nonName };
}

/** How `next` continues the name that `last` ends: directly, across a connector ("Bank of England"), or not at all. */
function continuation(text: string, last: Word, next: Word): 'direct' | 'connector' | null {
  if (next.nonName) return null;
  // The common case first: one space between two capitalised words.
  if (next.start - last.end === 1 && !last.possessive && text.charCodeAt(last.end) === 32) return 'direct';
  let from = last.end;
  if (last.possessive) {
    const mark = /^['’]s?/.exec(text.slice(from, from + 2));
    from += mark ? mark[0].length : 0;
  }
  if (text.charCodeAt(from) === 46) {
    if (!ABBREVIATED_RE.test(text.slice(last.start, from))) return null;
    from++;
  }
  if (from === next.start) return null;
  const gap = text.slice(from, next.start);
  if (SPACE_RE.test(gap) || WRAP_RE.test(gap)) return 'direct';
  const connector = CONNECTOR_GAP_RE.exec(gap);
  if (connector === null || !NAME_CONNECTORS.has(connector[1]) || connector[1] === 'and') return null;
  // "Bank of England", "Ambassador to the United States" are one name; "Troy Patterson of Slate Magazine" is two.
  // A particle ("Pieter de Wit", "Niek de Vries") is inside a person's name, not between a title and a name.
  if (!PREPOSITION_CONNECTORS.has(connector[1])) return connector[1] === '&' ? 'connector' : 'direct';
  return ORGANISATION_HEADS.has(last.key) || PERSON_TITLES.has(last.key) || TITLE_MODIFIERS.has(last.key) ? 'connector' : null;
}

/** Runs of capitalised words that read as one name and start in `[from, to)`, in text order. */
function capitalisedRuns(text: string, from: number, to: number): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  // A run goes on only across a short gap: the scan never looks far past `to` for the next capital.
  const limit = Math.min(text.length, to + RUN_GAP_REACH);
  for (let at = nextCapital(text, from, limit); at >= 0; at = nextCapital(text, at, limit)) {
    const end = nameWordEnd(text, at);
    const word = wordOf(text, particleStart(text, at), end);
    const last = run[run.length - 1];
    const joined = last ? continuation(text, last, word) : null;
    if (joined) {
      word.afterConnector = joined === 'connector';
      run.push(word);
    } else {
      if (run.length > 0) runs.push(run);
      if (word.start >= to) return runs;
      run = [word];
    }
    at = end;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Character classes of code points above ASCII, worked out once each: 1 capital letter, 2 other letter, mark or
 * digit, 3 anything else. A character loop with this table scans far faster than a Unicode regular expression.
 */
const NON_ASCII_CLASS = new Uint8Array(0x10000);
const CAPITAL_RE = /\p{Lu}/u;
const NAME_CHARACTER_RE = /[\p{L}\p{M}\p{N}]/u;

function nonAsciiClass(code: number): number {
  let known = NON_ASCII_CLASS[code];
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = CAPITAL_RE.test(char) ? 1 : NAME_CHARACTER_RE.test(char) ? 2 : 3;
    NON_ASCII_CLASS[code] = known;
  }
  return known;
}

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code !== 0x2019 && nonAsciiClass(code) !== 3;
}

/** How far past a stretch a name running out of it may still continue (a title, a connector and a long name). */
const RUN_GAP_REACH = 200;

/** The next capital letter in `[from, limit)` that starts a word (not the "P" of "iPhone"), or -1. */
function nextCapital(text: string, from: number, limit: number): number {
  if (from >= limit) return -1;
  // An ASCII capital or any wider character, found by the regular expression engine (far faster than a loop over
  // characters); the few wider ones are then judged from the table. Searching a slice keeps the search within limit.
  const stretch = text.slice(from, limit);
  CAPITAL_OR_WIDE_RE.lastIndex = 0;
  for (let m = CAPITAL_OR_WIDE_RE.exec(stretch); m !== null; m = CAPITAL_OR_WIDE_RE.exec(stretch)) {
    const i = from + m.index;
    const code = text.charCodeAt(i);
    if (code >= 128 && nonAsciiClass(code) !== 1) continue;
    if (i === 0 || !isLetterOrDigit(text.charCodeAt(i - 1))) return i;
  }
  return -1;
}

const CAPITAL_OR_WIDE_RE = /[A-Z\u0080-\uffff]/g;

/** The end of a name word starting at `start`: letters, marks, digits and inner apostrophes, periods, "&" and hyphens. */
function nameWordEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (!(isLetterOrDigit(code) || code === 39 || code === 0x2019 || code === 46 || code === 38 || code === 45)) break;
    end++;
  }
  return end;
}

/** A name particle joined to the word at `at` by a hyphen starts the word: the "al-" of "al-Amr". */
function particleStart(text: string, at: number): number {
  if (text.charCodeAt(at - 1) !== 45) return at;
  const particle = /(?:^|[^\p{L}])(al|el|ad|as|ar|bin|ibn|abu|van|von|de|da|di|du|la|le)-$/u.exec(text.slice(Math.max(0, at - 5), at));
  return particle ? at - particle[1].length - 1 : at;
}

/** The longest line read as a headline. */
const TITLE_LINE_LENGTH = 300;

/** Whether the line holding `offset` is written in title case (a headline), where capitals say nothing about names. */
function inTitleCaseLine(text: string, lineStart: number, lineEnd: number): boolean {
  // A headline is short and does not end as a sentence does.
  if (lineEnd - lineStart > TITLE_LINE_LENGTH) return false;
  let last = lineEnd - 1;
  while (last > lineStart && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 13 || text.charCodeAt(last) === 9)) last--;
  if (LINE_END_OF_SENTENCE.has(text.charCodeAt(last))) return false;
  const words = text.slice(lineStart, lineEnd).split(/\s+/).filter((w) => w !== '' && isLetterOrDigit(w.charCodeAt(0)));
  if (words.length < 4) return false;
  const capitalised = words.filter((w) => {
    const code = w.charCodeAt(0);
    return (code < 128 ? code >= 65 && code <= 90 : nonAsciiClass(code) === 1) && !NAME_CONNECTORS.has(w.toLowerCase());
  }).length;
  return capitalised / words.length >= 0.75;
}

const LINE_END_OF_SENTENCE = new Set([...'.!?"”:;,'].map((c) => c.charCodeAt(0)));

/** The organisation word that heads a name: its last word, or the last before "of" ("Ministry of Defence"). */
function organisationHead(words: Word[]): EntityClass | undefined {
  const connector = words.findIndex((w) => w.afterConnector);
  const headIndex = connector > 0 ? connector - 1 : words.length - 1;
  return ORGANISATION_HEADS.get(words[headIndex].key) ?? ORGANISATION_HEADS.get(words[words.length - 1].key);
}

function classOfName(words: Word[], keys: string[], titled: boolean, text: string): EntityClass {
  const head = organisationHead(words);
  if (head) return head;
  if (keys.length === 1) {
    const only = keys[0];
    if (MEDIA_NAMES.has(only)) return 'media';
    if (GOVERNMENT_ACRONYMS.has(only)) return 'government';
    if (PLACE_NAMES.has(only) || NATIONALITY_WORDS.has(only)) return 'place';
    if (titled) return 'person';
    return ACRONYM_RE.test(text.slice(words[0].start, words[0].end)) ? 'organisation' : 'unknown';
  }
  if (keys.every((w) => PLACE_NAMES.has(w) || NATIONALITY_WORDS.has(w))) return 'place';
  const initial = keys[0].length <= 3 && /^\p{Lu}\.(?:\p{Lu}\.)*$/u.test(text.slice(words[0].start, words[0].end + 1));
  if (titled || GIVEN_NAMES.has(keys[0]) || initial) return 'person';
  return 'unknown';
}

function genderOf(titles: readonly string[], keys: string[]): Gender | null {
  for (let i = titles.length - 1; i >= 0; i--) {
    const gender = GENDERED_TITLES.get(titles[i]);
    if (gender) return gender;
  }
  return keys.length >= 2 ? (GIVEN_NAMES.get(keys[0]) ?? null) : null;
}

const ROLE_BEFORE_RE = /([A-Za-z][a-z-]*)[ \t\u00a0]+$/;
const NAME_BEFORE_RE = /(?:\p{Lu}[\p{L}\p{M}.'’&-]*[ \t\u00a0]+)+$/u;

/**
 * Role words right before `at` ("team member", "spokeswoman", "Major general") and, before those, the name of
 * what the role is in ("Environment Canada spokeswoman"): where the person's fullest mention starts.
 */
function rolesBefore(text: string, at: number): { start: number; roles: string[] } {
  const roles: string[] = [];
  let start = at;
  for (let k = 0; k < 3; k++) {
    // Most names follow no word of a role at all: a cheap look at the character before comes first.
    if (!isLetterOrDigit(text.charCodeAt(start - 2)) || text.charCodeAt(start - 1) !== 32) break;
    const m = ROLE_BEFORE_RE.exec(text.slice(Math.max(0, start - 30), start));
    if (!m || !isTitleWord(m[1].toLowerCase())) break;
    roles.unshift(m[1].toLowerCase());
    start -= m[0].length;
  }
  if (!roles.some((role) => PERSON_TITLES.has(role))) return { start: at, roles: [] };
  const owner = NAME_BEFORE_RE.exec(text.slice(Math.max(0, start - 60), start));
  const first = owner ? /^\p{L}[\p{L}'’.-]*/u.exec(owner[0])?.[0].toLowerCase().replace(/\.$/, '') : undefined;
  if (owner && first && !NON_NAME_WORDS.has(first)) start -= owner[0].length;
  return { start, roles };
}

/**
 * Roles a name is given in apposition: "Olav Brekke, the Centre Party leader,", "The spokeswoman, Kari Nilsen",
 * "Seán Mulcahy, 67," (an age says person too). Empty when there is none.
 */
function apposedRoles(text: string, start: number, end: number): string[] {
  // "Okafor, who converted the penalty": "who" speaks of a person.
  if (/^,?[ \t]+who\b/.test(text.slice(end, end + 8))) return ['person'];
  const after = /^,[ \t]+([^,.;:()"“”]{1,60})/.exec(text.slice(end, end + 64));
  if (after) {
    if (/^\d{1,3}$/.test(after[1].trim())) return ['person'];
    const roles = after[1].toLowerCase().split(/\s+/).filter((w) => PERSON_TITLES.has(w));
    if (roles.length > 0 && /^(?:a|an|the|its|his|her|their)\s/i.test(after[1])) return roles;
  }
  if (!/,[ \t]*$/.test(text.slice(Math.max(0, start - 3), start))) return [];
  // "The spokeswoman, Kari Nilsen", "Hollis's campaign manager, Tara Quinn".
  const before = /(?:^|[\s(])(?:a|an|the|its|his|her|their|\p{Lu}[\p{L}.&-]*['’]s)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?([\p{L}-]+),[ \t]*$/iu.exec(
    text.slice(Math.max(0, start - 60), start),
  );
  return before && PERSON_TITLES.has(before[1].toLowerCase()) ? [before[1].toLowerCase()] : [];
}

// "Thomas Sam, 42, and his wife": what follows a conjunction is no description of the name.
const DESCRIPTION_AFTER_RE = /^(?:,[ \t]+(?:\d{1,3},[ \t]+)?(?!(?:and|or|but|nor|while|then)\b)(?:(?:a|an|the|its|his|her|their)[ \t]+)?\p{Ll}[^,.;:()"“”]{0,100}|,[ \t]+\d{1,3}\b|[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[^,.;:()"“”]{0,60})/iu;

/** The length of the apposition or "of" phrase right after a name, 0 if none (see `NameMention.described`). */
function descriptionAfter(text: string, end: number): number {
  const next = text.charCodeAt(end);
  if (next !== 44 && !(next === 32 && text.startsWith('of ', end + 1))) return 0;
  const m = DESCRIPTION_AFTER_RE.exec(text.slice(end, end + 110));
  return m ? m[0].length : 0;
}

const DESCRIPTION_BEFORE_RE = /(?:^|[\s(])(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}.&-]*['’]s)[ \t][^,.;:()"“”]{1,80},[ \t]*$/u;

const ADJUNCT_BEFORE_RE = /\b(?:at|in|on|during|after|before|from|with|by|under|over|since|until|following|despite|amid|among|across|inside|outside|near)\s?$/i;

/** The length of an apposition right before a name ("StrideLog's parent company, Kinetic Labs"), 0 if none. */
function descriptionBefore(text: string, start: number): number {
  if (!/,[ \t]*$/.test(text.slice(Math.max(0, start - 3), start))) return 0;
  const from = Math.max(0, start - 90);
  const m = DESCRIPTION_BEFORE_RE.exec(text.slice(from, start));
  // "At the ceremony, NASA Administrator Charles Bolden": a phrase after a preposition is an adjunct, no apposition.
  if (!m || ADJUNCT_BEFORE_RE.test(text.slice(Math.max(0, from + m.index - 20), from + m.index + 1))) return 0;
  return m[0].length;
}

/** Whether a colon stands right before `at` (spaces between): where a credit's name starts. */
function afterColon(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && i > at - 4 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return text.charCodeAt(i) === 58;
}

/** "Image: Mark Rathbun.", "Photo: …": credits name who made a picture, not a mention the article makes. */
const CREDIT_BEFORE_RE = /(?:Image|Photo|Photograph|Picture|Video|Audio|Credit)s?:[ \t]*$/;

/**
 * A wire dateline opening a line, up to its dash: a place in capitals ("WASHINGTON —", "ST. PAUL, Minn. —") or any place
 * before a wire's name in parentheses ("Evansville, Indiana (AP) -"), as the detector reads it (`datelineEnd` in
 * detect/source.ts).
 */
const DATELINE_RE = /^[ \t]*(?:\p{Lu}[\p{Lu}.'’ ]*(?:,[ \t]*\p{Lu}[\p{L}.'’ ]*)*(?:\([\p{L}.'’ ]+\))?|\p{Lu}[\p{L}.'’ ]*(?:,[ \t]*\p{Lu}[\p{L}.'’ ]*)*\([\p{L}.'’ ]+\))[ \t]*(?:—|–|--?)[ \t]/u;
/** How far into its line a dateline may reach. */
const MAX_DATELINE_LENGTH = 60;

/**
 * Whether `at` lies in a wire dateline: "WASHINGTON (AFP) —" says where and by whom the report was written; its place
 * and agency are no one the report quotes, so no source stands for them.
 */
function inDateline(text: string, at: number): boolean {
  // Looked for only as far back as a dateline reaches, so that a text on one long line costs nothing here.
  const from = Math.max(0, at - MAX_DATELINE_LENGTH - 1);
  const lineBreak = text.slice(from, at).lastIndexOf('\n');
  if (lineBreak < 0 && from > 0) return false;
  const lineStart = lineBreak < 0 ? 0 : from + lineBreak + 1;
  const dateline = DATELINE_RE.exec(text.slice(lineStart, lineStart + MAX_DATELINE_LENGTH + 4));
  return dateline !== null && at < lineStart + dateline[0].length;
}

const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const SKIPPED_BEFORE_SENTENCE = codes(' \t\u00a0"“‘\'([');
const SENTENCE_ENDS = codes('.!?:;\n\r…—–-');
const CLOSING_PUNCTUATION = codes('.!?,');

/** Whether a capitalised word at `offset` opens a sentence (after end punctuation, a line break, or at the start). */
function opensSentenceAt(text: string, offset: number): boolean {
  let i = offset - 1;
  // Spaces and opening marks are skipped, a few of them: a storm of quotation marks costs no more than a word.
  const floor = Math.max(-1, offset - 16);
  while (i > floor && SKIPPED_BEFORE_SENTENCE.has(text.charCodeAt(i))) i--;
  if (i === floor && i >= 0) return false;
  if (i < 0) return true;
  const code = text.charCodeAt(i);
  return SENTENCE_ENDS.has(code) || (code === 0x201d && i > 0 && CLOSING_PUNCTUATION.has(text.charCodeAt(i - 1)));
}

/**
 * Adds the mention of the name `words`. `outerStart` is where the mention starts before any role words (a possessor's
 * start, or the first word's); `article` the offset of a capitalised "The" before it, if any.
 */
function isTitleWord(key: string): boolean {
  return PERSON_TITLES.has(key) || TITLE_MODIFIERS.has(key);
}

function addMention(text: string, words: Word[], article: number | null, opensSentence: boolean, outerStart: number, out: NameMention[]): void {
  // "Halvorsen Aerospace Systems of Tucson": where a company is based is no part of its name.
  const placeFrom = words.findIndex((w, i) => i > 0 && w.afterConnector && ORGANISATION_HEADS.get(words[i - 1].key) === 'company');
  if (placeFrom > 0 && words.slice(placeFrom).every((w) => PLACE_NAMES.has(w.key))) words = words.slice(0, placeFrom);
  // Titles come first; the name is what follows the last title, place or nationality word.
  let nameFrom = words.length - 1;
  while (nameFrom > 0) {
    const key = words[nameFrom - 1].key;
    if (isTitleWord(key) || PLACE_NAMES.has(key) || NATIONALITY_WORDS.has(key) || words[nameFrom].afterConnector) break;
    nameFrom--;
  }
  // A first word that is both a title and a given name, before a single name, is the given name: "Dean Kamen".
  if (nameFrom === 1 && words.length === 2 && GIVEN_NAMES.has(words[0].key)) nameFrom = 0;
  // Titles alone ("The President") describe someone without naming them.
  if (isTitleWord(words[words.length - 1].key) && words.every((w) => isTitleWord(w.key) || PLACE_NAMES.has(w.key) || NATIONALITY_WORDS.has(w.key))) return;
  const titleKeys = words.slice(0, nameFrom).map((w) => w.key);
  // An organisation's name keeps its place and title-like words: "Saudi Interior Ministry", "Home Office".
  const organisation = organisationHead(words) !== undefined || (words.length === 1 && MEDIA_NAMES.has(words[0].key));
  let titled = !organisation && titleKeys.some((key) => PERSON_TITLES.has(key));
  let nameWords = titled ? words.slice(nameFrom) : words;
  // "CEO of the Refugee Council Enver Solomon": the name follows the organisation the title is in.
  for (let i = nameWords.length - 2; titled && i >= 0; i--) {
    if (ORGANISATION_HEADS.has(nameWords[i].key)) {
      nameWords = nameWords.slice(i + 1);
      break;
    }
  }
  while (nameWords.length > 1 && NAME_SUFFIXES.has(nameWords[nameWords.length - 1].key)) nameWords = nameWords.slice(0, -1);
  // "MP for Stroud Valleys": a name right after the title's connector is where the title holds, not who holds it.
  // Such a mention is the place alone: "Governor of Virginia" is no fuller mention of "Virginia".
  let nameStart = outerStart;
  if (titled && nameWords[0].afterConnector) {
    titled = false;
    nameStart = nameWords[0].start;
  }
  const keys = nameWords.map((w) => w.key);
  const roles = titled || organisation ? { start: outerStart, roles: [] as string[] } : rolesBefore(text, outerStart);
  let cls = classOfName(nameWords, keys, titled || roles.roles.length > 0, text);
  // An unknown name of several words is a person when the text gives it a role in apposition.
  const apposed = cls === 'unknown' && keys.length >= 2 ? apposedRoles(text, words[0].start, words[words.length - 1].end) : [];
  if (apposed.length > 0) cls = 'person';
  const roled = roles.roles.length > 0 && (cls === 'person' || cls === 'unknown');
  let start = roled ? roles.start : nameStart;
  if (cls !== 'person' && cls !== 'unknown' && cls !== 'place') {
    // An organisation's article belongs to its mention: "The Washington Post", "the Sydney Morning Herald".
    if (article !== null) start = article;
    else if (/\bthe[ \t\u00a0]+$/.test(text.slice(Math.max(0, start - 5), start))) start = text.lastIndexOf('the', start);
  }
  const last = words[words.length - 1];
  const acronym = text.charCodeAt(last.end + 1) === 40 || text.charCodeAt(last.end) === 40 ? /^[ \t]*\(((?:\p{Lu}\.?){2,8})\)/u.exec(text.slice(last.end, last.end + 14)) : null;
  out.push({
    start,
    nameStart: roled ? outerStart : start,
    end: last.end,
    words: keys,
    titled: titled || roled,
    titles: [...(roled ? roles.roles : []), ...titleKeys, ...apposed],
    cls,
    gender: cls === 'person' || cls === 'unknown' ? genderOf([...(roled ? roles.roles : []), ...titleKeys, ...apposed], keys) : null,
    acronym: acronym ? acronym[1].replace(/\./g, '').toLowerCase() : null,
    opensSentence,
    acronymLike: nameWords.length === 1 && ACRONYM_RE.test(text.slice(nameWords[0].start, nameWords[0].end)),
    lastWord: text.slice(nameWords[nameWords.length - 1].start, nameWords[nameWords.length - 1].end),
    described: keys.length >= 2 ? Math.max(descriptionAfter(text, last.end), descriptionBefore(text, start)) : 0,
  });
}

/** The mentions one run of capitalised words holds: a possessor and the name it qualifies are separate mentions. */
function mentionsOfRun(text: string, run: Word[], opensSentence: boolean, out: NameMention[]): void {
  let words = run;
  let first = opensSentence;
  while (words.length > 0 && words[0].nonName && words[0].key !== 'the') {
    words = words.slice(1);
    first = false;
  }
  let article: number | null = null;
  if (words.length > 0 && words[0].key === 'the') {
    article = words[0].start;
    words = words.slice(1);
  }
  // "Officials of the Interior Ministry": the group before "of" is no part of the ministry's name.
  if (words.length > 1 && GROUP_NOUNS.has(words[0].key) && words[1].afterConnector) {
    words = [{ ...words[1], afterConnector: false }, ...words.slice(2)];
    article = null;
  }
  // "Carmaker Norvik said": a sentence may open with a common noun saying what the name is, which is no part of it.
  if (words.length > 1 && first && article === null && DESCRIPTION_HEADS.has(words[0].key) && !ORGANISATION_HEADS.has(words[0].key) && !words[1].afterConnector) {
    words = words.slice(1);
  }
  if (words.length === 0) return;
  const possessor = words.findIndex((w) => w.possessive);
  if (possessor >= 0 && possessor < words.length - 1) {
    const owner = words.slice(0, possessor + 1);
    const owned = [{ ...words[possessor + 1], afterConnector: false }, ...words.slice(possessor + 2)];
    addMention(text, owner, article, first, owner[0].start, out);
    // The owner stays in the owned name's fullest mention: "New Zealand's Prime Minister John Key".
    addMention(text, owned, null, false, article ?? owner[0].start, out);
    return;
  }
  addMention(text, words, article, first, words[0].start, out);
}



/**
 * Finds the names of one text where they are needed: in a stretch (a source, the sentences before a pronoun) or
 * wherever a given word occurs (every mention of "Key", to tell which is the fullest). Only that is read, which keeps
 * resolution cheap beside detection; a name is read once, and asking again returns the same mention objects.
 */
export class MentionFinder {
  /** The runs of capitalised words of each sentence, once scanned: names never run across sentences. */
  private readonly runsBySentence: (Word[][] | undefined)[];
  private readonly byRunStart = new Map<number, NameMention[]>();
  private readonly nameWords = new Map<string, boolean>();
  private readonly titleCaseLines = new Map<number, boolean>();
  private capitals: Map<string, number[]> | undefined;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly { start: number; end: number }[],
  ) {
    this.runsBySentence = new Array<Word[][] | undefined>(sentences.length);
  }

  /** Mentions of the names that start in `[from, to)`, in text order. */
  in(from: number, to: number): NameMention[] {
    const found: NameMention[] = [];
    for (let k = this.sentenceFrom(from); k < this.sentences.length && this.sentences[k].start < to; k++) {
      for (const run of this.runsOf(k)) {
        if (run[0].start >= from && run[0].start < to) found.push(...this.mentionsOf(run));
      }
    }
    return found;
  }

  /**
   * Mentions of the names that start in `[from, to)`, reading only that stretch (a source's words) rather than its
   * sentences; a name is read from where the stretch starts.
   */
  within(from: number, to: number): NameMention[] {
    const found: NameMention[] = [];
    for (const run of capitalisedRuns(this.text, from, to)) if (run[0].start < to) found.push(...this.mentionsOf(run));
    return found;
  }

  /**
   * Mentions of names in `[from, to)` holding a word that starts as `word` does (its first three letters, as written),
   * in text order: the mentions that can name the same entity as a mention whose last word is `word`, misspellings
   * included.
   */
  withWord(word: string, from: number, to: number): NameMention[] {
    const found = new Map<number, NameMention[]>();
    // A particle is no part of the search: "al-Amr" is found by "Amr".
    for (const at of this.occurrences(word.replace(/^\p{Ll}+-/u, '').slice(0, 3), from, to)) {
      const k = this.sentenceFrom(at);
      if (k >= this.sentences.length || this.sentences[k].start > at) continue;
      // The name holding the word, and one whose acronym it is: "The Korean Central News Agency (KCNA)".
      for (const run of this.runsOf(k)) {
        const end = run[run.length - 1].end;
        if ((run[0].start <= at && at < end) || (end < at && at - end < 8 && /^[ \t]*\([ \t]*$/.test(this.text.slice(end, at)))) {
          found.set(run[0].start, this.mentionsOf(run));
        }
      }
    }
    return [...found.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, mentions]) => mentions);
  }

  /** The index of the sentence holding `offset`, or of the first after it. */
  private sentenceFrom(offset: number): number {
    const sentences = this.sentences;
    let low = 0;
    let high = sentences.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sentences[mid].end <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private runsOf(k: number): Word[][] {
    let runs = this.runsBySentence[k];
    if (runs === undefined) {
      const { start, end } = this.sentences[k];
      runs = capitalisedRuns(this.text, start, end).filter((run) => run[0].start < end);
      // A sentence lies on one line (a line break ends sentences): its line is judged once, for all its runs.
      if (runs.length > 0 && this.inTitleCaseLine(start)) for (const run of runs) run[0].inHeadline = true;
      this.runsBySentence[k] = runs;
    }
    return runs;
  }

  /**
   * Offsets in `[from, to)` where a capitalised word starts with `prefix`, as written. The capitalised words of the text
   * are indexed by their first three letters once, so each search costs the words it finds, not the text it spans.
   */
  private occurrences(prefix: string, from = 0, to = this.text.length): number[] {
    const key = prefix.slice(0, 3);
    const positions = this.capitalsByPrefix().get(key) ?? [];
    const hits: number[] = [];
    let low = 0;
    let high = positions.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (positions[mid] < from) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < positions.length && positions[i] < to; i++) {
      if (prefix.length <= 3 || this.text.startsWith(prefix, positions[i])) hits.push(positions[i]);
    }
    return hits;
  }

  private capitalsByPrefix(): Map<string, number[]> {
    if (this.capitals === undefined) {
      const capitals = new Map<string, number[]>();
      for (let at = nextCapital(this.text, 0, this.text.length); at >= 0; at = nextCapital(this.text, at + 1, this.text.length)) {
        const key = this.text.slice(at, at + 3);
        const list = capitals.get(key);
        if (list) list.push(at);
        else capitals.set(key, [at]);
      }
      this.capitals = capitals;
    }
    return this.capitals;
  }

  /** Whether `key` is written with a capital somewhere inside a sentence, so that it is a name where it opens one too. */
  private isNameWord(word: string): boolean {
    let known = this.nameWords.get(word);
    if (known === undefined) {
      known = this.occurrences(word).some((at) => !isWordCode(this.text.charCodeAt(at + word.length), this.text.charAt(at + word.length)) && !opensSentenceAt(this.text, at));
      this.nameWords.set(word, known);
    }
    return known;
  }

  /** Whether the line holding `offset` is a title-case headline; worked out once per line. */
  private inTitleCaseLine(offset: number): boolean {
    // A headline is short: the line's ends are looked for only that far, so a huge one-line text costs nothing here.
    const from = Math.max(0, offset - TITLE_LINE_LENGTH);
    const inStretch = this.text.slice(from, offset).lastIndexOf('\n');
    if (inStretch < 0 && from > 0) return false;
    const lineStart = inStretch < 0 ? 0 : from + inStretch + 1;
    let known = this.titleCaseLines.get(lineStart);
    if (known === undefined) {
      const after = this.text.slice(offset, lineStart + TITLE_LINE_LENGTH + 1).indexOf('\n');
      known = after >= 0 && inTitleCaseLine(this.text, lineStart, offset + after);
      if (after < 0 && lineStart + TITLE_LINE_LENGTH >= this.text.length) known = inTitleCaseLine(this.text, lineStart, this.text.length);
      this.titleCaseLines.set(lineStart, known);
    }
    return known;
  }

  private mentionsOf(run: Word[]): NameMention[] {
    let mentions = this.byRunStart.get(run[0].start);
    if (mentions) return mentions;
    mentions = [];
    const text = this.text;
    const only = run.length === 1 ? run[0] : undefined;
    if ((only && only.key.length === 1) || run.every((w) => w.nonName)) {
      // "The", "According", "Friday": no name at all; a lone capital letter is a list marker or an initial cut off.
    } else if (afterColon(text, run[0].start) && CREDIT_BEFORE_RE.test(text.slice(Math.max(0, run[0].start - 14), run[0].start))) {
      // "Image: Mark Rathbun.": a credit.
    } else if (inDateline(text, run[0].start)) {
      // "WASHINGTON (AFP) —": where and by whom the report was written.
    } else if (run[0].inHeadline) {
      // A headline's capitals say nothing about names.
    } else if (only && opensSentenceAt(text, only.start) && !ACRONYM_RE.test(text.slice(only.start, only.end)) && !this.isNameWord(text.slice(only.start, only.end))) {
      // "Officials said": a plain word opening a sentence.
    } else {
      mentionsOfRun(text, run, opensSentenceAt(text, run[0].start), mentions);
    }
    this.byRunStart.set(run[0].start, mentions);
    return mentions;
  }
}
