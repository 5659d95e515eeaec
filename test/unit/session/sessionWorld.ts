// A small world for article-session tests: an editor, an article file and a sidecar file, the session's file effects performed by the extension's own performers over a fake file access.
import type { TextEdit } from '../../../src/core/anchor';
import type { Sidecar } from '../../../src/core/model/types';
import { sidecarOf } from '../../../src/core/session/annotations';
import { openSession, reduceSession } from '../../../src/core/session/articleSession';
import type * as vscode from 'vscode';
import type { SessionEffect, SessionEnvironment, SessionEvent, SessionMessage, SessionState, SidecarRead } from '../../../src/core/session/types';
import type { FileAccess } from '../../../src/extension/store/fileAccess';
import { performReadArticle, performReadSidecar, performWrite } from '../../../src/extension/store/sessionEffects';
import { parseSidecar } from '../../../src/core/sidecar';

export const NOW = '2026-01-01T00:00:00.000Z';
const SIDECAR_FILE = 'article.txt.claims.json';

/** Stand-ins for the article's and the sidecar's URIs: the performers only pass them on and read their paths. */
function fakeUri(path: string): vscode.Uri {
  return { path, toString: () => path } as unknown as vscode.Uri;
}

const PLACE = { articleUri: fakeUri('/news/article.txt'), sidecarUri: fakeUri(`/news/${SIDECAR_FILE}`) };

function readOf(content: string | undefined): SidecarRead {
  if (content === undefined) return { kind: 'missing' };
  const parsed = parseSidecar(content, SIDECAR_FILE);
  return parsed.ok ? { kind: 'ok', sidecar: parsed.sidecar, raw: content } : { kind: 'unreadable', message: parsed.error, raw: content };
}

/** One write the session made, with the article file's text at that moment. */
export interface WriteSeen {
  content: string;
  articleOnDisk: string | undefined;
  /** The sidecar file's content right before it was replaced. */
  replaced: string | undefined;
}

export class SessionWorld {
  state: SessionState;
  /** What the editor shows, and whether it differs from the saved file. */
  text: string;
  dirty = false;
  /** The files on disk; undefined when missing. */
  articleFile: string | undefined;
  private sidecarContent: string | undefined;
  /** Counts the sidecar file's changes: its modification time, as its stamp reports it. */
  private sidecarChanges = 0;
  /** Runs once, in the next sidecar write, with the new content ready and the file not yet replaced. */
  beforeReplace: (() => void) | undefined;
  /** File effects waiting to be performed, in order (the extension's serial queue). */
  readonly queue: SessionEffect[] = [];
  readonly told: SessionMessage[] = [];
  readonly announced: Extract<SessionEffect, { kind: 'announce' }>['change'][] = [];
  readonly writes: WriteSeen[] = [];
  carried = false;
  ended = false;
  detecting = false;

  constructor(text: string, sidecar?: string, options: { readonlyReason?: string } = {}) {
    this.text = text;
    this.articleFile = text;
    this.sidecarContent = sidecar;
    const step = openSession({ file: 'article.txt', sidecarFile: SIDECAR_FILE }, readOf(sidecar), options.readonlyReason, this.env());
    this.state = step.state;
    this.take(step.effects);
  }

  get sidecarFile(): string | undefined {
    return this.sidecarContent;
  }

  /** Another program writes (or deletes) the sidecar. */
  set sidecarFile(content: string | undefined) {
    this.sidecarContent = content;
    this.sidecarChanges++;
  }

  /** The session's annotations as one sidecar. */
  get sidecar(): Sidecar {
    return sidecarOf(this.state.annotations);
  }

  env(): SessionEnvironment {
    return { text: this.text, dirty: this.dirty, detectOnLoad: true };
  }

  dispatch(event: SessionEvent): void {
    const step = reduceSession(this.state, event, this.env());
    this.state = step.state;
    this.take(step.effects);
  }

