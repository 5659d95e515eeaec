// Groups an article's name mentions into the entities they name ("Key" with "Prime Minister John Key", "KCNA" with "Korean Central News Agency").
import { type EntityClass, type Gender, GIVEN_NAMES, ORGANISATION_HEADS } from './lexicon';
import type { MentionFinder, NameMention } from './mentions';

/** Someone or something the article names, with every mention of it. */
export interface Entity {
  /** Tells entities apart: the offsets of the fullest mention. */
  id: string;
  cls: EntityClass;
  gender: Gender | null;
  /** In text order. */
  mentions: NameMention[];
  /** The mention that says most: the full name with its title where one is written. */
  fullest: NameMention;
}

export interface EntityIndex {
  /** Every mention, in text order. */
  mentions: NameMention[];
  entityOf: ReadonlyMap<NameMention, Entity>;
}

const ORGANISATION_CLASSES: ReadonlySet<EntityClass> = new Set(['media', 'company', 'government', 'organisation']);

export function isOrganisation(cls: EntityClass): boolean {
  return ORGANISATION_CLASSES.has(cls);
}

/** A mention written in capitals: "WHO", "KCNA". */
function isAcronymMention(mention: NameMention): boolean {
  return mention.cls !== 'person' && mention.cls !== 'place' && mention.acronymLike;
}

function personLike(mention: NameMention): boolean {
  return mention.cls === 'person' || mention.cls === 'unknown';
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** The initials of a multi-word name: "world health organisation" → "who". */
function initials(words: readonly string[]): string {
  return words.map((w) => w.charAt(0)).join('');
}

/**
 * A mention says more than another when it holds more of the name, then more words around it (title, owner), then a
 * longer description right after it.
 */
function saysMore(a: NameMention, b: NameMention): boolean {
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  if (a.end - a.start !== b.end - b.start) return a.end - a.start > b.end - b.start;
  return a.described > b.described;
}

class Cluster {
  readonly mentions: NameMention[] = [];
  /** A surname of this name is used alone ("Okafor" after "Tunde Okafor"): organisations are not spoken of so. */
  surnameUsed = false;
  constructor(readonly key: string) {}

  private best: NameMention | undefined;

  add(mention: NameMention): void {
    this.mentions.push(mention);
    if (this.best === undefined || saysMore(mention, this.best)) this.best = mention;
  }

  get words(): readonly string[] {
    return this.longest.words;
  }

  get longest(): NameMention {
    return this.best ?? this.mentions[0];
  }

  get lastWord(): string {
    const words = this.longest.words;
    return words[words.length - 1];
  }
}

function groupBy<T>(items: readonly T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * Whether two name words are one name misspelt ("Maurer"/"Mauer", "Kristin"/"Kristen", "Waters"/"Water"): same
 * first letter, at least five letters, at most one letter added, dropped, changed or swapped (two for long names).
 */
export function nearlySameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.charAt(0) !== b.charAt(0) || Math.min(a.length, b.length) < 5) return false;
  const allowed = Math.min(a.length, b.length) >= 8 ? 2 : 1;
  if (Math.abs(a.length - b.length) > allowed) return false;
  // Damerau–Levenshtein (optimal string alignment) on short words.
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, previous2[j - 2] + 1);
      row.push(best);
    }
    if (Math.min(...row) > allowed) return false;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length] <= allowed;
}

/** Finds the one cluster a short name can stand for; none when no cluster or several could. */
function unique<T>(candidates: readonly T[]): T | undefined {
  return candidates.length === 1 ? candidates[0] : undefined;
}

