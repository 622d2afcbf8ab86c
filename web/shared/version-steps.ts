/** Undo/redo over HTTP: the targets from the app's versions, and a restore of one of them. */
import { api } from '../api';
import { undoRedoTargets, type UndoRedo, type VersionNote } from './undo-redo';

export async function loadUndoRedo(slug: string): Promise<UndoRedo> {
  const { versions } = await api<{ versions: VersionNote[] }>('GET', `/api/apps/${encodeURIComponent(slug)}/versions`);
  return undoRedoTargets(versions);
}

export async function restoreVersion(slug: string, version: number): Promise<void> {
  await api('POST', `/api/apps/${encodeURIComponent(slug)}/versions/${version}/restore`);
}
