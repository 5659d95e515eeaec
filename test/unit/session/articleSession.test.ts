// Specification of an article session: when its sidecar is written, against which text, and what happens when the file changes behind it.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../../src/core/detect';
import type { Attribution } from '../../../src/core/detect/types';
import { addManualClaim, updateClaim } from '../../../src/core/model/annotations';
import type { Sidecar } from '../../../src/core/model/types';
import { resolveSourceSpans } from '../../../src/core/resolve';
import { sourcesToResolve } from '../../../src/core/resolve/claims';
import { onlyMoved } from '../../../src/core/session/types';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar';
import { NOW, SessionWorld } from './sessionWorld';

const QUOTE = 'the talks had failed';
const TEXT = `Officials in Seoul said that ${QUOTE}.\n\nThe weather was mild.\n`;

function markQuote(sidecar: Sidecar, text: string, quote = QUOTE): Sidecar {
  const start = text.indexOf(quote);
  return addManualClaim(sidecar, text, start, start + quote.length, NOW).sidecar;
}

function shiftAttribution(a: Attribution, by: number): Attribution {
  const move = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: span.start + by, end: span.end + by });
  return { ...a, start: a.start + by, end: a.end + by, content: move(a.content), source: a.source && move(a.source), cue: a.cue && move(a.cue), hedges: a.hedges.map(move) };
}

function onDisk(world: SessionWorld): Sidecar {
  const parsed = parseSidecar(world.sidecarFile ?? '', 'article.txt.claims.json');
  assert.ok(parsed.ok, 'the sidecar on disk can be read');
  return parsed.sidecar;
}

/** A world whose article already has a sidecar with QUOTE marked, written by the session. */
async function annotatedWorld(): Promise<{ world: SessionWorld; id: string }> {
  const world = new SessionWorld(TEXT);
  world.dispatch({ kind: 'edit', change: markQuote });
  await world.settle();
  return { world, id: world.sidecar.claims[0].id };
}

function noteOn(id: string, note: string) {
  return { kind: 'edit' as const, change: (sidecar: Sidecar) => updateClaim(sidecar, id, { note }, NOW) };
}

