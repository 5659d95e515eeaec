import * as assert from 'node:assert/strict';
import { movedRange, ShownRanges } from '../../../src/core/view/shownRanges';

const insert = (at: number, text: string) => ({ start: at, end: at, newText: text });
const UNKNOWN = { start: -1, end: -1 };

describe('highlights already on screen after an edit', () => {
  it('stay where they are when the edit comes after them', () => {
    assert.deepEqual(movedRange({ start: 10, end: 20 }, [insert(25, 'abc')]), { start: 10, end: 20 });
  });

  it('shift by the length change when the edit comes before them', () => {
    assert.deepEqual(movedRange({ start: 10, end: 20 }, [{ start: 2, end: 4, newText: 'abcde' }]), { start: 13, end: 23 });
  });

  it('grow or shrink at the end when the edit lies strictly inside them', () => {
    assert.deepEqual(movedRange({ start: 10, end: 20 }, [insert(15, 'xy')]), { start: 10, end: 22 });
    assert.deepEqual(movedRange({ start: 10, end: 20 }, [{ start: 12, end: 18, newText: '' }]), { start: 10, end: 14 });
  });

  it('are unknown when the edit touches an edge, where the outcome depends on the editor', () => {
    assert.deepEqual(movedRange({ start: 10, end: 20 }, [insert(10, 'x')]), UNKNOWN);
    assert.deepEqual(movedRange({ start: 10, end: 20 }, [insert(20, 'x')]), UNKNOWN);
    assert.deepEqual(movedRange({ start: 10, end: 20 }, [{ start: 5, end: 12, newText: '' }]), UNKNOWN);
  });

  it('add up the shifts of several edits of one change event', () => {
    assert.deepEqual(movedRange({ start: 10, end: 20 }, [insert(1, 'a'), insert(15, 'bb'), insert(30, 'c')]), { start: 11, end: 23 });
  });

  it('equal a plan that only moved them the way the editor did, whatever edits changed nothing', () => {
    const shown = new ShownRanges([{ start: 0, end: 5 }, { start: 10, end: 20 }]);
    shown.follow([insert(7, 'xyz')]);
    shown.follow([insert(0, '')]);
    assert.equal(shown.equals([{ start: 0, end: 5 }, { start: 13, end: 23 }]), true);
  });

  it('differ from a plan whose ranges moved otherwise, or grew in number', () => {
    const shown = new ShownRanges([{ start: 10, end: 20 }]);
    shown.follow([insert(2, 'x')]);
    assert.equal(shown.equals([{ start: 10, end: 20 }]), false);
    assert.equal(shown.equals([{ start: 11, end: 21 }, { start: 30, end: 40 }]), false);
  });

  it('differ from any plan once an edit touched the edge of one of them', () => {
    const shown = new ShownRanges([{ start: 10, end: 20 }]);
    shown.follow([insert(20, 'x')]);
    assert.equal(shown.equals([{ start: 10, end: 20 }]), false);
    assert.equal(shown.equals([{ start: 10, end: 21 }]), false);
  });

  it('follow edits reported in any order within one change event', () => {
    const shown = new ShownRanges([{ start: 10, end: 20 }]);
    shown.follow([insert(15, 'b'), insert(1, 'a')]);
    assert.equal(shown.equals([{ start: 11, end: 22 }]), true);
  });
});
