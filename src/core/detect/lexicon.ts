// The cue lexicon: reporting verbs in all inflections, attribution nouns, hedges, and the function words the rules read.
import type { Token } from './tokens';

/**
 * How a cue relates its source to its content (groups after Krestel et al. / PARC, widened to the kinds real
 * news attributes: judgements, requests, stances and refusals besides speech, cognition and evidence).
 */
export type CueGroup =
  | 'speech' | 'assertion' | 'accusation' | 'cognition' | 'evidential'
  /** Labels and judgements of someone or something: "accused X of", "called the plan a disgrace". */
  | 'judgement'
  /** Asking someone to act or asking a question: "urged residents to", "asked whether". */
  | 'request'
  /** Plans, commitments and stances: "vowed to", "plans to", "supports the bill". */
  | 'stance'
  /** Withholding information: "declined to comment", "refused to say". */
  | 'refusal';

/**
 * What must follow the verb for it to attribute: any object; only a clause ("that", a quote, a colon, whether);
 * or a clause or a to-infinitive, with or without an object before it ("plans to", "asked the council to").
 */
export type ContentNeed = 'object' | 'clause' | 'infinitive' | 'quote';

export interface ReportingVerb {
  lemma: string;
  group: CueGroup;
  need: ContentNeed;
  /** Words one of which must follow the object: "regarded X as Y", "compared X to Y", "ranks X among Y". */
  label?: readonly string[];
}

export type VerbForm = 'base' | 's' | 'past' | 'ing';

export interface VerbEntry {
  verb: ReportingVerb;
  form: VerbForm;
}

interface LemmaSpec {
  lemma: string;
  need: ContentNeed;
  /** Irregular past tense and participle, when they differ from lemma + "ed". */
  past?: string[];
  /** The final consonant doubles before -ed/-ing ("admit" → "admitted"). */
  doubles?: boolean;
  /** Only these forms are cues: the base "back" is mostly an adverb ("came back"), "backed" a verb. */
  forms?: VerbForm[];
  label?: string[];
}

const c = (lemma: string, extra: Partial<LemmaSpec> = {}): LemmaSpec => ({ lemma, need: 'clause', ...extra });
const o = (lemma: string, extra: Partial<LemmaSpec> = {}): LemmaSpec => ({ lemma, need: 'object', ...extra });
const inf = (lemma: string, extra: Partial<LemmaSpec> = {}): LemmaSpec => ({ lemma, need: 'infinitive', ...extra });
/** A verb that reports only a quotation or what follows a colon: "She continued: “…”", "The letter reads: “…”". */
const q = (lemma: string, extra: Partial<LemmaSpec> = {}): LemmaSpec => ({ lemma, need: 'quote', ...extra });
const AS = ['as'];