  private take(effects: readonly SessionEffect[]): void {
    for (const effect of effects) {
      switch (effect.kind) {
        case 'announce':
          this.announced.push(effect.change);
          break;
        case 'tell':
          this.told.push(effect.message);
          break;
        case 'carry':
          this.carried = true;
          this.ended = true;
          break;
        case 'end':
          this.ended = true;
          break;
        case 'detection':
          this.detecting = effect.run;
          break;
        default:
          this.queue.push(effect);
      }
    }
  }

  /** Types (or pastes, deletes) in the editor: `edits` are offsets into the text before them, not overlapping. */
  type(edits: readonly TextEdit[]): void {
    const sorted = [...edits].sort((a, b) => b.start - a.start);
    this.text = sorted.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), this.text);
    this.dirty = this.text !== this.articleFile;
    this.dispatch({ kind: 'textChanged', edits, mayBeReload: false });
  }

  save(): void {
    this.articleFile = this.text;
    this.dirty = false;
    this.dispatch({ kind: 'saved' });
  }

  /** Revert: the editor takes the saved file's text back, as one change that VS Code reports like a reload. */
  revert(): void {
    if (this.articleFile === undefined || this.text === this.articleFile) return;
    const edit = { start: 0, end: this.text.length, newText: this.articleFile };
    this.text = this.articleFile;
    this.dirty = false;
    this.dispatch({ kind: 'textChanged', edits: [edit], mayBeReload: true });
  }

  close(): void {
    this.dispatch({ kind: 'closed' });
  }

  /** The article and sidecar files as the extension's file access sees them. */
  private readonly files: FileAccess = {
    readText: async (uri) => {
      const text = uri === PLACE.articleUri ? this.articleFile : this.sidecarFile;
      return text === undefined ? { kind: 'missing' } : { kind: 'ok', text };
    },
    kindOf: async (uri) => ((uri === PLACE.articleUri ? this.articleFile : this.sidecarFile) === undefined ? 'missing' : 'file'),
    stamp: async (uri) => {
      const content = uri === PLACE.articleUri ? this.articleFile : this.sidecarFile;
      return content === undefined ? undefined : { mtime: uri === PLACE.articleUri ? 0 : this.sidecarChanges, size: content.length };
    },
    landing: async (uri) => uri,
    writeAtomically: async (uri, content, stillAsRead) => {
      if (uri !== PLACE.sidecarUri) throw new Error('the session writes its sidecar only');
      const meanwhile = this.beforeReplace;
      this.beforeReplace = undefined;
      meanwhile?.();
      if (stillAsRead && !(await stillAsRead())) return false;
      this.writes.push({ content, articleOnDisk: this.articleFile, replaced: this.sidecarFile });
      this.sidecarFile = content;
      return true;
    },
    rename: async () => {
      throw new Error('not used by a session');
    },
    delete: async () => {
      throw new Error('not used by a session');
    },
  };

  /** Performs the oldest waiting file effect with the extension's performers; false when none waits. */
  async performNext(): Promise<boolean> {
    const effect = this.queue.shift();
    if (effect === undefined) return false;
    // Writes queued before the session ended still go out (each checks the article text); reads of an ended session are dropped.
    if (this.ended && effect.kind !== 'write') return true;
    let event: SessionEvent | undefined;
    switch (effect.kind) {
      case 'readSidecar':
        event = await performReadSidecar(this.files, PLACE, () => this.state);
        break;
      case 'readArticle':
        event = await performReadArticle(this.files, PLACE);
        break;
      case 'write':
        event = (await performWrite(this.files, PLACE, effect, () => this.state)).event;
        break;
      default:
        throw new Error(`not a file effect: ${effect.kind}`);
    }
    if (event) this.dispatch(event);
    return true;
  }

  /** Performs file effects until none waits (each may queue more). */
  async settle(): Promise<void> {
    for (let guard = 0; await this.performNext(); guard++) {
      if (guard > 1000) throw new Error('the session keeps queueing file effects');
    }
  }
}
