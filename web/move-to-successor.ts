/** The "Move to <successor>" button of a shut-down model's banner: one POST, then `onMoved`. */
import { api } from './api';

export function wireMoveButtons(root: ParentNode, onMoved: (slug: string) => void): void {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-move-successor]');
    if (!button) return;
    const slug = button.dataset.moveSuccessor!;
    const status = button.parentElement?.querySelector<HTMLElement>('[data-role="move-status"]') ?? null;
    button.disabled = true;
    if (status) status.textContent = 'Moving…';
    api<{ summary: string }>('POST', `/api/apps/${encodeURIComponent(slug)}/move-to-successor`, {}).then(
      (result) => {
        if (status) status.textContent = result.summary;
        onMoved(slug);
      },
      (error: Error) => {
        button.disabled = false;
        if (status) status.textContent = error.message;
      },
    );
  });
}
