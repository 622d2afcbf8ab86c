/** The dead-letter page: Retry sends a failed delivery again and says so in its row. */
import { api, ApiError } from '../api';

interface RetryAnswer {
  id: string;
  summary: string;
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
      if (status) status.textContent = error instanceof ApiError ? error.message : 'The retry could not be started. Reload the page and try again.';
      button.disabled = false;
    }
  });
}