const GROUPS: Record<CueGroup, LemmaSpec[]> = {
  speech: [
    o('say', { past: ['said'] }), o('tell', { past: ['told'] }), c('add'), c('note'), o('announce'), c('explain'),
    c('state'), o('report'), o('mention'), c('remark'), c('reply'), c('write', { past: ['wrote', 'written'] }),
    c('tweet'), c('declare'), o('assure', { past: ['assured'] }), o('inform'), o('brief'), o('disclose'), c('testify'), c('recall'), c('reiterate'), o('confirm'), c('observe'),
    c('answer'), c('quip'), c('clarify'), c('respond'), c('comment'), c('retort'), o('boast'), c('concur'),
    c('rule'), o('cite'), q('continue'), q('read', { past: ['read'] }), c('hear', { past: ['heard'] }),
    // Verbs of saying that news uses for tone (PARC / PolNeAR cue inventories): "countered that", "joked that".
    c('counter'), c('joke'), c('lament'), c('muse'), c('recount'), o('brag', { doubles: true }), c('proclaim'),
    c('swear', { past: ['swore'] }), o('reassure', { past: ['reassured'] }),
    c('confess'), c('grumble'), o('apologize'), o('apologise'),
    // Raised voices of rallies and crowds: "Supporters chanted “Lock her up!”", "a protester shouted that…".
    c('shout'), c('yell'), q('chant'), q('scream'), c('exclaim'), c('whisper'), c('mutter'), c('interject'),
  ],
  assertion: [
    o('argue'), o('claim'), o('insist'), o('stress'), o('warn'), o('emphasize'), o('emphasise'), o('assert'), c('maintain'),
    c('contend'), o('predict'), c('caution'), o('highlight'), o('underline'),
    o('underscore'), c('affirm'), o('propose'), c('suggest'), c('point'), o('question'), o('dispute'), c('post'),
    o('repeat'), c('assess'), o('reaffirm'), c('forecast', { past: ['forecast'] }), o('acknowledge'),
  ],
  accusation: [
    o('admit', { doubles: true }), o('deny'), o('allege'), o('concede'), o('dismiss'), o('reject'), c('complain'),
    o('charge'), o('contest'), o('object'),
  ],
  judgement: [
    o('accuse'), o('condemn'), o('criticize'), o('criticise'), o('blame'), o('denounce'), o('praise'), o('describe'),
    o('call'), o('dub', { doubles: true }), o('label', { past: ['labeled', 'labelled'] }), o('brand'), o('hail'),
    o('slam', { doubles: true }), o('blast'), o('laud'), o('commend'), o('applaud'), o('decry'), o('lambaste'),
    o('characterize'), o('characterise'), o('castigate'), o('chastise'), o('rebuke'), o('fault'),
    o('define', { label: AS }), o('regard', { label: AS }), o('view', { label: AS }), o('portray', { label: AS }),
    o('depict', { label: AS }), o('see', { past: ['saw', 'seen'], label: ['as', 'for'] }), o('consider', { label: AS }),
    o('compare', { label: ['to', 'with'] }), o('rank', { label: ['as', 'among'] }), o('rate', { label: ['as', 'among'] }),
    o('refer', { doubles: true, label: AS }), o('defend'), o('welcome'),
    // Verbal attacks of political news; "attacked" and "ripped" only with a reason or label ("attacked Clinton over…").
    o('attack', { label: ['over', 'for', 'as'] }), o('rip', { doubles: true, label: ['over', 'for', 'as'] }), o('mock'),
    o('deride'), o('ridicule'), o('bemoan'), o('tout'), o('credit', { label: ['with', 'for'] }),
    o('assail'), o('berate'), o('excoriate'), o('scold'), o('chide'), o('bash'), o('disparage'), o('belittle'), o('vilify'),
    o('denigrate'), o('admonish'), o('reprimand'), o('liken', { label: ['to'] }), o('equate', { label: ['with', 'to'] }),
    o('hammer', { label: ['over', 'for', 'on'] }), o('knock', { label: ['over', 'for'] }), o('thank', { label: ['for'] }),
    o('congratulate', { label: ['on', 'for'] }), o('paint', { label: AS }), o('cast', { past: ['cast'], label: AS }),
  ],
  request: [
    o('urge'), inf('ask'), o('demand'), o('recommend'), inf('appeal'), inf('plead'), o('request'), inf('invite'),
    inf('press', { forms: ['s', 'past', 'ing'] }), inf('implore'), inf('encourage'), inf('beg', { doubles: true }),
    // "challenged Clinton to release…", "ordered aides to…", "pushed for a vote", "wondered whether…".
    inf('challenge'), inf('advise'), inf('order'), inf('instruct'), inf('direct'), inf('push'), inf('lobby'), c('wonder'),
    inf('exhort'), inf('petition'),
  ],
  stance: [
    o('vow'), o('pledge'), o('promise'), inf('threaten'), inf('plan', { doubles: true }), inf('want'), o('seek', { past: ['sought'] }),
    inf('intend'), inf('aim'), o('support'), o('endorse'), o('oppose'), o('back', { forms: ['s', 'past', 'base'] }),
    inf('decide'), o('favor'), o('favour'), o('protest'), inf('like'), o('commit', { doubles: true }), o('champion'),
    // Poll stances, only with their "of": "56 percent disapprove of the job he is doing" ("approved the bill" acts).
    o('approve'), o('disapprove'),
  ],
  refusal: [inf('decline'), inf('refuse')],
  cognition: [
    c('believe'), c('think', { past: ['thought'] }), o('expect'), o('fear'), o('estimate'), c('suspect'),
    c('conclude'), c('determine'), c('doubt'), c('worry'), c('find', { past: ['found'] }), c('assume'), c('speculate'), c('feel', { past: ['felt'] }),
    inf('agree'), inf('hope'), c('theorize'), c('theorise'), o('anticipate'), c('wish'),
    // "Democrats are betting that suburban women…", "aides are counting on a strong turnout".
    c('bet', { past: ['bet'], doubles: true }), o('count'),
  ],
  evidential: [
    o('indicate'), c('show', { past: ['showed', 'shown'] }), o('suggest'), o('reveal'), c('demonstrate'), c('prove'),
    c('imply'), o('signal', { past: ['signaled', 'signalled'] }), c('hint'), o('detail'),
  ],
};

