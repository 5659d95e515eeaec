// Shared by the reliability suite: a scratch folder of articles, annotated and tagged through the real CLI and model.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { updateClaim, upsertSource, type ClaimPatch } from '../../../src/core/model/annotations';
import type { Sidecar } from '../../../src/core/model/types';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar';
import { claimlens } from '../support/cli';

export const ARTICLE =
  'Moscow, Nov 27.\n\nTass reported that the talks had failed after two days.\n\n' +
  'Analysts believe the move may shift regional dynamics.\n\nOfficials said the border would stay closed.\n';

export class Workspace {
  readonly root = mkdtempSync(path.join(tmpdir(), 'claimlens-reliability-'));

  path(relative: string): string {
    return path.join(this.root, relative);
  }

  write(relative: string, content: string | Buffer): string {
    const file = this.path(relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  }

  read(relative: string): string {
    return readFileSync(this.path(relative), 'utf8');
  }

  bytes(relative: string): Buffer {
    return readFileSync(this.path(relative));
  }

  sidecar(article: string): Sidecar {
    const parsed = parseSidecar(this.read(`${article}.claims.json`), article);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    return parsed.sidecar;
  }

  run(...args: string[]) {
    return claimlens(this.root, ...args);
  }

  /** Writes `article` and annotates it with the CLI; the suggestions it found are returned. */
  async annotated(article: string, text = ARTICLE): Promise<Sidecar> {
    this.write(article, text);
    const run = await this.run('annotate', article);
    assert.equal(run.code, 0, run.stderr);
    return this.sidecar(article);
  }

  /** Tags the claim whose quote contains `words` as a reader would in the editor, and saves the sidecar. */
  tag(article: string, words: string, patch: ClaimPatch & { sourceName?: string }, at = '2026-11-30T10:00:00.000Z'): void {
    let sidecar = this.sidecar(article);
    const claim = sidecar.claims.find((c) => c.target.exact.includes(words));
    assert.ok(claim, `no claim with "${words}"`);
    const { sourceName, ...fields } = patch;
    if (sourceName !== undefined) {
      const added = upsertSource(sidecar, { name: sourceName, aliases: [], kind: 'media', reliability: 'B', note: '' });
      sidecar = added.sidecar;
      fields.sourceId = added.source.id;
    }
    this.write(`${article}.claims.json`, serializeSidecar(updateClaim(sidecar, claim.id, fields, at)));
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
