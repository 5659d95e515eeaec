// One article's annotations as a pure reducer: events (text edited, annotations edited, sidecar read, saved, closed…) in; the new state and the effects to perform (write this, read that, tell the reader, detect) out.
import { reanchor } from '../anchor/reanchor';
import { wholeText } from '../anchor/textView';
import { emptySidecar, mergeDetections } from '../model/annotations';
import { mergeSidecars } from '../model/merge';
import { resolveClaimSources, sourcesToResolve, withResolvedSources } from '../resolve/claims';
import type { Sidecar } from '../model/types';
import { parseSidecar } from '../sidecar/validate';
import { annotationsOf, sidecarOf } from './annotations';
import { followTextChange } from './followText';
import {
  type ArticleFileRead,
  type ChangedClaims,
  type ClaimsChange,
  NOTHING_CHANGED,
  rawOf,
  type SessionEffect,
  type SessionEnvironment,
  type SessionEvent,
  type SessionState,
  type SessionStep,
  type SidecarRead,
} from './types';
import { hasUserWork } from './userWork';

/*
 * The rules, in one place:
 * - Annotation edits are written at once when the editor's text is the saved file's (checked against the file before
 *   writing), else when the article is saved; offsets are never written against any other text.
 * - A sidecar is never overwritten unseen: a write first compares the file with what the session last read or wrote,
 *   and a file that changed is read and merged (three-way, by id) with the edits not yet written.
 * - A sidecar that cannot be read is never written; edits are refused while it is so, and edits waiting when it broke
 *   are kept to be merged once it can be read again.
 * - Detector suggestions alone never create a sidecar file; one thing the reader made does.
 * - Edits the editor's text never got (the article closed unsaved) are written against the saved file's text.
 */

const ALL: ClaimsChange = { edits: [], changed: 'all', rangesFollowEdits: false };

function announce(changed: ChangedClaims, edits: ClaimsChange['edits'] = [], rangesFollowEdits = false): SessionEffect {
  return { kind: 'announce', change: changed === 'all' && edits.length === 0 ? ALL : { edits, changed, rangesFollowEdits } };
}

/**
 * An article's annotations before it has any. The document record of annotations in memory is not read (it is written
 * afresh with every write), so it is left empty rather than fingerprinting a long article when it opens.
 */
function noAnnotations(file: string): Sidecar {
  return emptySidecar(file, '');
}

function hasUnsavedEdits(state: SessionState): boolean {
  return state.revision > state.savedRevision;
}

/** An article keeps its sidecar file once it has one; otherwise only annotations the reader made create it. */
function deservesFile(state: SessionState): boolean {
  return state.disk !== undefined || hasUserWork(state.annotations);
}

function statusAfterRead(state: SessionState, read: SidecarRead): SessionState['status'] {
  if (read.kind === 'unreadable') return { kind: 'unreadable', message: read.message };
  return state.readonlyReason === undefined ? { kind: 'ok' } : { kind: 'readonly', message: state.readonlyReason };
}

/** The sidecar the session last read or wrote (and could read): what both the editor and the disk side started from. */
function baseOf(state: SessionState): Sidecar {
  if (state.heldBase) return state.heldBase;
  const parsed = state.disk === undefined ? undefined : parseSidecar(state.disk, state.sidecarFile);
  return parsed?.ok ? parsed.sidecar : noAnnotations(state.file);
}

/** The write of the current annotations, if they deserve a file and the text they are anchored to may be the saved one. */
function writeNow(state: SessionState, env: SessionEnvironment): SessionEffect[] {
  if (state.status.kind !== 'ok' || !deservesFile(state) || env.dirty) return [];
  const text = wholeText(env.text);
  return [{ kind: 'write', file: state.file, sidecar: sidecarOf(state.annotations), revision: state.revision, against: text }];
}

/** Replaces the annotations with what was read (the file wins; used when no edits are waiting). */
function applyRead(state: SessionState, read: SidecarRead, env: SessionEnvironment): SessionStep {
  const text = wholeText(env.text);
  const status = statusAfterRead(state, read);
  const base = { ...state, status, disk: rawOf(read), heldBase: undefined, revision: state.savedRevision };
  if (read.kind === 'unreadable') {
    const next = { ...base, annotations: annotationsOf(noAnnotations(state.file)) };
    return { state: next, effects: [{ kind: 'tell', message: { kind: 'unreadable', message: read.message, keptEdits: false } }, { kind: 'detection', run: false }] };
  }
  const sidecar = read.kind === 'ok' ? reanchor(read.sidecar, text) : noAnnotations(state.file);
  const detect = env.detectOnLoad && !state.closed;
  return { state: { ...base, annotations: annotationsOf(sidecar) }, effects: [{ kind: 'tell', message: { kind: 'readable' } }, { kind: 'detection', run: detect }] };
}

/** A sidecar that broke on disk refuses edits as any unreadable one, but the edits not yet written stay, to be merged later. */
function holdEdits(state: SessionState, read: Extract<SidecarRead, { kind: 'unreadable' }>): SessionStep {
  const next: SessionState = {
    ...state,
    heldBase: baseOf(state),
    status: { kind: 'unreadable', message: read.message },
    disk: read.raw,
  };
  return { state: next, effects: [{ kind: 'tell', message: { kind: 'unreadable', message: read.message, keptEdits: true } }] };
}