const NEED_LOOSENESS: Record<ContentNeed, number> = { quote: 0, clause: 1, infinitive: 2, object: 3 };
// Verbs that are evidential with a report/data source but clause-only with a person keep the looser need.
const LOOSER_NEED_FIRST = (a: ContentNeed, b: ContentNeed): ContentNeed => (NEED_LOOSENESS[a] >= NEED_LOOSENESS[b] ? a : b);

function inflections(spec: LemmaSpec): Record<VerbForm, string[]> {
  const l = spec.lemma;
  const s = /(s|x|z|ch|sh)$/.test(l) ? `${l}es` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ies` : `${l}s`;
  const stem = spec.doubles ? l + l.charAt(l.length - 1) : l;
  const regularPast = /e$/.test(l) ? `${l}d` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ied` : `${stem}ed`;
  const ing = /ie$/.test(l) ? `${l.slice(0, -2)}ying` : /[^e]e$/.test(l) ? `${l.slice(0, -1)}ing` : `${stem}ing`;
  return { base: [l], s: [s], past: spec.past ?? [regularPast], ing: [ing] };
}

function buildVerbForms(): Map<string, VerbEntry> {
  const forms = new Map<string, VerbEntry>();
  for (const [group, specs] of Object.entries(GROUPS) as [CueGroup, LemmaSpec[]][]) {
    for (const spec of specs) {
      for (const [form, words] of Object.entries(inflections(spec)) as [VerbForm, string[]][]) {
        if (spec.forms && !spec.forms.includes(form)) continue;
        for (const word of words) {
          const known = forms.get(word);
          const need = known ? LOOSER_NEED_FIRST(known.verb.need, spec.need) : spec.need;
          const label = known?.verb.label ?? spec.label;
          forms.set(word, { verb: { lemma: spec.lemma, group: known?.verb.group ?? group, need, ...(label ? { label } : {}) }, form: known?.form ?? form });
        }
      }
    }
  }
  return forms;
}

export const VERB_FORMS: ReadonlyMap<string, VerbEntry> = buildVerbForms();

/** Verb forms that are also common nouns ("the reports", "amid claims"); they need a verb-like context. */
export const NOUN_HOMOGRAPHS = new Set([
  'reports', 'report', 'claims', 'claim', 'notes', 'note', 'states', 'state', 'fears', 'fear', 'hopes', 'hope',
  'estimates', 'estimate', 'comments', 'comment', 'remarks', 'remark', 'replies', 'reply', 'answers', 'answer',
  'charges', 'charge', 'doubts', 'doubt', 'worries', 'worry', 'finds', 'find', 'pledges', 'pledge', 'promises',
  'promise', 'vows', 'vow', 'signals', 'signal', 'shows', 'show', 'stresses', 'stress', 'highlights', 'highlight',
  'denials', 'tweets', 'tweet', 'warns', 'blames', 'blame', 'hints', 'hint', 'points', 'point', 'proposes',
  'dispute', 'disputes', 'question', 'questions', 'demand', 'demands', 'praise', 'forecast', 'forecasts', 'call',
  'calls', 'post', 'posts', 'repeats', 'signals', 'admits', 'plans', 'plan', 'aims', 'aim', 'supports', 'support',
  'backs', 'requests', 'request', 'appeals', 'appeal', 'invites', 'invite', 'presses', 'labels', 'label', 'brands',
  'brand', 'blasts', 'blast', 'slams', 'slam', 'faults', 'fault', 'hails', 'hail', 'comments', 'comment', 'responds',
  'boasts', 'boast', 'retorts', 'retort', 'rank', 'ranks', 'rate', 'rates', 'view', 'views', 'detail', 'details',
  'rule', 'rules', 'favor', 'favors', 'favour', 'favours', 'protest', 'protests', 'read', 'reads', 'cites', 'continues',
  'counters', 'counter', 'jokes', 'joke', 'laments', 'swears', 'wishes', 'wish', 'wonders',
  'wonder', 'orders', 'order', 'directs', 'pushes', 'push', 'lobbies', 'attacks', 'attack', 'credits', 'credit',
  'challenges', 'challenge', 'objects', 'object', 'contests', 'contest', 'mocks', 'touts', 'rips', 'brags', 'muses',
  'recount', 'recounts', 'lament', 'thanks', 'knocks', 'knock', 'hammers', 'hammer', 'casts', 'cast',
  'paints', 'paint', 'petition', 'petitions', 'bash', 'bashes', 'champion', 'champions',
]);