function toEntity(cluster: Cluster): Entity {
  const mentions = [...cluster.mentions].sort((a, b) => a.start - b.start);
  const classes = new Set(mentions.map((m) => m.cls));
  const cls: EntityClass =
    classes.has('person') || (cluster.surnameUsed && !classes.has('place') && ![...classes].some(isOrganisation))
      ? 'person'
      : ([...classes].find(isOrganisation) ?? (classes.has('place') ? 'place' : 'unknown'));
  const gender = mentions.find((m) => m.gender !== null)?.gender ?? null;
  // Of a name written two ways ("Kristin Wilkins", "Kristen Wilkins"), the spelling most mentions use is the right one.
  const spellings = new Map<string, number>();
  for (const m of mentions) spellings.set(m.words.join(' '), (spellings.get(m.words.join(' ')) ?? 0) + 1);
  const usage = (m: NameMention) => spellings.get(m.words.join(' ')) ?? 0;
  let fullest = mentions[0];
  for (const m of mentions) {
    if (m.words.length === fullest.words.length && usage(m) !== usage(fullest) ? usage(m) > usage(fullest) : saysMore(m, fullest)) fullest = m;
  }
  return { id: `${fullest.start}:${fullest.end}`, cls, gender, mentions, fullest };
}

/** Full names that differ by a misspelling of the given name or the surname are one person: "Kristin Wilkins", "Kristen Wilkins". */
function mergeMisspelt(people: readonly Cluster[], clusters: Map<string, Cluster>, clusterOf: Map<NameMention, Cluster>): void {
  if (people.length < 2) return;
  const bySurnameStart = groupBy(people, (c) => [c.lastWord.charAt(0)]);
  for (const group of bySurnameStart.values()) {
    for (let i = 0; i < group.length; i++) {
      const a = group[i];
      if (clusters.get(a.key) !== a) continue;
      for (let j = i + 1; j < group.length; j++) {
        const b = group[j];
        if (clusters.get(b.key) !== b || a.words.length !== b.words.length) continue;
        if (!a.words.every((w, k) => nearlySameName(w, b.words[k]))) continue;
        for (const m of b.mentions) {
          a.add(m);
          clusterOf.set(m, a);
        }
        clusters.delete(b.key);
      }
    }
  }
}

/**
 * Groups `mentions` (in text order) into entities. Full names group by their words; a short form joins the one
 * full name it can stand for — a surname ("Key"), a given name ("Thomas"), the end of an organisation's name
 * ("the State Department", "the Post"), an acronym ("WHO", "KCNA") — and stays apart when several could.
 */