/** The edits not yet written stay unsaved on top of the file's new content, and are written at once if the text allows. */
function applyMerge(state: SessionState, read: Exclude<SidecarRead, { kind: 'unreadable' }>, env: SessionEnvironment): SessionStep {
  const text = wholeText(env.text);
  const theirs = read.kind === 'ok' ? read.sidecar : noAnnotations(state.file);
  const merged = mergeSidecars(baseOf(state), sidecarOf(state.annotations), theirs, text);
  const next: SessionState = { ...state, annotations: annotationsOf(merged.sidecar), heldBase: undefined, status: statusAfterRead(state, read), disk: rawOf(read) };
  const effects: SessionEffect[] = [{ kind: 'tell', message: { kind: 'readable' } }];
  if (merged.conflicts.length > 0) effects.push({ kind: 'tell', message: { kind: 'conflicts', conflicts: merged.conflicts } });
  // The merge leaves out suggestions only this window's detector made; reading the article again brings them back.
  if (!state.closed) effects.push({ kind: 'detection', run: env.detectOnLoad });
  effects.push(...writeNow(next, env));
  return { state: next, effects };
}

/** The sidecar as now on disk: taken as it is, merged with the edits not yet written, or holding them while it is broken. */
function sidecarRead(state: SessionState, read: SidecarRead, env: SessionEnvironment): SessionStep {
  if (rawOf(read) === state.disk) return { state, effects: [] };
  let step: SessionStep;
  if (!hasUnsavedEdits(state) || state.readonlyReason !== undefined) step = applyRead(state, read, env);
  else if (read.kind === 'unreadable' && state.closed) step = { state, effects: [{ kind: 'tell', message: { kind: 'heldEditsLost' } }, { kind: 'end' }] };
  else if (read.kind === 'unreadable') step = holdEdits(state, read);
  else step = applyMerge(state, read, env);
  return { state: step.state, effects: [...step.effects, announce('all')] };
}

function textChanged(state: SessionState, event: Extract<SessionEvent, { kind: 'textChanged' }>, env: SessionEnvironment): SessionStep {
  const effects: SessionEffect[] = [];
  let next = state;
  if (event.edits.length > 0) {
    const followed = followTextChange(state.annotations, event.edits, env.text, event.mayBeReload);
    next = { ...state, annotations: followed.annotations };
    effects.push(announce(followed.changed, followed.edits, followed.rangesFollow));
  }
  // Undo back to the saved text, a revert or a reload: the file may match the text again, so waiting edits can go out.
  if (!env.dirty && hasUnsavedEdits(next)) effects.push(...writeNow(next, env));
  return { state: next, effects };
}

/** Ids of the claims that are not the same objects in both lists: changed, added or removed. */
function changedIds(before: Sidecar, after: Sidecar): ChangedClaims {
  if (before.sources !== after.sources) return 'all';
  const old = new Map(before.claims.map((claim) => [claim.id, claim]));
  const changed = new Set<string>();
  for (const claim of after.claims) {
    if (old.get(claim.id) !== claim) changed.add(claim.id);
    old.delete(claim.id);
  }
  for (const id of old.keys()) changed.add(id);
  return changed;
}

function edit(state: SessionState, change: Extract<SessionEvent, { kind: 'edit' }>['change'], env: SessionEnvironment): SessionStep {
  if (state.status.kind !== 'ok') return { state, effects: [{ kind: 'tell', message: { kind: 'editRefused', status: state.status } }] };
  const before = sidecarOf(state.annotations);
  const sidecar = change(before, wholeText(env.text));
  if (sidecar === before) return { state, effects: [] };
  const next = { ...state, annotations: annotationsOf(sidecar), revision: state.revision + 1 };
  return { state: next, effects: [announce(changedIds(before, sidecar)), ...writeNow(next, env)] };
}

/** Merges what the detector found in one stretch, in time proportional to the stretch: only the claims touching it (and orphans) can change. */
function detected(state: SessionState, event: Extract<SessionEvent, { kind: 'detected' }>): SessionStep {
  if (state.status.kind !== 'ok' || state.closed) return { state, effects: [] };
  const { header, claims } = state.annotations;
  const before: Sidecar = { ...header, claims: [...claims.touching(event.region), ...claims.orphans] };
  const merged = mergeDetections(before, event.text, event.found, event.now, event.region, claims.idsInUse());
  const changed = changedIds(before, merged);
  if (changed !== 'all' && changed.size === 0) return { state, effects: [] };
  const annotations = { header, claims: claims.replaceTouching(event.region, merged.claims) };
  return { state: { ...state, annotations }, effects: [announce(changed)] };
}

/** The session with its sources resolved as `resolve` says, announcing the claims whose sources changed. */
function withSourcesResolved(state: SessionState, resolve: (before: Sidecar) => Sidecar): SessionStep {
  const before = sidecarOf(state.annotations);
  const sidecar = resolve(before);
  if (sidecar === before) return { state, effects: [] };
  return { state: { ...state, annotations: annotationsOf(sidecar) }, effects: [announce(changedIds(before, sidecar))] };
}