/** Head nouns of evidence that can "show" or "find" a plain object: "Satellite images … showed smoke rising". */
export const EVIDENCE_NOUNS = new Set([
  'images', 'image', 'imagery', 'photos', 'photographs', 'footage', 'video', 'videos', 'data', 'figures', 'report',
  'reports', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'records', 'documents', 'analysis', 'research',
  'results', 'statistics', 'evidence', 'findings', 'tests', 'filings', 'filing', 'review', 'audit', 'investigation',
  'assessment', 'estimates', 'models', 'projections', 'readings', 'measurements', 'logs', 'emails', 'messages',
  'map', 'maps', 'chart', 'charts', 'graph', 'graphs', 'diagram', 'table', 'photo', 'photograph', 'picture', 'pictures', 'scans',
  'polling', 'testing', 'numbers', 'tallies', 'returns', 'counts', 'transcripts', 'recordings', 'tapes',
]);

/** Words of a source's request not to be named ("asked not to be identified", "asked for anonymity"). */
export const ANONYMITY_WORDS = new Set(['name', 'named', 'identified', 'identify', 'anonymity', 'anonymous', 'identity', 'quoted']);

/** Attribution nouns that carry a claim in a following that-clause ("the ministry's statement that…"). */
export const ATTRIBUTION_NOUNS = new Set([
  'statement', 'statements', 'claim', 'claims', 'allegation', 'allegations', 'assertion', 'assertions', 'report',
  'reports', 'warning', 'warnings', 'announcement', 'accusation', 'accusations', 'denial', 'insistence', 'belief',
  'fears', 'suggestion', 'suggestions', 'conclusion', 'finding', 'findings', 'estimate', 'estimates', 'admission',
  'argument', 'arguments', 'pledge', 'promise', 'assurance', 'assurances', 'speculation', 'rumours', 'rumors',
  'testimony', 'confirmation', 'insistence', 'contention', 'prediction', 'predictions', 'acknowledgment',
  'acknowledgement', 'charge', 'charges', 'complaint', 'complaints', 'indication', 'indications', 'evidence',
]);

/**
 * Common nouns of a view that carry a claim in a that-clause, after a copula or not: "Trump's position is that…",
 * "his hope that…". Being common words, the first pass looks for them only before "that" or "is/was that".
 */
export const VIEW_NOUNS = new Set([
  'position', 'view', 'contention', 'hope', 'concern', 'worry', 'feeling', 'impression', 'expectation', 'understanding',
  'suspicion', 'theory', 'message',
]);

/**
 * Nouns of requests and intentions that carry a claim in a to-infinitive when someone owns them: "the Church's
 * requests to take down the video", "Its goal is to decrease IE6 users" ("decision", "offer" and "bid" name acts).
 */
export const INFINITIVE_NOUNS = new Set([
  'goal', 'goals', 'aim', 'aims', 'plan', 'plans', 'intention', 'intentions', 'mission', 'ambition', 'request', 'requests',
  'call', 'calls', 'demand', 'demands', 'appeal', 'appeals', 'plea', 'pledge', 'promise', 'vow', 'commitment', 'threat',
  'recommendation', 'invitation', 'wish', 'desire', 'refusal',
]);

/** Nouns of a view owned by its holder, as in "In my opinion, people should…". */
export const OPINION_NOUNS = new Set(['opinion', 'view', 'words', 'estimation', 'judgment', 'judgement', 'telling', 'account']);

/** Nouns of a request or a push with an owner and "for": "renewed his calls for a $15 minimum wage". */
export const REQUEST_FOR_NOUNS = new Set(['call', 'calls', 'demand', 'demands', 'appeal', 'appeals', 'plea', 'pleas', 'push', 'request', 'requests']);

