// Merging imported annotations into an article's existing sidecar field by field: the reader's work is never replaced by an untouched suggestion or a newer timestamp.
import { sameSourceName } from '../model/sourceNames';
import { isUntouchedSuggestion } from '../model/annotations';
import { extensionFieldsOf } from '../model/extensionFields';
import { claimId, sourceId } from '../model/ids';
import type { Claim, ExtensionFields, Sidecar, Source } from '../model/types';
import { compareClaims, parseSidecar, serializeSidecar } from '../sidecar';
import { ClaimLookup } from './claimLookup';

/** A field both sides filled differently: the sidecar's value was kept, the import's is named so the reader can look. */
export interface ImportConflict {
  kind: 'claim' | 'source';
  /** What the reader knows it by: the claim's quote (shortened) or the source's name. */
  label: string;
  field: 'state' | 'source' | 'credibility' | 'note' | 'reliability' | 'kind';
  kept: string;
  offered: string;
}

/** What an import did to the sidecar, for the message after it. */
export interface ImportReport {
  /** Imported claims the sidecar did not have. */
  added: number;
  /** Claims of the sidecar that took something from the import: a field they left open, tags, a place for an orphan. */
  updated: number;
  /** Imported claims the sidecar already had, with nothing to add. */
  unchanged: number;
  conflicts: ImportConflict[];
}

export type ImportMerge = { ok: true; sidecar: Sidecar; report: ImportReport } | { ok: false; error: string };

const LABEL_LENGTH = 60;

function quoteLabel(claim: Claim): string {
  const quote = claim.target.exact.replace(/\s+/g, ' ').trim();
  return quote.length > LABEL_LENGTH ? `${quote.slice(0, LABEL_LENGTH - 1)}…` : quote;
}

/**
 * One field, both sides: an empty side takes the other's value; equal values are no news; different values keep the
 * sidecar's (the reader's current judgement — an import is never trusted over it, whatever its timestamps say).
 */
function mergeField<T>(kept: T, offered: T, empty: (value: T) => boolean, same: (a: T, b: T) => boolean): { value: T; changed: boolean; conflict: boolean } {
  if (empty(offered) || same(kept, offered)) return { value: kept, changed: false, conflict: false };
  if (empty(kept)) return { value: offered, changed: true, conflict: false };
  return { value: kept, changed: false, conflict: true };
}

const isNull = (value: unknown): boolean => value === null;
const isBlank = (value: string): boolean => value.trim() === '';
const equal = <T>(a: T, b: T): boolean => a === b;

/** Imported sources joined to the existing ones (same id and name, or same name or alias); returns how imported ids map. */
function mergeSources(existing: readonly Source[], imported: readonly Source[], conflicts: ImportConflict[]): { sources: Source[]; idMap: Map<string, string> } {
  const sources = existing.map((s) => ({ ...s, aliases: [...s.aliases] }));
  const idMap = new Map<string, string>();
  for (const source of imported) {
    const match =
      sources.find((s) => s.id === source.id && sameSourceName(s.name, source.name)) ??
      sources.find((s) => sameSourceName(s.name, source.name) || s.aliases.some((a) => sameSourceName(a, source.name)));
    if (!match) {
      const taken = new Set(sources.map((s) => s.id));
      const id = taken.has(source.id) ? sourceId(source.name, taken) : source.id;
      sources.push({ ...source, id, aliases: [...source.aliases] });
      idMap.set(source.id, id);
      continue;
    }
    idMap.set(source.id, match.id);
    const conflict = (field: ImportConflict['field'], kept: string, offered: string) =>
      conflicts.push({ kind: 'source', label: match.name, field, kept, offered });
    const reliability = mergeField(match.reliability, source.reliability, isNull, equal);
    if (reliability.conflict) conflict('reliability', String(match.reliability), String(source.reliability));
    match.reliability = reliability.value;
    const kind = mergeField(match.kind, source.kind, isNull, equal);
    if (kind.conflict) conflict('kind', String(match.kind), String(source.kind));
    match.kind = kind.value;
    const note = mergeField(match.note, source.note, isBlank, equal);
    if (note.conflict) conflict('note', match.note, source.note);
    match.note = note.value;
    match.aliases = [...new Set([...match.aliases, ...source.aliases])].filter((a) => !sameSourceName(a, match.name));
    // Fields of other tools the sidecar lacks come with the import; where both have one, the sidecar's stays.
    Object.assign(match, { ...extensionFieldsOf(source), ...extensionFieldsOf(match) });
  }
  return { sources, idMap };
}

function sourceName(sources: readonly Source[], id: string | null): string {
  return id === null ? 'none' : (sources.find((s) => s.id === id)?.name ?? id);
}

