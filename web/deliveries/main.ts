/**
 * The deliveries page: show or rotate an app's inbound-webhook address (fetched from the
 * editor-only API, never in the HTML), and send a failed delivery again.
 */
import { api, ApiError } from '../api';
import { h, replaceChildren } from '../dom';

interface HookAnswer {
  /** /hooks/<slug>/<secret> */
  path: string;
}

interface RetryAnswer {
  id: string;
  summary: string;
}

const sentence = (error: unknown) =>
  error instanceof ApiError ? error.message : 'The server did not answer. Reload the page and try again.';

function showAddress(row: HTMLElement, hook: HookAnswer): void {
  const address = row.querySelector<HTMLElement>('[data-role="address"]')!;
  address.className = 'small';
  replaceChildren(address, h('code', null, `${location.origin}${hook.path}`));
}

async function hookAction(row: HTMLElement, button: HTMLButtonElement, rotate: boolean): Promise<void> {
  const status = row.querySelector<HTMLElement>('[data-role="status"]')!;
  const url = `/api/apps/${encodeURIComponent(row.dataset.hook ?? '')}/hook${rotate ? '/rotate' : ''}`;
  button.disabled = true;
  try {
    showAddress(row, await api<HookAnswer>(rotate ? 'POST' : 'GET', url));
    status.textContent = rotate ? 'New secret made; the old address now answers 404.' : '';
  } catch (error) {
    status.textContent = sentence(error);
  } finally {
    button.disabled = false;
  }
}

for (const row of document.querySelectorAll<HTMLElement>('tr[data-hook]')) {
  for (const button of row.querySelectorAll<HTMLButtonElement>('button[data-role="show"], button[data-role="rotate"]')) {
    button.addEventListener('click', () => void hookAction(row, button, button.dataset.role === 'rotate'));
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-role="retry"]')) {
  button.addEventListener('click', async () => {
    const status = button.parentElement?.querySelector<HTMLElement>('[data-role="status"]');
    button.disabled = true;
    try {
      const answer = await api<RetryAnswer>('POST', `/api/deliveries/dead/${encodeURIComponent(button.dataset.id ?? '')}/retry`);
      if (status) status.textContent = answer.summary;
      button.textContent = 'Sent again';
    } catch (error) {
      if (status) status.textContent = sentence(error);
      button.disabled = false;
    }
  });
}
