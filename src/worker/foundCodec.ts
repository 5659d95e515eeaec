// What the detection worker found, as one array of integers for the trip to the extension host: no JSON to write and parse, and the array's memory moves to the host instead of being copied.
import { CLAIM_KINDS, type Attribution, type Commitment, type Span } from '../core/detect/types';
import type { FoundPiece } from '../extension/store/backgroundDetector';

const COMMITMENTS: readonly Commitment[] = ['certain', 'probable', 'possible', 'uncommitted'];
/** The fields of an attribution and of a span this encoding carries: anything else there, and the findings travel as JSON. */
const ATTRIBUTION_FIELDS = 8;
const SPAN_FIELDS = 3;
const NONE = -1;

/** Whether `span` is no more than its offsets into `text` (its text being the text there), so that they are all it takes. */
function isPlain(span: Span, text: string): boolean {
  return span.text.length === span.end - span.start && text.startsWith(span.text, span.start) && Object.keys(span).length === SPAN_FIELDS;
}

/**
 * `pieces` of `text` as integers: per piece its region and number of claims, per claim its offsets, those of its content,
 * source and cue (-1 for none), commitment, kind and hedges. Undefined when something found does not fit (a field this
 * encoding does not know, a span whose text is not the text at its offsets): then JSON carries it.
 */
export function encodeFound(pieces: readonly FoundPiece[], text: string): Int32Array | undefined {
  const out: number[] = [];
  for (const { region, found } of pieces) {
    out.push(region.start, region.end, found.length);
    for (const claim of found) {
      const { start, end, content, source, cue, hedges, commitment, kind } = claim;
      if (Object.keys(claim).length !== ATTRIBUTION_FIELDS || !isPlain(content, text)) return undefined;
      if ((source && !isPlain(source, text)) || (cue && !isPlain(cue, text)) || !hedges.every((hedge) => isPlain(hedge, text))) return undefined;
      const commitmentIndex = COMMITMENTS.indexOf(commitment);
      const kindIndex = CLAIM_KINDS.indexOf(kind);
      if (commitmentIndex < 0 || kindIndex < 0) return undefined;
      out.push(start, end, content.start, content.end, source?.start ?? NONE, source?.end ?? NONE, cue?.start ?? NONE, cue?.end ?? NONE);
      out.push(commitmentIndex, kindIndex, hedges.length);
      for (const hedge of hedges) out.push(hedge.start, hedge.end);
    }
  }
  return Int32Array.from(out);
}

/** The pieces `encodeFound` encoded from `text`, as they were. */
export function decodeFound(data: Int32Array, text: string): FoundPiece[] {
  const span = (start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });
  const pieces: FoundPiece[] = [];
  let at = 0;
  while (at < data.length) {
    const region = { start: data[at], end: data[at + 1] };
    const count = data[at + 2];
    at += 3;
    const found: Attribution[] = [];
    for (let i = 0; i < count; i++) {
      const claim: Attribution = {
        start: data[at],
        end: data[at + 1],
        content: span(data[at + 2], data[at + 3]),
        source: data[at + 4] === NONE ? null : span(data[at + 4], data[at + 5]),
        cue: data[at + 6] === NONE ? null : span(data[at + 6], data[at + 7]),
        hedges: [],
        commitment: COMMITMENTS[data[at + 8]],
        kind: CLAIM_KINDS[data[at + 9]],
      };
      const hedgeCount = data[at + 10];
      at += 11;
      for (let h = 0; h < hedgeCount; h++, at += 2) claim.hedges.push(span(data[at], data[at + 1]));
      found.push(claim);
    }
    pieces.push({ region, found });
  }
  return pieces;
}
