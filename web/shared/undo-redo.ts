/**
 * Undo and redo read from the version history alone: every change is a version, and a restore
 * is saved with the note "restore_app_version: version N". Replaying the notes as an undo
 * stack, a restore of the state before the current one is an undo, a restore of the state last
 * undone is a redo, and anything else is a new change (which clears what could be redone).
 */
const RESTORE_NOTE = /^restore_app_version: version (\d+)$/;

export interface VersionNote {
  version: number;
  note: string;
}

export interface UndoRedo {
  /** The version whose content an undo brings back; null when there is nothing to undo. */
  undo: number | null;
  /** The version whose content a redo brings back; null when nothing was undone since the last change. */
  redo: number | null;
}

export function undoRedoTargets(versions: readonly VersionNote[]): UndoRedo {
  const done: number[] = [];
  const undone: number[] = [];
  for (const { version, note } of [...versions].sort((a, b) => a.version - b.version)) {
    const restored = RESTORE_NOTE.exec(note)?.[1];
    const target = restored === undefined ? null : Number(restored);
    if (target !== null && done.length >= 2 && done[done.length - 2] === target) {
      undone.push(done.pop()!);
    } else if (target !== null && undone.length > 0 && undone[undone.length - 1] === target) {
      done.push(undone.pop()!);
    } else {
      done.push(target ?? version);
      undone.length = 0;
    }
  }
  return { undo: done.length >= 2 ? done[done.length - 2]! : null, redo: undone[undone.length - 1] ?? null };
}
