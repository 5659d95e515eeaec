// Resolves attribution sources to the entity they stand for: "he", "Key", "the newspaper" → the fullest mention of who spoke.
import { type Segmentation, segment } from '../detect/segment';
import type { OffsetRange } from '../model/offsetRange';
import { indexQuotes, isQuoted, type QuoteIndex } from '../detect/quotes';
import type { Span } from '../detect/types';
import { type Entity, EntityFinder, isOrganisation } from './entities';
import { DESCRIPTION_HEADS, type EntityClass, GENDERED_TITLES, GIVEN_NAMES, GROUP_NOUNS, PERSON_TITLES, NATIONALITY_WORDS, ORGANISATION_HEADS, PLACE_NAMES, SOURCE_PRONOUNS, TITLE_MODIFIERS } from './lexicon';
import { MentionFinder, type NameMention } from './mentions';

/** How much of an article's opening is read for the interview it may be: the headline and the first paragraph or two. */
const INTERVIEW_OPENING = 800;
/** How far past an "I" the end of its paragraph is looked for, in characters. */
const PARAGRAPH_REACH = 4000;
const INTERVIEW_RE = /\b(?:interview(?:s|ed)?|spoke (?:with|to)|talked (?:with|to)|speaks with)\b/gi;

/** How far back a pronoun looks for who it stands for, in sentences: for sources already read… */
const PRONOUN_REACH = 6;
/** …and for any name. */
const NAME_REACH = 3;
/** How far back a description ("the newspaper") reads names that may fit it, in sentences. */
const DESCRIPTION_SENTENCES = 8;
const NOTHING = (): boolean => false;
/** How far back a description looks for a longer phrase with its head ("the ministry" → "Russia's defence ministry"), in characters. */
const PHRASE_REACH = 3000;
/** What stands before a description's head in a phrase: an article or a possessive name, then up to three modifiers ("the FNV Havens union"). */
const PHRASE_BEFORE_HEAD_RE =
  /(?:\b(the|The|its|Its|their|Their|his|His|her|Her|a|A|an|An)[ \t]+|(?<![\p{L}.&-])(?:\p{Lu}[\p{L}.&-]*[ \t]+){0,3}\p{Lu}[\p{L}.&-]*['’]s[ \t]+)((?:[\p{L}-]+[ \t]+){0,3})$/u;
/** Words that end a noun phrase before its head: a description's modifiers are never these. */
const PHRASE_STOPWORDS = new Set(['said', 'says', 'told', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'which', 'who', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'will', 'would', 'not', 'than', 'as']);

/** What a source stands for: a named entity, or a phrase naming something the text never names ("Russia's defence ministry"). */
type Target = { entity: Entity } | { phrase: Span };

/** Something a pronoun can stand for, where the text mentions it. */
interface Occurrence {
  start: number;
  end: number;
  /** Null for a source the resolver could not place ("the report", "one official"). */
  target: Target | null;
  /** A group of people ("officials"): what "they" stands for. */
  plural: boolean;
  /** A nameless person ("a spokeswoman", "the official"), with the gender the noun says: what "he"/"she" may stand for. */
  person?: 'male' | 'female' | 'any';
  /** Opens its sentence, or is the source of an attribution: what a following "he" most likely continues. */
  subject: boolean;
  quoted: boolean;
  /** The source of an attribution, not a name the text only mentions. */
  spoke: boolean;
}

type Reading =
  | { kind: 'pronoun'; refers: 'male' | 'female' | 'thing' | 'plural' }
  /** "I" outside quotation marks: in an interview's answers, the person interviewed. */
  | { kind: 'firstPerson' }
  | { kind: 'name'; mention: NameMention }
  | { kind: 'description'; head: string; classes: readonly EntityClass[] }
  | { kind: 'other' };

const PREPOSITION_RE = /\b(?:at|of|from|for|with|in|by|on|about|to|among|including)\b/;
const GROUP_RE = new RegExp(`((?:(?:the|some|many|several|senior|local|\\p{Lu}[\\p{L}.'’-]*)\\s+){0,3})(${[...GROUP_NOUNS].join('|')})\\b`, 'gu');

/** The last word of `text` (letters only), found from the end. */
function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && isLetter(text.charCodeAt(start - 1), text.charAt(start - 1))) start--;
  return text.slice(start);
}

function isLetter(code: number, char: string): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(char);
}

