// The detector's output: attributed claims as spans of the document text (see docs/detection contract).

/** A span of the document text. Offsets are UTF-16 code units, end exclusive; `text` equals the text at those offsets. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** FactBank-style commitment of the text to its claim, derived from hedging cues. A hint, never a rating. */
export type Commitment = 'certain' | 'probable' | 'possible' | 'uncommitted';

/** One attribution: who (source) says what (content), marked how (cue). */
export interface Attribution {
  /** The whole claim as highlighted. */
  start: number;
  end: number;
  content: Span;
  source: Span | null;
  cue: Span | null;
  hedges: Span[];
  commitment: Commitment;
  /**
   * For a pronoun source ("he", "she", "they"): the nearest earlier source in the same paragraph that names a
   * person or group of the matching kind. A guess, absent when there is none; `source` stays the pronoun.
   */
  antecedent?: Span;
}

export interface DetectOptions {
  /** Treat the text as Markdown: markup, front matter, code blocks and link targets are not part of spans. */
  markdown?: boolean;
}
