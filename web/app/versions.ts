/** Restore buttons of the versions card: restoring saves the old spec as a new version, then the page reloads. */
import { api } from '../api';

export function mountVersions(slug: string): void {
  const card = document.getElementById('versions');
  const status = document.getElementById('versions-status');
  card?.addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-restore]');
    if (!button) return;
    button.disabled = true;
    try {
      await api('POST', `/api/apps/${encodeURIComponent(slug)}/versions/${encodeURIComponent(button.dataset.restore ?? '')}/restore`);
      location.reload();
    } catch (error) {
      button.disabled = false;
      if (status) status.textContent = (error as Error).message;
    }
  });
}