export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'could', 'can', 'may', 'might',
  'should', 'must', 'shall', 'did', 'does', 'do', 'not', 'never', "n't", 'am', 'cannot',
]);

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s']);

export const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall']);

export const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'any',
  'no', 'every', 'each', 'several', 'many', 'most', 'both', 'neither', 'either', 'all', 'other', 'another', 'such',
]);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'one']);

export const PREPOSITIONS = new Set([
  'outside', 'inside', 'near', 'beside', 'around', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'about', 'into', 'over', 'after', 'before', 'during',
  'amid', 'amidst', 'among', 'against', 'without', 'under', 'between', 'through', 'since', 'until', 'despite',
  'following', 'toward', 'towards', 'upon', 'within', 'across', 'behind', 'via', 'per',
]);

/** Conjunctions that join two verbs or clauses sharing a subject: "wrote … and suggested …". */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or']);

/** Words that open a new clause, so a source never reaches across them. */
export const CLAUSE_OPENERS = new Set([
  'that', 'although', 'though', 'while', 'whereas', 'because', 'as', 'since', 'if', 'when', 'whether', 'where',
  'but', 'so', 'than', 'unless', 'once', 'after', 'before', 'until', 'whom', 'whose', 'why', 'how', 'what',
]);

/** After a comma, these end the content of an attribution: a new clause or another attribution frame begins. */
export const CONTENT_STOPPERS = new Set([
  'while', 'whereas', 'but', 'according', 'citing', 'unlike', 'however', 'meanwhile', 'yet', 'as',
]);

/** Adverbs that sit between a source and its cue ("Pyongyang also said") without belonging to either. */
export const SOURCE_CUE_ADVERBS = new Set([
  'also', 'later', 'earlier', 'previously', 'again', 'then', 'still', 'once', 'often', 'already', 'now', 'further',
  'separately', 'repeatedly', 'recently', 'publicly', 'privately', 'reportedly', 'allegedly', 'first', 'too',
  'initially', 'subsequently', 'officially', 'originally', 'just', 'even', 'ever', 'twice', 'thrice',
  'always', 'long', 'consistently', 'strongly', 'vehemently', 'flatly', 'firmly', 'openly', 'explicitly', 'instead',
]);

/** Nouns ending in -ly that are never adverbs ("The family said"). */
export const LY_NOUNS = new Set(['family', 'assembly', 'supply', 'rally', 'ally', 'anomaly', 'monopoly', 'daily', 'weekly', 'monthly', 'quarterly', 'butterfly', 'belly', 'bully']);

/** An adverb that may stand between source and cue or inside a verb group: listed, or a lower-case -ly word. */
export function isAdverb(lower: string, capitalized: boolean): boolean {
  return SOURCE_CUE_ADVERBS.has(lower) || (!capitalized && lower.length > 5 && lower.endsWith('ly') && !LY_NOUNS.has(lower));
}

/** Time words that can lead a clause or follow a cue ("On Tuesday the ministry said", "said on Tuesday"). */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'yesterday', 'tonight', 'last', 'this',
  'next', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'late', 'early',
  'earlier', 'later', 'on', 'the', 'day', 'days', 'ago', 'recently',
]);

/** Words that lead a time expression but are not one alone: "the day before", "this week", "last month", "late Monday". */
const TIME_LEADERS = new Set(['the', 'this', 'last', 'next', 'late', 'early', 'on']);

/** Whether a time expression starts at token `k` ("Tuesday", "last week", "earlier this month"); "the matter" is none. */
export function startsTimeExpression(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && j - k < 2 && TIME_LEADERS.has(tokens[j].lower)) j++;
  const t = tokens[j];
  // Lower-case "may" is the modal, not the month.
  return t !== undefined && TIME_WORDS.has(t.lower) && !TIME_LEADERS.has(t.lower) && t.text !== 'may';
}

