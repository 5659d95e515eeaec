// The detector's output: attributed claims as spans of the document text (see docs/detection contract).

/** A span of the document text. Offsets are UTF-16 code units, end exclusive; `text` equals the text at those offsets. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A source as written, and the fullest mention of the entity it stands for where the text names it more fully. */
export interface SourceSpan extends Span {
  /**
   * For a pronoun ("he"), short name ("Key"), description ("the newspaper") or shorter name ("Prime Minister John
   * Key"): the fullest mention of that entity in the text ("New Zealand's Prime Minister John Key"). Absent when the
   * source is that mention already, names nothing in the text, or the resolver is not sure.
   */
  refersTo?: Span;
}

/** FactBank-style commitment of the text to its claim, derived from hedging cues. A hint, never a rating. */
export type Commitment = 'certain' | 'probable' | 'possible' | 'uncommitted';

/**
 * What kind of attribution a claim is (definitions and borderline cases in docs/annotation-guidelines.md):
 * statement (say, tell, according to), belief (believe, think, expect), evidence (documents and data: show,
 * indicate, the study found), characterization (call X Y, describe as, praise, condemn, accuse of), request
 * (urge, ask, call on), intention (plan to, vow to, support, oppose) and refusal (declined to comment).
 */
export type ClaimKind = 'statement' | 'belief' | 'evidence' | 'characterization' | 'request' | 'intention' | 'refusal';

/** Every claim kind, in the order the guidelines, the panel and the settings list them. */
export const CLAIM_KINDS: readonly ClaimKind[] = [
  'statement',
  'belief',
  'evidence',
  'characterization',
  'request',
  'intention',
  'refusal',
];

/** One attribution: who (source) says what (content), marked how (cue). */
export interface Attribution {
  /** The whole claim as highlighted. */
  start: number;
  end: number;
  content: Span;
  source: SourceSpan | null;
  cue: Span | null;
  hedges: Span[];
  commitment: Commitment;
  /** The kind of attribution, by what its cue does: reported speech, a belief, evidence, a judgement… */
  kind: ClaimKind;
}

export interface DetectOptions {
  /** Treat the text as Markdown: markup, front matter, code blocks and link targets are not part of spans. */
  markdown?: boolean;
  /**
   * Also work out who each source stands for (`source.refersTo`, see `src/core/resolve/`), as a pass over the finished
   * attributions. Off unless asked: it costs about a third of detection, and the editor, which reads long articles a
   * stretch at a time, resolves over the whole article once it has read it instead (`resolveClaimSources`).
   */
  resolveSources?: boolean;
  /**
   * Whether the whole article reads as an interview (`readsAsInterview`), for a caller that reads it a stretch at a time:
   * outside an interview an unquoted "I" is the writer's voice, and a stretch of a few paragraphs cannot tell. Judged
   * from `text` when absent.
   */
  interview?: boolean;
}