/** Names that are the source of an attribution are known by their words: "microsoft", "kinetic labs". */
function speakerKey(mention: NameMention): string {
  return mention.words.join(' ');
}

const NO_NAME_FIRST_WORDS = new Set(['the', 'this', 'that', 'these', 'those', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'one', 'some', 'many', 'most', 'two', 'three', 'several', 'his', 'her', 'its', 'their', 'our']);

/** Whether a source's words can hold a name: a capital past its first letter, or a first word that is not a pronoun or article. */
function mayHoldName(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 128 && text.charAt(i) !== text.charAt(i).toLowerCase())) return true;
  }
  const first = /^[\p{L}]+/u.exec(text)?.[0] ?? '';
  return first !== first.toLowerCase() && !NO_NAME_FIRST_WORDS.has(first.toLowerCase());
}

/** The first index of `items` (sorted by `start`) that starts at or after `offset`. */
function firstFrom<T extends { start: number }>(items: readonly T[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (items[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/**
 * The name set off by a comma after a source's nameless role head: "Hollis's campaign manager, Tara Quinn", "The
 * incumbent, Mayor Greg Hollis". The name must run to the end of the source or to its next comma.
 */
function apposedName(text: string, headText: string, headEnd: number, source: Span, mentions: readonly NameMention[]): NameMention | undefined {
  if (!PERSON_TITLES.has(lastWord(headText)) || !/^,[ \t]+$/.test(text.slice(headEnd, headEnd + 2))) return undefined;
  const name = mentions.find((m) => m.start >= headEnd && /^,[ \t]*$/.test(text.slice(headEnd, m.start)));
  if (!name || name.cls === 'place' || !/^(?:['’]s?)?(?:,|$)/.test(text.slice(name.end, source.end))) return undefined;
  return name;
}

/**
 * Reads a source: a pronoun, a name (its head mention), a description of a kind of entity, or something else.
 * `mentions` are the names starting inside the source, in text order.
 */
function readSource(text: string, source: Span, mentions: readonly NameMention[]): Reading {
  const lower = source.text.toLowerCase();
  const refers = SOURCE_PRONOUNS.get(lower);
  if (refers) return { kind: 'pronoun', refers };
  if (source.text === 'I') return { kind: 'firstPerson' };
  // The head of the source is its first part: "Jeff Rathke, the State Department spokesperson", "the WHO (…)".
  const cut = source.text.search(/[,(]/);
  const headEnd = source.start + (cut < 0 ? source.text.length : cut);
  const headText = text.slice(source.start, headEnd).replace(/\s+$/, '');
  const end = source.start + headText.length;
  let mention: NameMention | undefined;
  for (const m of mentions) {
    if (m.start < end && m.end <= end && /^(?:['’]s?)?$/.test(text.slice(m.end, end))) mention = m;
  }
  if (mention && !PREPOSITION_RE.test(text.slice(source.start, mention.start))) return { kind: 'name', mention };
  const apposed = apposedName(text, headText, end, source, mentions);
  if (apposed) return { kind: 'name', mention: apposed };
  // A name that the detector took with what follows it: "Bolden to the gathered crowd".
  const first = mentions[0];
  if (first && first.start === source.start && first.end < end && /^\s+(?:at|of|from|for|to|in|on|during|after|before)\s/.test(text.slice(first.end, end))) {
    return { kind: 'name', mention: first };
  }
  // A description: "the", "this" or "that", up to four modifiers, and a head noun that names a kind of entity.
  const head = lastWord(headText).toLowerCase();
  const classes = DESCRIPTION_HEADS.get(head);
  const determiner = /^(?:the|this|that)\s/i.exec(headText);
  if (classes && determiner && !/['’]s\b/.test(headText)) {
    const modifiers = headText.slice(determiner[0].length, headText.length - head.length).trim().split(/\s+/).filter(Boolean);
    // "the US daily", "the Seoul-based newspaper" describe; "the Interior Ministry" names (it was read as a name above).
    const describes =
      modifiers.length <= 4 &&
      modifiers.every((w) => !/^\p{Lu}/u.test(w) || NATIONALITY_WORDS.has(w.toLowerCase()) || PLACE_NAMES.has(w.toLowerCase()) || /-based$/i.test(w));
    if (describes) return { kind: 'description', head, classes };
  }
  return { kind: 'other' };
}

/** The span `target` is named by at its fullest, unless `source` already holds it or a mention that says as much. */
function refersToOf(text: string, target: Target, source: Span, contents: readonly OffsetRange[], named?: NameMention): Span | undefined {
  if ('phrase' in target) {
    const phrase = target.phrase;
    return phrase.start >= source.start && phrase.end <= source.end ? undefined : phrase;
  }
  const fullest = target.entity.fullest;
  if (fullest.start >= source.start && fullest.end <= source.end) return undefined;
  // A role said of someone inside what a source claims ("confirmed that challenger Amara Nwosu won") is the claim's,
  // not part of the name: capitalised titles ("Mayor Greg Hollis") stay.
  const start = fullest.nameStart > fullest.start && contents.some((c) => c.start <= fullest.start && fullest.end <= c.end) ? fullest.nameStart : fullest.start;
  if (named && named.words.length === fullest.words.length && named.end - named.start >= fullest.end - start) return undefined;
  const refersTo = span(text, start, fullest.end);
  return refersTo.text === source.text ? undefined : refersTo;
}

function sameTarget(a: Target | null, b: Target | null): boolean {
  if (a === null || b === null) return a === b;
  if ('entity' in a) return 'entity' in b && a.entity.id === b.entity.id;
  return 'phrase' in b && a.phrase.text.toLowerCase() === b.phrase.text.toLowerCase();
}

/** The targets of `occurrences`, each once. */
function distinctTargets(occurrences: readonly Occurrence[]): (Target | null)[] {
  const targets: (Target | null)[] = [];
  for (const o of occurrences) if (!targets.some((t) => sameTarget(t, o.target))) targets.push(o.target);
  return targets;
}

/** Description heads that say only what kind of body is meant ("the charity" may be "the Alzheimer's Society"). */
const GENERIC_BODY_HEADS = new Set(['organisation', 'organization', 'charity']);

/**
 * Whether a name of unknown kind reads as a person's full name: two or three words, none of them a place, nationality,
 * title or organisation word ("Tara Quinn", not "Environment Canada", "American Red Cross" or "Former England").
 */
function readsAsPersonName(mention: NameMention): boolean {
  const words = mention.words;
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    !mention.acronymLike &&
    words.every((w) => !PLACE_NAMES.has(w) && !NATIONALITY_WORDS.has(w) && !TITLE_MODIFIERS.has(w) && !ORGANISATION_HEADS.has(w) && !PERSON_TITLES.has(w))
  );
}

/** Whether a description's head or classes fit an entity: "the ministry" → "Interior Ministry", "the daily" → a newspaper. */
function fitsDescription(entity: Entity, head: string, classes: readonly EntityClass[], wasSource: boolean): boolean {
  if (entity.cls === 'person' || entity.cls === 'place') return false;
  if (entity.mentions.some((m) => m.words.includes(head))) return true;
  const orgHead = ORGANISATION_HEADS.get(head);
  // "the board", "the university", "the union" name the kind of body: only a name with that head is meant ("the county
  // elections board", not "State University"). A government acronym may still be "the agency" or "the bureau".
  if (orgHead === 'organisation' && !GENERIC_BODY_HEADS.has(head)) return false;
  if (orgHead === 'government') return entity.cls === 'government' && entity.mentions.some((m) => m.acronymLike);
  if (entity.cls === 'unknown') return wasSource && classes.includes('company') && entity.mentions.every((m) => m.words.length === 1);
  return classes.includes(entity.cls) && (orgHead === undefined || orgHead === 'media' || entity.cls === orgHead);
}


/** Nouns that name one person without naming who: "a spokeswoman", "the official", "one witness". */
const PERSON_NOUNS = new Set([...PERSON_TITLES, 'official', 'source', 'witness', 'resident', 'neighbour', 'neighbor', 'expert', 'person', 'woman', 'man', 'driver', 'passenger', 'worker', 'employee', 'engineer', 'technician', 'mother', 'father']);

/** The head noun of a nameless source, before any prepositional phrase: "a spokeswoman for the ministry" → "spokeswoman". */
function headNoun(text: string): string {
  const cut = /\s(?:for|at|of|from|with|in|on|to)\s/.exec(text);
  return lastWord(cut ? text.slice(0, cut.index) : text);
}

/** Whether a nameless source names one person ("a spokeswoman"), and the gender its noun says. */
function personNoun(source: Span): 'male' | 'female' | 'any' | undefined {
  const head = headNoun(source.text);
  if (!/^\p{Ll}/u.test(head) || !PERSON_NOUNS.has(head)) return undefined;
  if (head === 'woman' || head === 'mother') return 'female';
  if (head === 'man' || head === 'father') return 'male';
  return GENDERED_TITLES.get(head) ?? 'any';
}

/** The sentence index holding `offset` (sentences sorted, non-overlapping). */
function sentenceAt(sentences: readonly OffsetRange[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (sentences[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

class SourceResolver {
  private readonly mentions: MentionFinder;
  private readonly entities: EntityFinder;
  private readonly quotes: QuoteIndex;
  /** Sources already read, in text order, as occurrences of what they stand for. */
  private readonly resolved: Occurrence[] = [];
  /** Names (by their words) that are the source of some attribution: salient enough for "the company" to mean them. */
  private readonly speakers = new Set<string>();
  /** Genders learnt from "he said"/"she said", by entity id. */
  private readonly genders = new Map<string, 'male' | 'female'>();

  constructor(
    private readonly text: string,
    private readonly layout: Segmentation,
    /** What the sources claim: role words of a name written inside them are left out of what a source refers to. */
    private readonly contents: readonly OffsetRange[] = [],
  ) {
    this.mentions = new MentionFinder(text, layout.sentences);
    this.entities = new EntityFinder(this.mentions);
    this.quotes = indexQuotes(layout.quotes);
  }

  resolve(sources: readonly Span[]): (Span | undefined)[] {
    const order = sources.map((_, i) => i).sort((a, b) => sources[a].start - sources[b].start);
    const result: (Span | undefined)[] = sources.map(() => undefined);
    // Only a source with a capital past its first letter, or a capitalised first word that is no pronoun or article,
    // can hold a name: the others ("he", "the newspaper", "officials") need no names read.
    const readings = sources.map((s) => readSource(this.text, s, mayHoldName(s.text) ? this.mentions.within(s.start, s.end) : []));
    readings.forEach((r) => r.kind === 'name' && this.speakers.add(speakerKey(r.mention)));
    for (const i of order) {
      const source = sources[i];
      const reading = readings[i];
      const target = this.targetOf(source, reading);
      if (target) result[i] = refersToOf(this.text, target, source, this.contents, reading.kind === 'name' ? reading.mention : undefined);
      // "she said" teaches that its person is a woman, so that a later "he" does not go to her.
      if (target && 'entity' in target && reading.kind === 'pronoun' && reading.refers !== 'thing' && reading.refers !== 'plural') {
        if (target.entity.gender === null && !this.genders.has(target.entity.id)) this.genders.set(target.entity.id, reading.refers);
      }
      const plural = reading.kind === 'pronoun' ? reading.refers === 'plural' : this.isGroup(source);
      const person = reading.kind === 'other' && !plural ? personNoun(source) : undefined;
      // Every source counts where a later pronoun looks back, even one the resolver could not place.
      // A nameless group or person stands for itself; a pronoun never does ("they" is no name for what it means).
      const itself = reading.kind !== 'pronoun' && reading.kind !== 'firstPerson' && (plural || person) ? { phrase: span(this.text, source.start, source.end) } : null;
      this.remember(source, target ?? itself, plural, person);
    }
    return result;
  }

  private entityOf(mention: NameMention): Entity {
    return this.entities.entityOf(mention);
  }

  private genderFits(entity: Entity, refers: 'male' | 'female'): boolean {
    const gender = entity.gender ?? this.genders.get(entity.id) ?? null;
    return entity.cls === 'person' && (gender === null || gender === refers);
  }

  private remember(source: Span, target: Target | null, plural: boolean, person?: 'male' | 'female' | 'any'): void {
    const occurrence: Occurrence = { start: source.start, end: source.end, target, plural, person, subject: true, quoted: isQuoted(this.quotes, source.start), spoke: true };
    this.resolved.splice(firstFrom(this.resolved, source.start), 0, occurrence);
  }

  private targetOf(source: Span, reading: Reading): Target | undefined {
    switch (reading.kind) {
      case 'name':
        return { entity: this.entityOf(reading.mention) };
      case 'description': {
        const target = this.describedTarget(source, reading.head, reading.classes);
        return target === undefined ? undefined : 'fullest' in target ? { entity: target } : { phrase: target };
      }
      case 'firstPerson':
        return this.interviewee(source);
      case 'pronoun':
        // A pronoun inside a quotation is the quoted speaker's: who "they" are in "“They tell us…,” she said" is not said.
        if (isQuoted(this.quotes, source.start)) return undefined;
        return reading.refers === 'plural' ? this.groupFor(source) : this.pronounTarget(source, reading.refers);
      case 'other':
        return this.titledPerson(source);
    }
  }

  /**
   * The one person an interview is with, named where the article opens ("Wikinews spoke with William Evans,
   * president of…", "Wikinews interviews Marymegan Daly on…", "Jack Herrick, wikiHow founder interviewed by
   * Wikinews"): the one "I" of the answers stands for. Nobody when the opening names no interview, or two people.
   * An "I" inside quotation marks, or in a question, is someone else's.
   */
  private interviewee(source: Span): Target | undefined {
    if (isQuoted(this.quotes, source.start)) return undefined;
    const sentences = this.layout.sentences;
    const own = sentences[sentenceAt(sentences, source.start)];
    if (own && /\?["”’]?\s*$/.test(this.text.slice(own.start, own.end))) return undefined;
    // A paragraph that ends in a question is the interviewer's, whatever its first sentences say ("Browsing the
    // catalog, I find that … would you then offer two versions?").
    const lineEnd = this.text.slice(source.start, source.start + PARAGRAPH_REACH).indexOf('\n');
    const paragraphEnd = lineEnd >= 0 ? source.start + lineEnd : source.start + PARAGRAPH_REACH >= this.text.length ? this.text.length : -1;
    if (paragraphEnd >= 0 && /\?["”’)]?\s*$/.test(this.text.slice(Math.max(source.start, paragraphEnd - 8), paragraphEnd))) return undefined;
    if (this.intervieweeTarget === undefined) this.intervieweeTarget = this.findInterviewee() ?? null;
    return this.intervieweeTarget ?? undefined;
  }

  private intervieweeTarget: Target | null | undefined;

  private findInterviewee(): Target | undefined {
    const opening = this.text.slice(0, Math.min(this.text.length, INTERVIEW_OPENING));
    // The person is named in a sentence that speaks of the interview: "Wikinews spoke with William Evans, president of…"
    // (the headline may name only a role: "Wikinews interviews President of the International Brotherhood…").
    for (const trigger of opening.matchAll(INTERVIEW_RE)) {
      const sentence = this.layout.sentences[sentenceAt(this.layout.sentences, trigger.index)];
      if (!sentence) continue;
      const people = this.mentions
        .in(sentence.start, sentence.end)
        .filter((m) => m.words.length >= 2 && (m.cls === 'person' || (m.cls === 'unknown' && GIVEN_NAMES.has(m.words[0]))));
      const entities = new Set(people.map((m) => this.entityOf(m).id));
      if (entities.size === 1) return { entity: this.entityOf(people[0]) };
      if (entities.size > 1) return undefined;
    }
    return undefined;
  }

  /**
   * "the finance minister", "the striker": a definite description of a person stands for the nearest person the text
   * gives that title or role ("Finance Minister Ingrid Solberg"), read back a few sentences; nobody when none has it.
   */
  private titledPerson(source: Span): Target | undefined {
    if (!/^the\s/i.test(source.text)) return undefined;
    const head = headNoun(source.text).toLowerCase();
    if (!PERSON_TITLES.has(head)) return undefined;
    for (const mention of this.mentionsBackFrom(source)) {
      if (mention.cls !== 'organisation' && mention.titles.includes(head)) return { entity: this.entityOf(mention) };
    }
    return undefined;
  }

  /** The name mentions before `source`, nearest first, in its sentence and the few before it that a description reaches. */
  private *mentionsBackFrom(source: Span): Generator<NameMention> {
    const sentences = this.layout.sentences;
    if (sentences.length === 0) return;
    const own = sentenceAt(sentences, source.start);
    for (let k = own; k >= 0 && k > own - DESCRIPTION_SENTENCES; k--) {
      const mentions = this.mentions.in(sentences[k].start, Math.min(sentences[k].end, source.start));
      for (let i = mentions.length - 1; i >= 0; i--) yield mentions[i];
    }
  }

  /**
   * What a description ("the ministry", "the daily") stands for: the nearer of the most recent named entity it fits
   * and the most recent phrase with the same head ("Russia's defence ministry", "the hospital trust"). A phrase set off
   * by commas after a name ("The Washington Post, the influential US daily,") stands for that name.
   */
  private describedTarget(source: Span, head: string, classes: readonly EntityClass[]): Entity | Span | undefined {
    // A name holding the description's head ("the institute" → "Australian Institute of Marine Science") wins over
    // a nearer name that only fits its kind ("NOAA"); such names are found by their head word, written capitalised.
    const capitalised = head.charAt(0).toUpperCase() + head.slice(1);
    const named =
      this.mentions
        .withWord(capitalised, Math.max(0, source.start - PHRASE_REACH), source.start)
        .filter((m) => m.end <= source.start && m.words.includes(head) && m.cls !== 'person')
        .pop() ?? this.nameOfKind(source, head, classes);
    // "the institute" itself is no fuller mention: only phrases with more words than the description count.
    const phrases = this.phrasesWithHead(source, head).filter((p) => p.text.replace(/^the\s+/i, '').includes(' ') || /['’]s\s/.test(p.text));
    const latest = phrases[phrases.length - 1];
    if (latest && (!named || latest.start > named.end)) {
      const apposed = this.apposedName(latest);
      if (apposed) return this.entityOf(apposed);
      const longest = phrases.filter((p) => !this.apposedName(p)).reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a), latest);
      return longest.text.length > source.text.length ? longest : undefined;
    }
    return named ? this.entityOf(named) : undefined;
  }

  /**
   * The nearest name before `source` of the kind a description speaks of, read sentence by sentence back. A nearer
   * source of unknown kind ("according to Lloyd's List Intelligence, … the company said") may be the one meant: the
   * search stops there.
   */
  private nameOfKind(source: Span, head: string, classes: readonly EntityClass[]): NameMention | undefined {
    for (const mention of this.mentionsBackFrom(source)) {
      // People and places are never what "the company" means; only other names are looked up.
      if (mention.cls === 'person' || mention.cls === 'place' || mention.end > source.start) continue;
      const entity = this.entityOf(mention);
      const speaker = entity.mentions.some((m) => this.speakers.has(speakerKey(m)));
      if (fitsDescription(entity, head, classes, speaker)) return mention;
      if (speaker && entity.cls === 'unknown' && !mention.words.every((w) => GIVEN_NAMES.has(w))) return undefined;
    }
    return undefined;
  }

  /** Noun phrases before `source` (in its paragraph and a few before) that end in `head`, in text order. */
  private phrasesWithHead(source: Span, head: string): Span[] {
    const from = Math.max(0, source.start - PHRASE_REACH);
    const phrases: Span[] = [];
    // The head is found with a plain search of the stretch before the source; only the few words before each one are
    // read as a phrase.
    const window = this.text.slice(from, source.start);
    for (let inWindow = window.indexOf(head); inWindow >= 0; inWindow = window.indexOf(head, inWindow + head.length)) {
      const at = from + inWindow;
      if (/[\p{L}\p{N}]/u.test(this.text.charAt(at + head.length)) || /[\p{L}\p{N}-]/u.test(this.text.charAt(at - 1))) continue;
      const before = this.text.slice(Math.max(from, at - 80), at);
      const m = PHRASE_BEFORE_HEAD_RE.exec(before);
      if (!m) continue;
      const modifiers = m[2].trim().split(/\s+/).filter(Boolean);
      if (modifiers.some((w) => PHRASE_STOPWORDS.has(w.toLowerCase()))) continue;
      // "the hospital trust" keeps its article; "its parent company" and "a ministry" start at their modifiers.
      const determiner = m[1]?.toLowerCase();
      const start = determiner && determiner !== 'the' ? at - m[2].length : at - m[0].length;
      phrases.push(span(this.text, start, at + head.length));
    }
    return phrases;
  }

  /**
   * The name a phrase describes in apposition: "The Washington Post, the influential US daily", "Ukrenergo, the
   * national grid operator", "the accounting firm Harker & Lowe".
   */
  private apposedName(phrase: Span): NameMention | undefined {
    const fits = (m: NameMention | undefined): m is NameMention => m !== undefined && this.entityOf(m).cls !== 'person' && this.entityOf(m).cls !== 'place';
    const before = this.mentions.in(Math.max(0, phrase.start - 100), phrase.start).pop();
    if (fits(before) && /^[ \t]*,[ \t]*$/.test(this.text.slice(before.end, phrase.start))) return before;
    const after = this.mentions.in(phrase.end, phrase.end + 100)[0];
    if (fits(after) && /^[ \t]*,?[ \t]*$/.test(this.text.slice(phrase.end, after.start))) return after;
    return undefined;
  }

  /**
   * Names and sources mentioned outside quotations in sentence `k`, before `limit`. Only names that `worth` keeps
   * are looked up as entities: a "he" need not learn who every organisation in the sentence is.
   */
  private occurrencesIn(k: number, limit: number, worth: (m: NameMention) => boolean): Occurrence[] {
    const sentence = this.layout.sentences[k];
    const end = Math.min(sentence.end, limit);
    const found: Occurrence[] = [];
    const mentions = worth === NOTHING ? [] : this.mentions.in(sentence.start, end);
    for (const m of mentions) {
      if (!worth(m) || isQuoted(this.quotes, m.start)) continue;
      found.push({ start: m.start, end: m.end, target: { entity: this.entityOf(m) }, plural: false, subject: m.opensSentence, quoted: false, spoke: false });
    }
    for (let i = firstFrom(this.resolved, sentence.start); i < this.resolved.length && this.resolved[i].start < end; i++) {
      if (!this.resolved[i].quoted) found.push(this.resolved[i]);
    }
    return found;
  }

  /** Whether sentence `k` opens with a pronoun of the same reference: its other people are then not its subject. */
  private opensWithPronoun(k: number, refers: string): boolean {
    const sentence = this.layout.sentences[k];
    const first = /^[\s"“‘(]*(\p{L}+)/u.exec(this.text.slice(sentence.start, sentence.start + 12));
    return first !== null && SOURCE_PRONOUNS.get(first[1].toLowerCase()) === refers;
  }

  /**
   * What a pronoun stands for: what the nearest earlier sentence speaks of. Sentences are searched back from the
   * pronoun's own; the first holding something that fits decides — that, if it is one thing, else the one that opens
   * the sentence or spoke in it, else nothing. Quotations are skipped: whoever is quoted is not who "he said" means.
   * "he"/"she" fit people of that gender or of unknown gender; "it" fits organisations and singular sources ("the
   * report" leaves it unresolved); "they" fits groups of people ("officials", "Scientology officials").
   */
  private pronounTarget(source: Span, refers: 'male' | 'female' | 'thing'): Target | undefined {
    const worth = refers === 'thing' ? (m: NameMention) => m.cls !== 'person' && m.cls !== 'place' : (m: NameMention) => m.cls === 'person' || m.cls === 'unknown';
    const fits = (o: Occurrence): boolean => {
      if (o.plural) return false;
      if (refers === 'thing') return o.person === undefined && (o.target === null || 'phrase' in o.target || this.isThing(o.target.entity));
      if (o.person !== undefined) return o.person === 'any' || o.person === refers;
      return o.target !== null && 'entity' in o.target && this.genderFits(o.target.entity, refers);
    };
    // A full name of unknown kind ("Tara Quinn", whose given name the lexicon lacks) may be the person "she" means.
    const mayFit =
      refers === 'thing'
        ? undefined
        : (o: Occurrence): boolean =>
            !o.plural && o.target !== null && 'entity' in o.target && o.target.entity.cls === 'unknown' && readsAsPersonName(o.target.entity.fullest);
    return this.nearestFitting(source, worth, fits, refers === 'thing' ? undefined : refers, mayFit);
  }

  /** "they": the one group of people the nearest earlier sentence speaks of. */
  private groupFor(source: Span): Target | undefined {
    return this.nearestFitting(source, NOTHING, (o) => o.plural, 'plural');
  }

  /**
   * The one target the nearest sentence holding something that fits (or `mayFit`) speaks of. A pronoun never jumps
   * over a nearer person it may mean: a sentence whose choice falls on one that only may fit, or that no source in it
   * confirms beyond the nearest sentences, ends the search unresolved.
   */
  private nearestFitting(
    source: Span,
    worth: (m: NameMention) => boolean,
    fits: (o: Occurrence) => boolean,
    chained: string | undefined,
    mayFit?: (o: Occurrence) => boolean,
  ): Target | undefined {
    const sentences = this.layout.sentences;
    if (sentences.length === 0) return undefined;
    const own = sentenceAt(sentences, source.start);
    // Sentences that go on about the same "she" ("She laughs.") are skipped and do not count towards the reach.
    let read = 0;
    for (let k = own; k >= 0 && k > own - PRONOUN_REACH; k--) {
      if (k < own && chained !== undefined && chained !== 'plural' && this.opensWithPronoun(k, chained)) continue;
      const near = read++ < NAME_REACH;
      const limit = k === own ? source.start : Infinity;
      // Names are read in every sentence (they stop the search); beyond the nearest ones only sources can be chosen.
      const candidates = [...this.occurrencesIn(k, limit, worth), ...(chained === 'plural' && near ? this.groupsIn(k, limit) : [])];
      const fitting = candidates.filter((o) => o.start !== source.start && (fits(o) || (mayFit?.(o) ?? false)));
      if (fitting.length === 0) continue;
      const targets = distinctTargets(fitting);
      const subjects = distinctTargets(fitting.filter((o) => o.subject));
      const chosen = targets.length === 1 ? targets[0] : subjects.length === 1 ? subjects[0] : null;
      if (chosen === null) return undefined;
      const confirmed = fitting.filter((o) => sameTarget(o.target, chosen) && fits(o) && (near || o.spoke));
      return confirmed.length > 0 ? chosen : undefined;
    }
    return undefined;
  }

  /** Groups of people named in sentence `k` before `limit` without being a source: "Scientology officials went…". */
  private groupsIn(k: number, limit: number): Occurrence[] {
    const sentence = this.layout.sentences[k];
    const end = Math.min(sentence.end, limit);
    const slice = this.text.slice(sentence.start, end);
    const groups: Occurrence[] = [];
    GROUP_RE.lastIndex = 0;
    for (let m = GROUP_RE.exec(slice); m !== null; m = GROUP_RE.exec(slice)) {
      const words = m[0].replace(/^(?:the|some|many|several)\s+/i, '');
      const start = sentence.start + m.index + m[0].length - words.length;
      if (isQuoted(this.quotes, start)) continue;
      const phrase = span(this.text, start, start + words.length);
      groups.push({ start, end: phrase.end, target: { phrase }, plural: true, subject: true, quoted: false, spoke: false });
    }
    return groups;
  }

  /** What "it" can stand for by name: an organisation, or a one-word name that is the source of some attribution. */
  private isThing(entity: Entity): boolean {
    return (
      isOrganisation(entity.cls) ||
      (entity.cls === 'unknown' && entity.mentions.every((m) => m.words.length === 1) && entity.mentions.some((m) => this.speakers.has(speakerKey(m))))
    );
  }

  private isGroup(source: Span): boolean {
    const head = lastWord(source.text);
    return GROUP_NOUNS.has(head.toLowerCase()) && /^\p{Ll}/u.test(head);
  }
}
/** `span` of `text` without the Markdown markup at its edges, which `analysed` has blanked: "[electoral commission](…)". */
function withoutMarkup(text: string, analysed: string, span: Span): Span | undefined {
  let { start, end } = span;
  if (text !== analysed) {
    // Markup inside ("the [electoral commission") starts the span after it; markup at the end is left out.
    for (let i = end - 1; i >= start; i--) {
      if (analysed.charCodeAt(i) === 32 && text.charCodeAt(i) !== 32) {
        start = i + 1;
        break;
      }
    }
    while (end > start && analysed.charCodeAt(end - 1) === 32 && text.charCodeAt(end - 1) !== 32) end--;
  }
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

export interface ResolveOptions {
  /** The text as the detector read it (Markdown markup blanked out), with the same offsets; `text` itself by default. */
  analysed?: string;
  /** The segmentation of the analysed text, when the caller has it already. */
  layout?: Segmentation;
  /** The contents of the claims whose sources are resolved, in any order. */
  contents?: readonly OffsetRange[];
}

/**
 * For each of `sources` (spans of `text`), the fullest mention of the entity it stands for — or undefined when the
 * source is that mention already, or stands for nothing the text names, or the resolver is not sure: a wrong name
 * is worse than none.
 */
export function resolveSourceSpans(text: string, sources: readonly Span[], options: ResolveOptions = {}): (Span | undefined)[] {
  if (sources.length === 0) return [];
  const analysed = options.analysed ?? text;
  const found = new SourceResolver(analysed, options.layout ?? segment(analysed), options.contents).resolve(sources);
  return found.map((span) => span && withoutMarkup(text, analysed, span));
}
