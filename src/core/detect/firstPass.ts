// The cheap first pass of detection: one regular expression that finds the sentences that may hold a cue.
import { ATTRIBUTION_NOUNS, INFINITIVE_NOUNS, LINKING_VERBS, OPINION_NOUNS, REQUEST_FOR_NOUNS, STANCE_ADJECTIVES, VERB_FORMS, VIEW_NOUNS } from './lexicon';
import { CUE_TRIGGER_WORDS, DELIBERATION_VERBS, DRAW_FORMS, DRAWN_JUDGEMENTS, MULTI_WORD_PHRASES, PASSIVE_ONLY_PARTICIPLES } from './cues';
import type { OffsetRange } from '../model/offsetRange';
import { INFINITIVE_CUE_NOUNS, PREPOSITION_NOUNS, THAT_CLAUSE_NOUNS } from './nominal';


const alternatives = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).join('|');

/**
 * Cue words whose sentence is worth analysing only with the words their complement needs nearby: "see … as",
 * "continued: “", "were critical of", "expressed an interest in", "would like". Common words such as "see", "read"
 * or "sure" would otherwise send a third more sentences of real news to the costly analysis for nothing. Each
 * trigger word gets a small sticky expression that starts at the word, with bounded look-arounds for the rest.
 */
/** Words that are cues by themselves, whatever surrounds them. */
const PLAIN_WORDS: ReadonlySet<string> = new Set([...VERB_FORMS.keys(), ...ATTRIBUTION_NOUNS, ...INFINITIVE_NOUNS, ...CUE_TRIGGER_WORDS]);

function conditionalCues(): Map<string, RegExp> {
  const checks = new Map<string, RegExp>();
  const add = (words: Iterable<string>, source: string): void => {
    const re = new RegExp(source, 'y');
    for (const w of words) checks.set(w, re);
  };
  /**
   * Adds a check to each word's own, if it has one ("view" is a labelled verb, an opinion noun and a view noun); a word
   * that is a cue by itself anyway ("hope", "telling") stays one.
   */
  const also = (words: Iterable<string>, source: string): void => {
    for (const w of words) {
      const known = checks.get(w);
      if (!known && PLAIN_WORDS.has(w)) continue;
      checks.set(w, new RegExp(known ? `${known.source}|${source}` : source, 'y'));
    }
  };
  const labelled: string[] = [];
  const quoting: string[] = [];
  for (const [form, entry] of VERB_FORMS) {
    if (entry.verb.label) labelled.push(form);
    else if (entry.verb.need === 'quote') quoting.push(form);
  }
  const labels = new Set([...VERB_FORMS.values()].flatMap((e) => e.verb.label ?? []));
  add(labelled, String.raw`\w+(?=[^.!?;\n]{1,80}?\b(?:${alternatives(labels)})\b)`);
  add(quoting, String.raw`\w+(?:(?=[\s,]{0,3}[:"“])|(?<=["”][^.!?\n]{0,40}\w+))`);
  // "remains adamant that", "grew worried that": linking verbs stand where "be" does.
  const be = String.raw`\b(?:is|are|was|were|be|been|being|am|['’]m|['’]re|['’]s|${[...LINKING_VERBS].join('|')})\s+(?:\w+\s+)?`;
  for (const [adjective, { group, particles }] of STANCE_ADJECTIVES) {
    // "are skeptical that…": a judging adjective also holds a belief in a that-clause.
    const after = group === 'judgement' ? [...particles, 'that'] : particles;
    // "determined" is a verb form too ("Investigators determined that…"): a word that is a cue by itself stays one.
    also([adjective], String.raw`(?<=${be})\w+${after.length > 0 ? String.raw`(?=\s+(?:${alternatives(after)})\b)` : ''}`);
  }
  for (const phrase of MULTI_WORD_PHRASES) {
    const n = phrase.words.reduce((best, w, i) => (w.length > phrase.words[best].length ? i : best), 0);
    // "went on to say", "issued a statement": a phrase whose noun is a cue word on its own needs no check.
    if (PLAIN_WORDS.has(phrase.words[n])) continue;
    const before = [String.raw`\b(?:${alternatives(phrase.verbs)})\s+(?:\w+\s+){0,2}?`, ...phrase.words.slice(0, n).map((w) => String.raw`${w}\s+`)].join('');
    const after = phrase.words.slice(n + 1).map((w) => String.raw`\s+${w}`).join('');
    // A noun shared by several phrases ("concern" after "expressed" or "voiced") keeps each phrase's check.
    const known = checks.get(phrase.words[n]);
    const source = String.raw`(?<=${before})\w+${after ? String.raw`(?=${after}\b)` : ''}`;
    add([phrase.words[n]], known ? `${known.source}|${source}` : source);
  }
  // "In the words of X", and "In Smith's words, …", "In my view, …", "In the senator's judgment, …" opening a sentence.
  const opinion = String.raw`(?<=\b(?:[Ii]n|[Bb]y)\s+(?:\S+\s+){0,3}?)\w+(?=,)`;
  add(['words'], String.raw`(?<=\b[Ii]n\s+the\s+)words(?=\s+of\b)`);
  also(OPINION_NOUNS, opinion);
  // "Trump's position is that…", "his hope that…".
  also(VIEW_NOUNS, String.raw`\w+(?=\s+(?:(?:is|was)\s+)?that\b)`);
  // "…, per the campaign", "Per a person familiar with…": after a comma, dash or at a sentence start, before a phrase.
  add(['per', 'Per'], String.raw`(?<=(?:^|[,—–(\n.!?"”])\s*)[Pp]er(?=\s+(?:the|a|an|[A-Z]\w*|\w+['’]s)\b)`);
  // "is considering a run", "are weighing whether to…": only in the progressive.
  add(DELIBERATION_VERBS, String.raw`(?<=\b(?:is|are|was|were|be|been|am|['’]s|['’]re)\s+(?:\w+\s+)?)\w+`);
  // "his calls for…", "pleas for…": the nouns that are not verb forms already.
  add([...REQUEST_FOR_NOUNS].filter((n) => !VERB_FORMS.has(n)), String.raw`\w+(?=\s+for\b)`);
  // "is rumoured to", "It is understood that", "It's understood that": only in a passive after "be".
  add(PASSIVE_ONLY_PARTICIPLES.keys(), String.raw`(?<=\b(?:is|are|was|were|be|been|being|[Ii]t['’]s)\s+(?:\w+\s+)?)\w+(?=\s+(?:to|that)\b)`);
  // "news that…", "questions about…", "demands to release…": nominal cues only before their complement.
  // Capitalized too: they open sentences ("News that…", "Calls for…").
  const withCapitals = (words: Iterable<string>): string[] => [...words].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
  also(withCapitals(THAT_CLAUSE_NOUNS), String.raw`\w+(?=\s+that\b)`);
  also(withCapitals(PREPOSITION_NOUNS.keys()), String.raw`\w+(?=\s+(?:for|about|over|of|to)\b)`);
  also(withCapitals([...INFINITIVE_CUE_NOUNS, 'call', 'calls']), String.raw`\w+(?=\s+to\b)`);
  // "calls from Democrats for…", "warnings by experts that…": an owner after the noun.
  also(withCapitals([...THAT_CLAUSE_NOUNS, ...PREPOSITION_NOUNS.keys()]), String.raw`\w+(?=\s+(?:from|by)\s)`);
  add(['like'], String.raw`(?<=(?:\bwould|['’]d)\s+)like`);
  // "will back", "to back" (a stance); "shot back", "fired back" (a retort, a multi-word cue).
  const retorts = MULTI_WORD_PHRASES.filter((p) => p.words.length === 1 && p.words[0] === 'back').flatMap((p) => p.verbs);
  add(['back'], String.raw`(?<=\b(?:will|would|to|${alternatives(retorts)})\s+)back`);
  // "As one official put it", "did not return calls seeking comment".
  add(['put', 'puts'], String.raw`\w+(?=\s+it\b)`);
  // "drew sharp criticism from", "has drawn praise from": a judgement drawn from its makers.
  add(DRAW_FORMS, String.raw`\w+(?=(?:\s+[\w-]+){0,4}?\s+(?:${alternatives(DRAWN_JUDGEMENTS.keys())})\s+from\b)`);
  add(['return', 'returned'], String.raw`(?<=\b(?:not|n['’]t|never)\s+(?:\w+\s+)?)\w+`);
  return checks;
}