/** Listeners after "told" ("told reporters", "told Reuters") belong to the cue. */
export const AUDIENCE_NOUNS = new Set([
  'reporters', 'journalists', 'lawmakers', 'parliament', 'congress', 'supporters', 'members', 'students', 'staff',
  'employees', 'investors', 'analysts', 'audience', 'crowd', 'conference', 'briefing', 'meeting', 'gathering',
  'him', 'her', 'them', 'us', 'me', 'you', 'officials', 'delegates', 'voters', 'residents', 'viewers', 'listeners',
  'committee', 'court', 'jury', 'judge', 'newspaper', 'broadcaster', 'agency', 'station', 'radio', 'television',
  'jurors', 'council', 'customers', 'shareholders', 'parents', 'fans', 'lawmakers', 'colleagues', 'diplomats',
  'police', 'investigators', 'prosecutors', 'senators', 'legislators', 'followers', 'readers', 'workers', 'troops',
  'pollsters', 'donors', 'interviewer', 'interviewers', 'correspondents', 'host', 'hosts', 'guests', 'attendees',
  'constituents', 'activists', 'protesters', 'demonstrators', 'editors', 'executives', 'rally', 'forum', 'hearing',
  'summit', 'convention', 'network', 'magazine', 'website', 'podcast', 'channel', 'media', 'press', 'crowds',
]);

/** Verbs whose cue includes a following particle or preposition ("pointed out", "called for", "warned of"). */
export const CUE_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['point', new Set(['out'])], ['call', new Set(['for', 'on', 'upon'])], ['boast', new Set(['of', 'about'])],
  ['brag', new Set(['of', 'about'])], ['caution', new Set(['against'])], ['appeal', new Set(['for'])], ['press', new Set(['for'])],
  ['argue', new Set(['for', 'against'])], ['admit', new Set(['to'])], ['believe', new Set(['in'])], ['warn', new Set(['of', 'against', 'about'])],
  ['insist', new Set(['on'])], ['hint', new Set(['at'])], ['complain', new Set(['about', 'of'])],
  ['speculate', new Set(['about', 'on'])], ['ask', new Set(['for', 'about'])],
  ['report', new Set(['on'])], ['testify', new Set(['about', 'that'])], ['plead', new Set(['with', 'for'])],
  ['refer', new Set(['to'])], ['protest', new Set(['against'])], ['commit', new Set(['to'])],
  ['push', new Set(['for'])], ['lobby', new Set(['for', 'against'])], ['object', new Set(['to'])], ['apologize', new Set(['for'])],
  ['apologise', new Set(['for'])], ['advise', new Set(['against'])], ['approve', new Set(['of'])], ['disapprove', new Set(['of'])],
  ['count', new Set(['on'])],
]);

/** Verbs that do not report when this preposition follows: "the findings added to a growing body of evidence". */
export const NON_REPORTING_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['add', new Set(['to'])],
  // "would not back down", "backed off", "backed away from": retreats, not support.
  ['back', new Set(['down', 'off', 'away', 'out'])],
  // "Whether that frustration shows up in the debate…", "showed off his wealth": appearing and flaunting, not evidence.
  ['show', new Set(['up', 'off'])],
]);

/** Verbs that attribute only with their particle: "pointed out", not "pointed the way". */
export const PARTICLE_REQUIRED = new Set(['commit', 'count', 'point', 'object', 'apologize', 'apologise', 'push', 'approve', 'disapprove']);

/** Verbs whose listener follows them and belongs to the cue: "told reporters", "assured investors". */
export const LISTENER_VERBS = new Set(['tell', 'assure', 'reassure', 'inform', 'brief', 'remind', 'promise']);

/** Participial cues that pass the source of the main clause on ("…, saying that…"). */
export const PARTICIPLE_GROUPS: ReadonlySet<CueGroup> = new Set<CueGroup>(['speech', 'assertion', 'accusation', 'judgement', 'request', 'stance']);

/** Verbs that link a subject to a stance adjective as "be" does: "remains adamant that", "grew worried that". */
export const LINKING_VERBS: ReadonlySet<string> = new Set([
  'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'become', 'becomes', 'became',
  'grew', 'grow', 'grows', 'grown',
]);

/**
 * Adjectives that attribute a stance or a belief after "be": "were critical of", "is opposed to", "am sure that",
 * with the group they attribute as and the particle they take, if any.
 */
