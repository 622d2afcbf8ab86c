/**
 * The apps list: delete an app from its card (web/shared/delete-app.ts), and say so after; the
 * lifecycle banners' "Move to <successor>" buttons (the list reloads after a move).
 */
import { byId } from '../dom';
import { wireMoveButtons } from '../move-to-successor';
import { confirmDeleteApp } from '../shared/delete-app';

wireMoveButtons(document, () => location.reload());

const status = byId('apps-status');
const deleted = new URLSearchParams(location.search).get('deleted');
if (deleted) {
  status.textContent = `Deleted ${deleted}.`;
  status.hidden = false;
}

document.addEventListener('click', async (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-delete-app]');
  if (!button) return;
  const slug = button.dataset.deleteApp ?? '';
  const name = button.dataset.name ?? slug;
  if (await confirmDeleteApp(slug, name)) {
    button.closest('.app-card')?.remove();
    status.textContent = `Deleted ${name}.`;
    status.hidden = false;
  }
});
