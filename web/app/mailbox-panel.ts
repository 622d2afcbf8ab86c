/**
 * The app page's "Email in" card: shows which mailbox the app watches and how that is going
 * (a failing mailbox as a red banner with the server's sentence), and saves the mailbox form —
 * the server checks it can log in before keeping anything, so a wrong password is answered here.
 */
import { api, ApiError } from '../api';
import { byId, h, replaceChildren } from '../dom';
import { formatTime } from '../format';

interface MailboxView {
  enabled: boolean;
  mailbox: { host: string; port: number; secure: boolean; user: string; folder: string } | null;
  status: { state: 'watching' | 'failing'; sentence: string; at: string; problem?: { sentence: string; at: string } } | null;
  summary: string;
}

const banner = (kind: 'ok' | 'danger' | 'warn', text: string) => h('div', { class: `banner banner-${kind}` }, h('p', null, text));

export function mountMailboxPanel(slug: string): void {
  const card = document.getElementById('email-in');
  if (!card) return;
  const url = `/api/apps/${encodeURIComponent(slug)}/mailbox`;
  const form = byId<HTMLFormElement>('email-in-form');
  const status = byId('email-in-status');
  const remove = byId<HTMLButtonElement>('email-in-remove');
  const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;

  function show(view: MailboxView, note?: string): void {
    byId('email-in-summary').textContent = view.summary;
    remove.hidden = view.mailbox === null;
    if (view.mailbox) {
      input('host').value = view.mailbox.host;
      input('port').value = String(view.mailbox.port);
      input('user').value = view.mailbox.user;
      input('folder').value = view.mailbox.folder;
      input('secure').checked = view.mailbox.secure;
    }
    const s = view.status;
    replaceChildren(
      status,
      note ? banner('ok', note) : null,
      s?.state === 'failing'
        ? banner('danger', s.sentence)
        : s
          ? h('p', { class: 'small muted' }, `${s.sentence} Checked ${formatTime(s.at)}.`)
          : null,
      s?.problem ? banner('warn', `${s.problem.sentence} (${formatTime(s.problem.at)})`) : null,
    );
  }

  const fail = (error: unknown) => replaceChildren(status, banner('danger', (error as Error).message));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const save = byId<HTMLButtonElement>('email-in-save');
    save.disabled = true;
    replaceChildren(status, h('p', { class: 'small muted' }, 'Logging in to the mailbox…'));
    try {
      const password = input('password').value;
      const view = await api<MailboxView>('PUT', url, {
        host: input('host').value.trim(),
        port: Number(input('port').value),
        secure: input('secure').checked,
        user: input('user').value.trim(),
        folder: input('folder').value.trim() || 'INBOX',
        ...(password ? { password } : {}),
      });
      input('password').value = '';
      show(view, 'Logged in and saved. New mail in this folder now starts a run.');
    } catch (error) {
      fail(error);
    } finally {
      save.disabled = false;
    }
  });

  remove.addEventListener('click', async () => {
    try {
      show(await api<MailboxView>('DELETE', url), 'This app no longer watches a mailbox.');
    } catch (error) {
      fail(error);
    }
  });

  void api<MailboxView>('GET', url).then(
    (view) => show(view),
    // Mailboxes are for editors; a viewer's page simply has no such card.
    (error: unknown) => (error instanceof ApiError && error.status === 403 ? card.remove() : fail(error)),
  );
}