export const STANCE_ADJECTIVES: ReadonlyMap<string, { group: CueGroup; particles: readonly string[] }> = new Map([
  ...['critical', 'skeptical', 'sceptical', 'dismissive', 'scathing', 'contemptuous'].map((a): [string, { group: CueGroup; particles: string[] }] => [a, { group: 'judgement', particles: ['of', 'about'] }]),
  ...['supportive', 'opposed'].map((a): [string, { group: CueGroup; particles: string[] }] => [a, { group: 'stance', particles: ['of', 'to'] }]),
  // "is committed to passing the bill".
  ['committed', { group: 'stance', particles: ['to'] }],
  // With a to-infinitive: "is determined to win Ohio", "are reluctant to endorse him".
  // Not "willing" or "prepared": readiness under a condition ("must be willing to go down with the ship").
  ...['determined', 'eager', 'keen', 'reluctant', 'loath'].map(
    (a): [string, { group: CueGroup; particles: string[] }] => [a, { group: 'stance', particles: [] }]),
  ...['sure', 'confident', 'convinced', 'certain', 'concerned', 'worried', 'hopeful', 'optimistic', 'pessimistic', 'afraid', 'adamant', 'aware', 'fearful'].map(
    (a): [string, { group: CueGroup; particles: string[] }] => [a, { group: 'cognition', particles: [] }]),
]);

export type HedgeStrength = 'possible' | 'probable' | 'uncommitted';

/** Hedge words that are also nouns ("a suspect", "fears of war"): they hedge only as the cue itself. */
export const CUE_ONLY_HEDGES = new Set(['suspect', 'suspects', 'fear', 'fears', 'claim', 'claims', 'estimate', 'estimates', 'thought', 'potential', 'possible']);

/** Hedging cues and the commitment they signal, single words; phrases are matched in hedges.ts. */
export const HEDGE_WORDS: ReadonlyMap<string, HedgeStrength> = new Map<string, HedgeStrength>([
  ...['may', 'might', 'could', 'possibly', 'potentially', 'perhaps', 'maybe', 'conceivably', 'possible', 'potential'].map(
    (w): [string, HedgeStrength] => [w, 'possible']),
  ...['likely', 'probably', 'unlikely', 'apparently', 'seemingly', 'presumably', 'suggest', 'suggests', 'suggested',
    'suggesting', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'expect', 'expects', 'expected',
    'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'estimate', 'estimates', 'estimated', 'suspect',
    'suspects', 'suspected', 'speculate', 'speculated', 'fear', 'fears', 'feared', 'assume', 'assumed'].map(
    (w): [string, HedgeStrength] => [w, 'probable']),
  ...['reportedly', 'allegedly', 'purportedly', 'supposedly', 'unconfirmed', 'alleged', 'claim', 'claims', 'claimed',
    'allege', 'alleges', 'unverified', 'rumoured', 'rumored'].map((w): [string, HedgeStrength] => [w, 'uncommitted']),
]);

/** The channel an adjunct names after "in"/"on"/"via": "Trump on Twitter", "Clinton in an interview", "Pence on Fox News". */
export const MEDIUM_WORDS = new Set([
  'statement', 'interview', 'tweet', 'tweets', 'post', 'posts', 'letter', 'speech', 'filing', 'op-ed', 'memo',
  'email', 'e-mail', 'video', 'release', 'broadcast', 'appearance', 'podcast', 'twitter', 'facebook', 'instagram',
  'youtube', 'television', 'tv', 'radio', 'fox', 'cnn', 'msnbc', 'nbc', 'abc', 'cbs', 'npr', 'bbc', 'telegram',
  'remarks', 'comments', 'address', 'testimony', 'briefing', 'column', 'editorial', 'essay', 'blog',
]);
export const MEDIUM_PREPOSITIONS = new Set(['in', 'on', 'via']);
const MEDIUM_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * Index of the word naming a channel in the phrase starting at `k`, or -1: "Twitter", "a written statement", "national
 * television" (determiners, then at most one adjective), within `last`.
 */
export function channelEnd(tokens: readonly { lower: string }[], k: number, last: number): number {
  let j = k;
  while (j < last && MEDIUM_DETERMINERS.has(tokens[j].lower)) j++;
  // "in a written statement", "on national television": one adjective may come first.
  if (!MEDIUM_WORDS.has(tokens[j]?.lower ?? '') && j < last) j++;
  return j <= last && MEDIUM_WORDS.has(tokens[j]?.lower ?? '') ? j : -1;
}

export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** The noun has an owner who makes the claim: "the ministry's statement", "his claim". */
export function hasPossessor(t: { readonly lower: string } | undefined): boolean {
  return t !== undefined && (t.lower.endsWith("'s") || t.lower.endsWith('’s') || t.lower.endsWith("s'") || POSSESSIVE_PRONOUNS.has(t.lower));
}