/** `kept` with what `incoming` adds field by field; `changed` when anything was taken. */
function mergeClaim(kept: Claim, incoming: Claim, sources: readonly Source[], conflicts: ImportConflict[]): { claim: Claim; changed: boolean } {
  const label = quoteLabel(kept);
  const conflict = (field: ImportConflict['field'], a: string, b: string) => conflicts.push({ kind: 'claim', label, field, kept: a, offered: b });
  // A suggestion is no judgement yet: a confirmation or rejection from either side fills it.
  const state = mergeField(kept.state, incoming.state, (s) => s === 'suggested', equal);
  if (state.conflict) conflict('state', kept.state, incoming.state);
  const source = mergeField(kept.sourceId, incoming.sourceId, isNull, equal);
  if (source.conflict) conflict('source', sourceName(sources, kept.sourceId), sourceName(sources, incoming.sourceId));
  const credibility = mergeField(kept.credibility, incoming.credibility, isNull, equal);
  if (credibility.conflict) conflict('credibility', String(kept.credibility), String(incoming.credibility));
  const note = mergeField(kept.note, incoming.note, isBlank, equal);
  if (note.conflict) conflict('note', kept.note, incoming.note);
  // A kind someone chose beats one the detector guessed; two different choices clash like any other field.
  const kindChosen = (c: Claim) => c.kind !== null && c.kindOrigin !== 'detected';
  const kind = kindChosen(incoming) && !kindChosen(kept)
    ? { value: incoming.kind, origin: incoming.kindOrigin, changed: incoming.kind !== kept.kind || incoming.kindOrigin !== kept.kindOrigin }
    : { value: kept.kind ?? incoming.kind, origin: kept.kind === null ? incoming.kindOrigin : kept.kindOrigin, changed: kept.kind === null && incoming.kind !== null };
  if (kindChosen(kept) && kindChosen(incoming) && kept.kind !== incoming.kind) conflict('kind', String(kept.kind), String(incoming.kind));
  const tags = [...new Set([...kept.tags, ...incoming.tags])];
  const extensions: ExtensionFields = { ...extensionFieldsOf(incoming), ...extensionFieldsOf(kept) };
  const placedNow = kept.orphan && !incoming.orphan;
  const changed =
    state.changed || source.changed || credibility.changed || note.changed || kind.changed || placedNow ||
    tags.length !== kept.tags.length || Object.keys(extensions).length !== Object.keys(extensionFieldsOf(kept)).length;
  if (!changed) return { claim: kept, changed: false };
  const place = placedNow
    ? { target: incoming.target, orphan: false, source: incoming.source, cue: incoming.cue, content: incoming.content, hedges: incoming.hedges }
    : {};
  return {
    claim: {
      ...kept,
      ...extensions,
      ...place,
      state: state.value,
      sourceId: source.value,
      credibility: credibility.value,
      note: note.value,
      kind: kind.value,
      kindOrigin: kind.origin,
      tags,
      modified: incoming.modified > kept.modified ? incoming.modified : kept.modified,
    },
    changed: true,
  };
}

/**
 * Merges `imported` into `existing`; both must be anchored to the same article text. A claim present on both sides is
 * merged field by field: what the sidecar leaves open (a suggestion's state, no source, no rating, no note) is filled
 * from the import, tags are joined, and where both hold different values the sidecar's is kept and the clash reported —
 * so a confirmed, tagged, rated or noted claim is never replaced by an untouched one, nor by a later `modified`. An
 * untouched detector suggestion takes the imported claim's id. Every other claim of either side is kept. The result is
 * checked against the sidecar validator; a merge it would refuse is returned as an error, never as a sidecar.
 */
export function mergeImported(existing: Sidecar, imported: Sidecar): ImportMerge {
  const conflicts: ImportConflict[] = [];
  const { sources, idMap } = mergeSources(existing.sources, imported.sources, conflicts);
  const claims = [...existing.claims];
  const lookup = new ClaimLookup(claims);
  const taken = new Set(claims.map((c) => c.id));
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, conflicts };
  const updated = new Set<number>();
  for (const original of imported.claims) {
    const incoming: Claim = { ...original, sourceId: original.sourceId === null ? null : (idMap.get(original.sourceId) ?? null) };
    const index = lookup.counterpart(incoming);
    if (index === -1) {
      const id = taken.has(incoming.id) ? claimId(`${incoming.target.start}:${incoming.target.end}:${incoming.target.exact}`, taken) : incoming.id;
      taken.add(id);
      claims.push({ ...incoming, id });
      lookup.add(claims[claims.length - 1], claims.length - 1);
      report.added++;
      continue;
    }
    const kept = claims[index];
    const merged = mergeClaim(kept, incoming, sources, conflicts);
    // A detector suggestion's id is made afresh on every run; the imported id is the one other files refer to.
    const adoptId = isUntouchedSuggestion(kept) && incoming.id !== kept.id && !taken.has(incoming.id);
    if (adoptId) {
      taken.delete(kept.id);
      taken.add(incoming.id);
    }
    lookup.remove(kept, index);
    claims[index] = adoptId ? { ...merged.claim, id: incoming.id } : merged.claim;
    lookup.add(claims[index], index);
    if (merged.changed || adoptId) updated.add(index);
    else report.unchanged++;
  }
  report.updated = updated.size;
  const sidecar: Sidecar = { ...extensionFieldsOf(imported), ...existing, document: imported.document, sources, claims: claims.sort(compareClaims) };
  const check = parseSidecar(serializeSidecar(sidecar), sidecar.document.file);
  if (!check.ok) return { ok: false, error: `the merged annotations would not be a valid sidecar (${check.error}); nothing was imported` };
  return { ok: true, sidecar, report };
}

/** One line for the reader: how many claims were added, filled in and already there, and how many clashes. */
export function describeImport(report: ImportReport): string {
  const parts = [`${report.added} added`, `${report.updated} filled in from the import`, `${report.unchanged} already there`];
  if (report.conflicts.length > 0) parts.push(`${report.conflicts.length} clash${report.conflicts.length === 1 ? '' : 'es'} (the sidecar’s value kept)`);
  return parts.join(', ');
}

/** One line per clash: `claim "KCNA reported…": note — kept "…", the import had "…"`. */
export function describeConflict(conflict: ImportConflict): string {
  const short = (value: string) => JSON.stringify(value.length > LABEL_LENGTH ? `${value.slice(0, LABEL_LENGTH - 1)}…` : value);
  return `${conflict.kind} "${conflict.label}": ${conflict.field} — kept ${short(conflict.kept)}, the import had ${short(conflict.offered)}`;
}
