// Properties of an article session over random sequences of typing, saving, annotating, other programs changing the sidecar, and file effects performed late.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { addManualClaim, updateClaim } from '../../../src/core/model/annotations';
import type { Sidecar } from '../../../src/core/model/types';
import { parseSidecar, serializeSidecar, textHash } from '../../../src/core/sidecar';
import { NOW, SessionWorld } from '../session/sessionWorld';
import { articleArb, eventArb, toEdits } from './arbitraries';

const RUNS = { numRuns: 300 };
const CORRUPT = '<<<<<<< HEAD\n{ "version": 1';

type Action =
  | { kind: 'type'; raw: [number, number, string][] }
  | { kind: 'save' }
  | { kind: 'revert' }
  | { kind: 'mark'; at: number; length: number }
  | { kind: 'note'; pick: number }
  | { kind: 'theirNote'; pick: number }
  | { kind: 'theirCorruption' }
  | { kind: 'theirRepair' }
  | { kind: 'theirDeletion' }
  | { kind: 'watcher' }
  | { kind: 'perform'; count: number };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: eventArb.map((raw): Action => ({ kind: 'type', raw })) },
  { weight: 2, arbitrary: fc.constant<Action>({ kind: 'save' }) },
  { weight: 1, arbitrary: fc.constant<Action>({ kind: 'revert' }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('mark' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('note' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('theirNote' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant<Action>({ kind: 'theirCorruption' }) },
  { weight: 1, arbitrary: fc.constant<Action>({ kind: 'theirRepair' }) },
  { weight: 1, arbitrary: fc.constant<Action>({ kind: 'theirDeletion' }) },
  { weight: 2, arbitrary: fc.constant<Action>({ kind: 'watcher' }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('perform' as const), count: fc.integer({ min: 1, max: 3 }) }) },
);

function readable(content: string | undefined): Sidecar | undefined {
  if (content === undefined) return undefined;
  const parsed = parseSidecar(content, 'article.txt.claims.json');
  return parsed.ok ? parsed.sidecar : undefined;
}

/** The note each claim should end with: set by the reader (`ours`) or by another program (`theirs`), the latest winning. */
type Expected = Map<string, { note: string | undefined; by: 'ours' | 'theirs' }>;

/** Runs the actions; returns the world and the notes expected, given who wrote last. */
async function play(text: string, actions: readonly Action[]): Promise<{ world: SessionWorld; expected: Expected; lastGood: string | undefined }> {
  const world = new SessionWorld(text);
  const expected: Expected = new Map();
  let lastGood: string | undefined;
  let notes = 0;
  for (const action of actions) {
    switch (action.kind) {
      case 'type':
        world.type(toEdits(action.raw, world.text.length));
        break;
      case 'save':
        world.save();
        break;
      case 'revert':
        world.revert();
        break;
      case 'mark': {
        const start = action.at % (world.text.length + 1);
        const end = Math.min(world.text.length, start + action.length);
        if (end <= start || world.text.slice(start, end).trim() === '' || world.state.status.kind !== 'ok') break;
        const before = new Set(world.sidecar.claims.map((c) => c.id));
        world.dispatch({ kind: 'edit', change: (sidecar, current) => addManualClaim(sidecar, current, start, end, NOW).sidecar });
        for (const claim of world.sidecar.claims) if (!before.has(claim.id)) expected.set(claim.id, { note: '', by: 'ours' });
        break;
      }
      case 'note': {
        const claims = world.sidecar.claims;
        if (claims.length === 0 || world.state.status.kind !== 'ok') break;
        const id = claims[action.pick % claims.length].id;
        const note = `ours ${++notes}`;
        world.dispatch({ kind: 'edit', change: (sidecar) => updateClaim(sidecar, id, { note }, NOW) });
        expected.set(id, { note, by: 'ours' });
        break;
      }
      case 'theirNote': {
        const disk = readable(world.sidecarFile);
        if (!disk || disk.claims.length === 0) break;
        const id = disk.claims[action.pick % disk.claims.length].id;
        const note = `theirs ${++notes}`;
        world.sidecarFile = serializeSidecar({ ...disk, claims: disk.claims.map((c) => (c.id === id ? { ...c, note } : c)) });
        expected.set(id, { note, by: 'theirs' });
        break;
      }
      case 'theirCorruption':
        if (readable(world.sidecarFile)) lastGood = world.sidecarFile;
        if (world.sidecarFile !== undefined) world.sidecarFile = CORRUPT;
        break;
      case 'theirRepair':
        if (world.sidecarFile === CORRUPT) world.sidecarFile = lastGood;
        break;
      case 'theirDeletion': {
        const disk = readable(world.sidecarFile);
        if (!disk) break;
        for (const claim of disk.claims) expected.set(claim.id, { note: undefined, by: 'theirs' });
        world.sidecarFile = undefined;
        break;
      }
      case 'watcher':
        world.dispatch({ kind: 'sidecarChanged' });
        break;
      case 'perform':
        for (let i = 0; i < action.count; i++) await world.performNext();
        break;
    }
  }
  return { world, expected, lastGood };
}

/** Ends the story: a broken sidecar is fixed (its last readable content restored), the watcher reports it, the article is saved, every effect performed. */
async function finish(world: SessionWorld, lastGood: string | undefined): Promise<void> {
  if (world.sidecarFile === CORRUPT) world.sidecarFile = lastGood;
  world.dispatch({ kind: 'sidecarChanged' });
  await world.settle();
  world.save();
  await world.settle();
}

function clashed(world: SessionWorld): Set<string> {
  return new Set(world.told.flatMap((m) => (m.kind === 'conflicts' ? m.conflicts.map((c) => c.id) : [])));
}

describe('article session properties', () => {
  it('writes offsets only against the article text on disk, and never over a sidecar it cannot read', async () => {
    await fc.assert(
      fc.asyncProperty(articleArb, fc.array(actionArb, { maxLength: 40 }), async (text, actions) => {
        const { world, lastGood } = await play(text, actions);
        await finish(world, lastGood);
        for (const write of world.writes) {
          assert.notEqual(write.replaced, CORRUPT, 'a sidecar that cannot be read was overwritten');
          const sidecar = readable(write.content);
          assert.ok(sidecar, 'every write can be read back');
          assert.equal(sidecar.document.hash, textHash(write.articleOnDisk ?? ''), 'written against the text on disk');
          for (const claim of sidecar.claims.filter((c) => !c.orphan)) {
            assert.equal(write.articleOnDisk?.slice(claim.target.start, claim.target.end), claim.target.exact);
          }
        }
      }),
      RUNS,
    );
  });

  it('loses no note: each claim ends with the latest note given to it, unless a clash with the disk was reported', async () => {
    await fc.assert(
      fc.asyncProperty(articleArb, fc.array(actionArb, { maxLength: 40 }), async (text, actions) => {
        const { world, expected, lastGood } = await play(text, actions);
        await finish(world, lastGood);
        const clashes = clashed(world);
        const disk = readable(world.sidecarFile);
        for (const [id, { note, by }] of expected) {
          if (clashes.has(id)) continue;
          const inMemory = world.sidecar.claims.find((c) => c.id === id);
          if (note === undefined) {
            assert.equal(inMemory, undefined, `claim ${id} deleted on disk came back`);
            continue;
          }
          assert.equal(inMemory?.note, note, `claim ${id} in memory has the note ${by} gave last`);
          assert.equal(disk?.claims.find((c) => c.id === id)?.note, note, `claim ${id} on disk has the note ${by} gave last`);
        }
      }),
      RUNS,
    );
  });

  it('writes the edits of an article closed unsaved against the saved file, losing none', async () => {
    await fc.assert(
      fc.asyncProperty(articleArb, fc.array(actionArb, { maxLength: 30 }), async (text, actions) => {
        const { world, expected } = await play(text, actions.filter((a) => !a.kind.startsWith('their')));
        world.close();
        await world.settle();
        const disk = readable(world.sidecarFile);
        for (const [id, { note }] of expected) {
          const claim = disk?.claims.find((c) => c.id === id);
          assert.equal(claim?.note, note);
          if (claim && !claim.orphan) assert.equal(world.articleFile?.slice(claim.target.start, claim.target.end), claim.target.exact);
        }
        assert.equal(world.ended, true);
      }),
      RUNS,
    );
  });
});
