/** The app page's Manage card: undo/redo from the version history, and delete (web/shared/delete-app.ts). */
import { byId } from '../dom';
import { confirmDeleteApp } from '../shared/delete-app';
import { loadUndoRedo, restoreVersion } from '../shared/version-steps';

export function mountManagePanel(slug: string, name: string): void {
  if (!document.getElementById('manage')) return;
  const undo = byId<HTMLButtonElement>('undo-button');
  const redo = byId<HTMLButtonElement>('redo-button');
  const status = byId('manage-status');
  let targets = { undo: null as number | null, redo: null as number | null };

  const step = async (target: number | null, what: string) => {
    if (target === null) return;
    undo.disabled = redo.disabled = true;
    status.textContent = `${what}…`;
    try {
      await restoreVersion(slug, target);
      location.reload();
    } catch (error) {
      status.textContent = (error as Error).message;
      void refresh();
    }
  };
  undo.addEventListener('click', () => void step(targets.undo, 'Undoing the last change'));
  redo.addEventListener('click', () => void step(targets.redo, 'Redoing the change'));

  async function refresh(): Promise<void> {
    targets = await loadUndoRedo(slug);
    undo.disabled = targets.undo === null;
    redo.disabled = targets.redo === null;
    undo.title = targets.undo === null ? 'Nothing to undo' : `Back to the app as it was in version ${targets.undo}`;
    redo.title = targets.redo === null ? 'Nothing to redo' : `Bring back version ${targets.redo}`;
  }
  void refresh().catch((error: unknown) => (status.textContent = (error as Error).message));

  byId('delete-button').addEventListener('click', async () => {
    if (await confirmDeleteApp(slug, name)) location.assign(`/apps?deleted=${encodeURIComponent(name)}`);
  });
}