function resolveSources(state: SessionState, env: SessionEnvironment): SessionStep {
  if (state.status.kind !== 'ok' || state.closed) return { state, effects: [] };
  return withSourcesResolved(state, (before) => resolveClaimSources(before, wholeText(env.text)));
}

function sourcesResolved(state: SessionState, event: Extract<SessionEvent, { kind: 'sourcesResolved' }>): SessionStep {
  if (state.status.kind !== 'ok' || state.closed || state.annotations !== event.of) return { state, effects: [] };
  return withSourcesResolved(state, (before) => withResolvedSources(before, sourcesToResolve(before).placed, event.refersTo));
}

function written(state: SessionState, event: Extract<SessionEvent, { kind: 'written' }>): SessionStep {
  const next = { ...state, disk: event.content, savedRevision: Math.max(state.savedRevision, event.revision) };
  if (next.closed && !hasUnsavedEdits(next)) return { state: next, effects: [{ kind: 'end' }] };
  return { state: next, effects: [] };
}

function closed(state: SessionState): SessionStep {
  const next = { ...state, closed: true };
  const end: SessionEffect = { kind: 'end' };
  const effects: SessionEffect[] = [{ kind: 'detection', run: false }];
  if (!hasUnsavedEdits(state)) return { state: next, effects: [...effects, end] };
  if (state.status.kind === 'ok') return { state: next, effects: [...effects, { kind: 'readArticle' }] };
  if (state.heldBase) effects.push({ kind: 'tell', message: { kind: 'heldEditsLost' } });
  return { state: next, effects: [...effects, end] };
}

/** The closed article's saved text: its edits are anchored to it and written (a sidecar changed meanwhile is merged on the way). */
function articleRead(state: SessionState, read: ArticleFileRead): SessionStep {
  if (read.kind === 'missing') return { state, effects: [{ kind: 'carry' }] };
  if (read.kind !== 'ok' || !deservesFile(state)) return { state, effects: [{ kind: 'end' }] };
  const sidecar = reanchor(sidecarOf(state.annotations), read.text);
  const next = { ...state, annotations: annotationsOf(sidecar), savedText: read.text };
  return { state: next, effects: [{ kind: 'write', file: state.file, sidecar, revision: state.revision, against: read.text }] };
}

function carriedOver(state: SessionState, sidecar: Sidecar, env: SessionEnvironment): SessionStep {
  if (state.status.kind !== 'ok') return { state, effects: [] };
  const next = { ...state, annotations: annotationsOf(reanchor(sidecar, wholeText(env.text))), revision: state.revision + 1 };
  return { state: next, effects: [announce('all'), ...writeNow(next, env)] };
}

/** The session's next state and effects after `event`, given the editor's state (ignored once the article closed). */
export function reduceSession(state: SessionState, event: SessionEvent, editor: SessionEnvironment): SessionStep {
  const env = state.closed ? { text: state.savedText ?? '', dirty: false, detectOnLoad: false } : editor;
  switch (event.kind) {
    case 'textChanged':
      return textChanged(state, event, env);
    case 'edit':
      return edit(state, event.change, env);
    case 'detected':
      return detected(state, event);
    case 'resolveSources':
      return resolveSources(state, env);
    case 'sourcesResolved':
      return sourcesResolved(state, event);
    case 'saved':
      return { state, effects: writeNow(state, env) };
    case 'sidecarChanged':
      return { state, effects: [{ kind: 'readSidecar' }] };
    case 'sidecarRead':
      // A closed article's edits are anchored to its saved text once that is read; that write compares the sidecar then.
      if (state.closed && state.savedText === undefined) return { state, effects: [] };
      return sidecarRead(state, event.read, env);
    case 'written':
      return written(state, event);
    case 'writeFailed':
      return { state, effects: [{ kind: 'tell', message: { kind: 'writeFailed', message: event.message } }, ...(state.closed ? [{ kind: 'end' } as const] : [])] };
    case 'closed':
      return closed(state);
    case 'articleRead':
      return articleRead(state, event.read);
    case 'carriedOver':
      return carriedOver(state, event.sidecar, env);
  }
}

/**
 * A session for an article just opened, whose sidecar read as `read`. `readonlyReason` says why no sidecar can be
 * written beside the article (untitled, read-only file system), undefined when one can.
 */
export function openSession(
  names: { file: string; sidecarFile: string },
  read: SidecarRead,
  readonlyReason: string | undefined,
  env: SessionEnvironment,
): SessionStep {
  const blank: SessionState = {
    ...names,
    status: { kind: 'ok' },
    readonlyReason,
    annotations: annotationsOf(noAnnotations(names.file)),
    disk: undefined,
    heldBase: undefined,
    revision: 0,
    savedRevision: 0,
    closed: false,
  };
  const step = applyRead(blank, read, env);
  return { state: step.state, effects: [...step.effects, announce('all')] };
}

export { NOTHING_CHANGED };
