/**
 * The account pages' script: sign-in, first-owner setup and invitation forms, sign-out, and
 * the members page (members with roles, invitations, API tokens shown once, audit log), and
 * the run-only page of a public link.
 */
import { ROLES } from '../../agent/access/roles';
import { api, ApiError } from '../api';
import { h, replaceChildren } from '../dom';
import { startPublicLinkPage } from './public-link';

interface Member {
  userId: string;
  email: string | null;
  role: string;
  since: string;
}
interface Invitation {
  id: string;
  email: string;
  role: string;
  expiresAt: string;
}
interface TokenView {
  id: string;
  name: string;
  hint: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
interface AuditEntry {
  at: string;
  actorId: string | null;
  action: string;
  target: string;
}

const message = (error: unknown) => (error instanceof ApiError ? error.message : 'Something went wrong. Try again.');
const field = (form: HTMLFormElement, name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;

function onSubmit(id: string, send: (form: HTMLFormElement) => Promise<void>): void {
  const form = document.getElementById(id) as HTMLFormElement | null;
  if (!form) return;
  const status = form.querySelector<HTMLElement>('[data-role="status"]');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (status) status.textContent = 'Working…';
    send(form).catch((error: unknown) => {
      if (status) status.textContent = message(error);
    });
  });
}

onSubmit('login-form', async (form) => {
  await api('POST', '/api/auth/login', { email: field(form, 'email'), password: field(form, 'password') });
  location.assign(form.dataset.next ?? '/');
});
onSubmit('setup-form', async (form) => {
  await api('POST', '/api/auth/setup', { email: field(form, 'email'), password: field(form, 'password') });
  location.assign('/members');
});
onSubmit('accept-form', async (form) => {
  await api('POST', '/api/invitations/accept', { token: form.dataset.token, password: field(form, 'password') });
  location.assign('/apps');
});

startPublicLinkPage(onSubmit);

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-role="sign-out"]')) {
  button.addEventListener('click', () => {
    void api('POST', '/api/auth/logout').finally(() => location.assign('/login'));
  });
}

const page = document.getElementById('members-page');
if (page) {
  const part = (role: string) => page.querySelector<HTMLElement>(`[data-role="${role}"]`)!;
  const refresh = async () => {
    const [{ members, invitations }, { tokens }, { entries }] = await Promise.all([
      api<{ members: Member[]; invitations: Invitation[] }>('GET', '/api/members'),
      api<{ tokens: TokenView[] }>('GET', '/api/tokens'),
      api<{ entries: AuditEntry[] }>('GET', '/api/audit?limit=100'),
    ]);
    const emails = new Map(members.map((m) => [m.userId, m.email ?? m.userId]));
    replaceChildren(
      part('members'),
      members.map((m) => {
        const select = h(
          'select',
          { attrs: { 'aria-label': `Role of ${m.email ?? m.userId}` } },
          ROLES.map((r) => h('option', { attrs: { value: r, selected: r === m.role } }, r)),
        );
        select.addEventListener(
          'change',
          () => void api('PUT', `/api/members/${m.userId}`, { role: select.value }).then(refresh, (e: unknown) => alertStatus(e)),
        );
        const remove = h(
          'button',
          {
            class: 'btn btn-small btn-danger',
            attrs: { type: 'button' },
            on: { click: () => void api('DELETE', `/api/members/${m.userId}`).then(refresh, (e: unknown) => alertStatus(e)) },
          },
          'Remove',
        );
        return h('tr', null, h('td', null, m.email ?? m.userId), h('td', null, select), h('td', { class: 'actions' }, remove));
      }),
    );
    replaceChildren(
      part('invitations'),
      invitations.map((i) =>
        h(
          'li',
          null,
          `${i.email} as ${i.role}, until ${i.expiresAt.slice(0, 10)} `,
          h(
            'button',
            {
              class: 'btn btn-small btn-link',
              attrs: { type: 'button' },
              on: { click: () => void api('DELETE', `/api/members/invitations/${i.id}`).then(refresh) },
            },
            'Revoke',
          ),
        ),
      ),
    );
    replaceChildren(
      part('tokens'),
      tokens.map((t) =>
        h(
          'li',
          null,
          `${t.name} (${t.hint}) · ${t.revokedAt ? 'revoked' : t.lastUsedAt ? `last used ${t.lastUsedAt.slice(0, 16).replace('T', ' ')}` : 'never used'} `,
          t.revokedAt
            ? null
            : h(
                'button',
                {
                  class: 'btn btn-small btn-link',
                  attrs: { type: 'button' },
                  on: { click: () => void api('DELETE', `/api/tokens/${t.id}`).then(refresh) },
                },
                'Revoke',
              ),
        ),
      ),
    );
    replaceChildren(
      part('audit'),
      entries.map((e) =>
        h(
          'tr',
          null,
          h('td', null, e.at.slice(0, 19).replace('T', ' ')),
          h('td', null, e.actorId ? (emails.get(e.actorId) ?? e.actorId) : '—'),
          h('td', null, e.action),
          h('td', null, e.target),
        ),
      ),
    );
  };
  const alertStatus = (error: unknown) => {
    part('invite-result').textContent = message(error);
  };
  onSubmit('invite-form', async (form) => {
    const result = await api<{ link: string; summary: string }>('POST', '/api/members/invitations', {
      email: field(form, 'email'),
      role: field(form, 'role'),
    });
    replaceChildren(part('invite-result'), `${result.summary} `, h('code', null, new URL(result.link, location.href).toString()));
    form.reset();
    await refresh();
  });
  onSubmit('token-form', async (form) => {
    const result = await api<{ token: string; summary: string }>('POST', '/api/tokens', { name: field(form, 'name') });
    replaceChildren(part('token-result'), `${result.summary} `, h('code', null, result.token));
    form.reset();
    await refresh();
  });
  refresh().catch(alertStatus);
}
