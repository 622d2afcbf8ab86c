/**
 * Undo / Redo in the builder's preview head, for the app the preview shows: the same version
 * history reading as the app page (web/shared/undo-redo.ts); after a step the preview reloads.
 */
import { loadUndoRedo, restoreVersion } from '../shared/version-steps';

export function mountUndoButtons(onChanged: (slug: string) => void): void {
  const undo = document.getElementById('builder-undo') as HTMLButtonElement | null;
  const redo = document.getElementById('builder-redo') as HTMLButtonElement | null;
  const preview = document.getElementById('preview-body');
  const note = document.getElementById('preview-note');
  if (!undo || !redo || !preview) return;
  let targets: { undo: number | null; redo: number | null } = { undo: null, redo: null };

  const refresh = async () => {
    const slug = preview.dataset.slug;
    targets = slug ? await loadUndoRedo(slug).catch(() => ({ undo: null, redo: null })) : { undo: null, redo: null };
    undo.disabled = targets.undo === null;
    redo.disabled = targets.redo === null;
    undo.title = targets.undo === null ? 'Nothing to undo' : `Back to the app as it was in version ${targets.undo}`;
    redo.title = targets.redo === null ? 'Nothing to redo' : `Bring back version ${targets.redo}`;
  };
  const step = async (target: number | null) => {
    const slug = preview.dataset.slug;
    if (!slug || target === null) return;
    undo.disabled = redo.disabled = true;
    try {
      await restoreVersion(slug, target);
      if (note) note.textContent = 'Updates as the app changes';
    } catch (error) {
      if (note) note.textContent = (error as Error).message;
    }
    onChanged(slug);
  };
  undo.addEventListener('click', () => void step(targets.undo));
  redo.addEventListener('click', () => void step(targets.redo));
  new MutationObserver(() => void refresh()).observe(preview, { attributes: true, attributeFilter: ['data-slug', 'data-version'] });
}