describe('article session', () => {
  describe('writing the sidecar', () => {
    it('writes an annotation edit at once when the editor shows the saved text, checked against that text', async () => {
      const world = new SessionWorld(TEXT);
      world.dispatch({ kind: 'edit', change: markQuote });
      assert.deepEqual(
        world.queue.map((effect) => (effect.kind === 'write' ? effect.against : effect.kind)),
        [TEXT],
      );
      await world.settle();
      assert.equal(onDisk(world).claims[0].target.exact, QUOTE);
    });

    it('writes nothing for an article that has only detector suggestions', async () => {
      const world = new SessionWorld(TEXT);
      world.dispatch({ kind: 'detected', found: [], region: { start: 0, end: TEXT.length }, text: TEXT, now: NOW });
      world.save();
      await world.settle();
      assert.equal(world.sidecarFile, undefined);
    });

    it('keeps annotation edits made during unsaved text changes until the article is saved', async () => {
      const { world, id } = await annotatedWorld();
      const before = world.sidecarFile;
      world.type([{ start: 0, end: 0, newText: 'Breaking: ' }]);
      world.dispatch(noteOn(id, 'checked'));
      await world.settle();
      assert.equal(world.sidecarFile, before);
      world.save();
      await world.settle();
      const claim = onDisk(world).claims[0];
      assert.equal(claim.note, 'checked');
      assert.equal(world.articleFile?.slice(claim.target.start, claim.target.end), QUOTE);
    });

    it('writes waiting edits when undo or revert brings back the saved text', async () => {
      const { world, id } = await annotatedWorld();
      world.type([{ start: 0, end: 0, newText: 'Breaking: ' }]);
      world.dispatch(noteOn(id, 'checked'));
      world.revert();
      await world.settle();
      assert.equal(onDisk(world).claims[0].note, 'checked');
    });

    it('does not write when the article file on disk no longer holds the text the offsets belong to', async () => {
      const { world, id } = await annotatedWorld();
      const before = world.sidecarFile;
      world.dispatch(noteOn(id, 'checked'));
      world.articleFile = `Rewritten elsewhere. ${TEXT}`;
      await world.settle();
      assert.equal(world.sidecarFile, before);
    });

    it('records the offsets and fingerprint of the saved text after typing above a claim and saving', async () => {
      const { world } = await annotatedWorld();
      world.type([{ start: 0, end: 0, newText: 'Update 😀\n' }]);
      world.save();
      await world.settle();
      const written = onDisk(world);
      assert.equal(world.articleFile?.slice(written.claims[0].target.start, written.claims[0].target.end), QUOTE);
      assert.equal(written.document.length, world.articleFile?.length);
    });

    it('tells the reader when a write fails and keeps the edit to write again', async () => {
      const { world, id } = await annotatedWorld();
      world.dispatch(noteOn(id, 'checked'));
      world.queue.length = 0;
      world.dispatch({ kind: 'writeFailed', message: 'disk full' });
      assert.deepEqual(world.told.at(-1), { kind: 'writeFailed', message: 'disk full' });
      world.save();
      await world.settle();
      assert.equal(onDisk(world).claims[0].note, 'checked');
    });
  });

  describe('a sidecar changed on disk', () => {
    it('takes the file as it is when no annotation edit waits', async () => {
      const { world, id } = await annotatedWorld();
      const changed = onDisk(world);
      world.sidecarFile = serializeSidecar({ ...changed, claims: changed.claims.map((c) => ({ ...c, note: 'from the desk' })) });
      world.dispatch({ kind: 'sidecarChanged' });
      await world.settle();
      assert.equal(world.sidecar.claims.find((c) => c.id === id)?.note, 'from the desk');
      assert.equal(world.announced.at(-1)?.changed, 'all');
    });

    it('ignores the echo of its own write', async () => {
      const { world } = await annotatedWorld();
      const announcements = world.announced.length;
      world.dispatch({ kind: 'sidecarChanged' });
      await world.settle();
      assert.equal(world.announced.length, announcements);
    });

    it('merges the file with waiting edits instead of overwriting it, and names the claims that clashed', async () => {
      const { world, id } = await annotatedWorld();
      world.type([{ start: 0, end: 0, newText: 'Breaking: ' }]);
      world.dispatch(noteOn(id, 'mine'));
      const disk = onDisk(world);
      world.sidecarFile = serializeSidecar({ ...disk, claims: disk.claims.map((c) => ({ ...c, note: 'theirs' })) });
      world.save();
      await world.settle();
      assert.equal(onDisk(world).claims[0].note, 'theirs');
      const conflicts = world.told.find((m) => m.kind === 'conflicts');
      assert.deepEqual(conflicts?.kind === 'conflicts' ? conflicts.conflicts.map((c) => [c.id, c.kept]) : [], [[id, 'disk']]);
    });

    it('keeps a claim added here when the file gained other claims meanwhile', async () => {
      const { world } = await annotatedWorld();
      world.type([{ start: 0, end: 0, newText: 'Breaking: ' }]);
      world.dispatch({ kind: 'edit', change: (sidecar, text) => markQuote(sidecar, text, 'The weather was mild') });
      const disk = onDisk(world);
      const withTheirs = markQuote(disk, TEXT, 'Officials in Seoul');
      world.sidecarFile = serializeSidecar(withTheirs);
      world.save();
      await world.settle();
      assert.deepEqual(onDisk(world).claims.map((c) => c.target.exact).sort(), ['Officials in Seoul', QUOTE, 'The weather was mild'].sort());
    });
  });

  describe('a sidecar changed while it is being written', () => {
    it('merges a change made between the comparison and the replace instead of overwriting it', async () => {
      const { world, id } = await annotatedWorld();
      world.beforeReplace = () => {
        world.sidecarFile = serializeSidecar(markQuote(onDisk(world), TEXT, 'Officials in Seoul'));
      };
      world.dispatch(noteOn(id, 'mine'));
      await world.settle();
      assert.deepEqual(
        onDisk(world).claims.map((c) => [c.target.exact, c.note]).sort(),
        [['Officials in Seoul', ''], [QUOTE, 'mine']],
      );
    });

    it('writes its edit when the file was only touched between the comparison and the replace', async () => {
      const { world, id } = await annotatedWorld();
      world.beforeReplace = () => {
        world.sidecarFile = world.sidecarFile;
      };
      world.dispatch(noteOn(id, 'mine'));
      await world.settle();
      assert.equal(onDisk(world).claims[0].note, 'mine');
    });
  });

  describe('a sidecar that cannot be read', () => {
    const CORRUPT = '{ "version": 1, "claims": [';

    it('refuses annotation edits and says why', async () => {
      const world = new SessionWorld(TEXT, CORRUPT);
      world.dispatch({ kind: 'edit', change: markQuote });
      assert.equal(world.sidecar.claims.length, 0);
      assert.equal(world.told.at(-1)?.kind, 'editRefused');
    });

    it('is never written, through edits and saves of the article', async () => {
      const world = new SessionWorld(TEXT, CORRUPT);
      world.dispatch({ kind: 'edit', change: markQuote });
      world.type([{ start: 0, end: 0, newText: 'More\n' }]);
      world.save();
      await world.settle();
      assert.equal(world.sidecarFile, CORRUPT);
    });

    it('holds edits waiting when the file broke, and merges them once it is fixed', async () => {
      const { world, id } = await annotatedWorld();
      const good = world.sidecarFile;
      world.type([{ start: 0, end: 0, newText: 'Breaking: ' }]);
      world.dispatch(noteOn(id, 'kept'));
      world.sidecarFile = `<<<<<<< HEAD\n${good}`;
      world.dispatch({ kind: 'sidecarChanged' });
      await world.settle();
      assert.equal(world.state.status.kind, 'unreadable');
      assert.deepEqual(world.told.at(-1), { kind: 'unreadable', message: world.state.status.kind === 'unreadable' ? world.state.status.message : '', keptEdits: true });
      world.sidecarFile = good;
      world.dispatch({ kind: 'sidecarChanged' });
      world.save();
      await world.settle();
      assert.equal(onDisk(world).claims[0].note, 'kept');
    });
  });

  describe('closing', () => {
    it('writes edits the text never got saved with against the saved file, re-anchored to it', async () => {
      const { world, id } = await annotatedWorld();
      world.type([{ start: 0, end: 0, newText: 'Unsaved lead. ' }]);
      world.dispatch(noteOn(id, 'late'));
      world.close();
      await world.settle();
      const claim = onDisk(world).claims[0];
      assert.equal(claim.note, 'late');
      assert.equal(TEXT.slice(claim.target.start, claim.target.end), QUOTE);
      assert.equal(world.ended, true);
    });

    it('keeps the edits for a new name when the article file is gone (a rename)', async () => {
      const { world, id } = await annotatedWorld();
      world.type([{ start: 0, end: 0, newText: 'x' }]);
      world.dispatch(noteOn(id, 'late'));
      world.articleFile = undefined;
      world.close();
      await world.settle();
      assert.equal(world.carried, true);
    });

    it('ends at once when nothing waits to be written', async () => {
      const { world } = await annotatedWorld();
      world.close();
      assert.equal(world.ended, true);
      assert.equal(world.queue.length, 0);
    });
  });

  describe('following the text', () => {
    it('announces claims far from an edit as only moved, with the edit', async () => {
      const { world } = await annotatedWorld();
      world.type([{ start: TEXT.length - 1, end: TEXT.length - 1, newText: ' More.' }]);
      const change = world.announced.at(-1);
      assert.ok(change && onlyMoved(change));
      assert.deepEqual(change.edits, [{ start: TEXT.length - 1, end: TEXT.length - 1, newText: ' More.' }]);
    });

    it('announces a claim whose text was typed into as changed', async () => {
      const { world, id } = await annotatedWorld();
      const inside = TEXT.indexOf('talks');
      world.type([{ start: inside, end: inside, newText: 'peace ' }]);
      const change = world.announced.at(-1);
      assert.deepEqual(change?.changed, new Set([id]));
      assert.equal(world.sidecar.claims[0].target.exact, 'the peace talks had failed');
    });

    it('counts detector suggestions as no annotation edit of the reader', async () => {
      const world = new SessionWorld(TEXT);
      const start = TEXT.indexOf(QUOTE);
      const found = [{ start, end: start + QUOTE.length, source: null, cue: null, content: { start, end: start + QUOTE.length, text: QUOTE }, hedges: [], commitment: 'certain' as const, kind: 'statement' as const }];
      world.dispatch({ kind: 'detected', found, region: { start: 0, end: TEXT.length }, text: TEXT, now: NOW });
      assert.equal(world.sidecar.claims.length, 1);
      assert.equal(world.state.revision, 0);
      assert.equal(world.queue.length, 0);
    });

    it('works out who the sources stand for over the whole article once detection has read it, as no edit of the reader', () => {
      const text = 'Prime Minister John Key visited Canberra.\n\nKey said the talks had gone well.\n';
      const world = new SessionWorld(text);
      const second = text.indexOf('Key said');
      // What reading the second paragraph alone finds: a source "Key" that refers to nothing in that paragraph.
      const found = detectAttributions(text.slice(second)).map((a) => shiftAttribution(a, second));
      world.dispatch({ kind: 'detected', found, region: { start: second, end: text.length }, text, now: NOW });
      const before = world.sidecar.claims[0].source;
      world.dispatch({ kind: 'resolveSources' });
      const after = world.sidecar.claims[0].source;
      assert.deepEqual([before?.refersTo, after?.refersTo?.text], [undefined, 'Prime Minister John Key']);
      assert.deepEqual(world.announced.at(-1)?.changed, new Set([world.sidecar.claims[0].id]));
      assert.equal(world.state.revision, 0);
    });

    /** A session holding a claim "Key said…" found in its paragraph alone, and who "Key" stands for, worked out as a worker thread would. */
    function keyResolvedElsewhere() {
      const text = 'Prime Minister John Key visited Canberra.\n\nKey said the talks had gone well.\n';
      const world = new SessionWorld(text);
      const second = text.indexOf('Key said');
      const found = detectAttributions(text.slice(second)).map((a) => shiftAttribution(a, second));
      world.dispatch({ kind: 'detected', found, region: { start: second, end: text.length }, text, now: NOW });
      const { placed, contents } = sourcesToResolve(world.sidecar);
      const refersTo = resolveSourceSpans(text, placed.map((claim) => claim.source), { contents });
      return { world, of: world.state.annotations, refersTo };
    }

    it('takes who the sources stand for as worked out elsewhere for the annotations as they are', () => {
      const { world, of, refersTo } = keyResolvedElsewhere();
      world.dispatch({ kind: 'sourcesResolved', of, refersTo });
      assert.equal(world.sidecar.claims[0].source?.refersTo?.text, 'Prime Minister John Key');
      assert.deepEqual(world.announced.at(-1)?.changed, new Set([world.sidecar.claims[0].id]));
      assert.equal(world.state.revision, 0);
    });

    it('drops who the sources stand for as worked out elsewhere once the annotations changed since', () => {
      const { world, of, refersTo } = keyResolvedElsewhere();
      world.type([{ start: 0, end: 0, newText: 'Canberra. ' }]);
      world.dispatch({ kind: 'sourcesResolved', of, refersTo });
      assert.equal(world.sidecar.claims[0].source?.refersTo, undefined);
    });
  });
});
