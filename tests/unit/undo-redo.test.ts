import { describe, expect, it } from 'vitest';
import { undoRedoTargets } from '../../web/shared/undo-redo';

const edit = (version: number) => ({ version, note: `update_app: change ${version}` });
const restore = (version: number, of: number) => ({ version, note: `restore_app_version: version ${of}` });

describe('undo/redo from the version history', () => {
  it('has nothing to undo on a new app', () => {
    expect(undoRedoTargets([edit(1)])).toEqual({ undo: null, redo: null });
  });
  it('undoes to the previous version, then redoes it', () => {
    expect(undoRedoTargets([edit(1), edit(2), edit(3)])).toEqual({ undo: 2, redo: null });
    // v4 = undo (back to 2): the next undo goes to 1, a redo brings 3 back.
    expect(undoRedoTargets([edit(1), edit(2), edit(3), restore(4, 2)])).toEqual({ undo: 1, redo: 3 });
    expect(undoRedoTargets([edit(1), edit(2), edit(3), restore(4, 2), restore(5, 1)])).toEqual({ undo: null, redo: 2 });
    expect(undoRedoTargets([edit(1), edit(2), edit(3), restore(4, 2), restore(5, 3)])).toEqual({ undo: 2, redo: null });
  });
  it('forgets what could be redone after a new change', () => {
    expect(undoRedoTargets([edit(1), edit(2), restore(3, 1), edit(4)])).toEqual({ undo: 1, redo: null });
  });
  it('treats a restore of an older version as a change of its own', () => {
    expect(undoRedoTargets([edit(1), edit(2), edit(3), restore(4, 1)])).toEqual({ undo: 3, redo: null });
  });
});