export function groupMentions(mentions: NameMention[]): EntityIndex {
  // Most words are one name written the same way each time: "Microsoft", "Microsoft", "Microsoft".
  const first = mentions[0];
  if (first === undefined || mentions.every((m) => m.acronym === null && m.cls === first.cls && sameWords(m.words, first.words))) {
    const alone = new Cluster('same');
    for (const m of mentions) alone.add(m);
    const entity = mentions.length > 0 ? toEntity(alone) : undefined;
    return { mentions, entityOf: new Map(entity ? mentions.map((m) => [m, entity]) : []) };
  }
  const clusters = new Map<string, Cluster>();
  const clusterOf = new Map<NameMention, Cluster>();
  const join = (mention: NameMention, key: string): void => {
    let cluster = clusters.get(key);
    if (!cluster) {
      cluster = new Cluster(key);
      clusters.set(key, cluster);
    }
    cluster.add(mention);
    clusterOf.set(mention, cluster);
  };
  const short: NameMention[] = [];
  for (const m of mentions) {
    if (m.words.length >= 2 || m.cls === 'place') join(m, `${isOrganisation(m.cls) ? 'o' : m.cls === 'place' ? 'l' : 'p'}:${m.words.join(' ')}`);
    else short.push(m);
  }
  const full = [...clusters.values()];
  const people = full.filter((c) => c.key.startsWith('p:') && c.words.length >= 2);
  const organisations = full.filter((c) => c.key.startsWith('o:'));

  // Shorter organisation names that end a longer one: "State Department" → "US State Department". A grouping holds
  // the few names sharing one word's first letters, so plain passes over them are the cheapest way.
  for (const cluster of organisations) {
    const words = cluster.words;
    const longer = organisations.filter(
      (o) => o !== cluster && o.words.length > words.length && words.every((w, i) => o.words[o.words.length - words.length + i] === w),
    );
    const target = unique(longer);
    if (target) for (const m of cluster.mentions) {
      target.add(m);
      clusterOf.set(m, target);
    }
    if (target) clusters.delete(cluster.key);
  }

  const acronyms = new Map<string, Cluster>();
  for (const m of mentions) {
    const cluster = clusterOf.get(m);
    if (m.acronym && cluster) acronyms.set(m.acronym, cluster);
  }
  const longOrganisations = organisations.filter((c) => clusters.get(c.key) === c && c.words.length >= 2);
  mergeMisspelt(people, clusters, clusterOf);
  const livePeople = people.filter((c) => clusters.get(c.key) === c);
  for (const m of short) {
    const word = m.words[0];
    const surnames = m.cls === 'place' || acronyms.has(word) ? [] : livePeople.filter((c) => c.lastWord === word);
    const bySurnameTarget = unique(surnames);
    if (bySurnameTarget && !m.acronymLike) bySurnameTarget.surnameUsed = true;
    const target =
      acronyms.get(word) ??
      bySurnameTarget ??
      (m.cls === 'place' || surnames.length > 0 ? undefined : unique(livePeople.filter((c) => nearlySameName(c.lastWord, word)))) ??
      (personLike(m) ? unique(livePeople.filter((c) => c.longest.cls === 'person' && c.words[0] === word)) : undefined) ??
      // "the Post" for "The Washington Post", but never "Midwives" for "the Royal College of Midwives".
      (ORGANISATION_HEADS.has(word) ? unique(longOrganisations.filter((c) => c.lastWord === word)) : undefined) ??
      (m.acronym === null && /^[a-z]{2,6}$/.test(word) && isAcronymMention(m) ? unique(longOrganisations.filter((c) => initials(c.words) === word)) : undefined) ??
      // "Halvorsen" for "Halvorsen Aerospace Systems", "Boeing" for "Boeing Co.".
      (m.cls === 'unknown' && !GIVEN_NAMES.has(word) ? unique(longOrganisations.filter((c) => c.words[0] === word)) : undefined);
    if (target) {
      target.add(m);
      clusterOf.set(m, target);
    } else {
      join(m, `s:${word}`);
    }
  }
  const entityOf = new Map<NameMention, Entity>();
  for (const cluster of new Set(clusterOf.values())) {
    const entity = toEntity(cluster);
    for (const m of cluster.mentions) entityOf.set(m, entity);
  }
  return { mentions, entityOf };
}


/** How far from a mention its entity's other mentions are looked for: an article, not a whole archive. */
const SEARCH_REACH = 50_000;
/** Mentions this close together share one grouping of the mentions around them. */
const GROUP_SPAN = 20_000;

/**
 * The entity of any mention, worked out from the mentions that share its last word's first letters — every other
 * mention that can name the same entity — and only when asked.
 */
export class EntityFinder {
  private readonly groups = new Map<string, EntityIndex>();

  constructor(private readonly mentions: MentionFinder) {}

  entityOf(mention: NameMention): Entity {
    // Looked up by its last word (a surname, an organisation's head, an acronym) as written, among the mentions near it.
    const key = `${mention.lastWord.slice(0, 3)}@${Math.floor(mention.start / GROUP_SPAN)}`;
    let group = this.groups.get(key);
    if (!group) {
      group = groupMentions(this.mentions.withWord(mention.lastWord, Math.max(0, mention.start - SEARCH_REACH), mention.start + SEARCH_REACH));
      this.groups.set(key, group);
    }
    const known = group.entityOf.get(mention);
    if (known) return known;
    const alone = new Cluster(key);
    alone.add(mention);
    return toEntity(alone);
  }
}