/** Trigger words of conditional cues, each with the check that confirms the cue where the word stands. */
const CONDITIONAL_CHECKS = conditionalCues();
const PLAIN_CUE_WORDS = [...PLAIN_WORDS].filter((w) => !CONDITIONAL_CHECKS.has(w));

/** Any cue word or trigger word, in one plain alternation: one scan over the text. */
const CUE_WORD_RE = new RegExp(String.raw`\b(?:${alternatives(new Set([...PLAIN_CUE_WORDS, ...CONDITIONAL_CHECKS.keys()]))})\b`, 'g');

/** The sentences that may hold a cue, in text order: the cheap first pass that spares the rest any analysis. */
export function candidateSentences(text: string, sentences: readonly OffsetRange[]): OffsetRange[] {
  const hits: OffsetRange[] = [];
  let s = 0;
  CUE_WORD_RE.lastIndex = 0;
  for (let m = CUE_WORD_RE.exec(text); m !== null && s < sentences.length; m = CUE_WORD_RE.exec(text)) {
    while (s < sentences.length && sentences[s].end <= m.index) s++;
    if (s >= sentences.length || sentences[s].start > m.index) continue;
    const check = CONDITIONAL_CHECKS.get(m[0]);
    if (check) {
      // A trigger word counts only with what its cue needs; another word of the sentence may still do.
      check.lastIndex = m.index;
      if (!check.test(text)) continue;
    }
    hits.push(sentences[s]);
    // The rest of a hit sentence needs no search.
    CUE_WORD_RE.lastIndex = Math.max(CUE_WORD_RE.lastIndex, sentences[s].end);
    s++;
  }
  return hits;
}
