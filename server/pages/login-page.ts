/**
 * /login (email + password) and /invite/<token> (accept an invitation by choosing a
 * password). Plain forms that web/auth/main.ts sends to /api/auth/login and
 * /api/invitations/accept; the session cookie comes back with the answer. Also the page a
 * public link opens (/p/<token>): the app's form, run without signing in.
 */
import type { Field } from '../../agent/spec/app-spec';
import { html, type SafeHtml } from '../html/html';
import { layout } from '../html/layout';

const passwordField = (autocomplete: 'current-password' | 'new-password') =>
  html`<div class="field"><label for="password">Password</label><input id="password" name="password" type="password" required minlength="${autocomplete === 'new-password' ? '10' : '1'}" autocomplete="${autocomplete}"></div>`;

export function renderLoginPage(next: string): SafeHtml {
  const body = html`<div class="page-head"><div><h1>Sign in</h1><p>This Toolwright has accounts. Sign in with the email and password you were invited with.</p></div></div>
<form id="login-form" class="card stack auth-form" data-next="${next}">
  <div class="field"><label for="email">Email</label><input id="email" name="email" type="email" required autocomplete="username"></div>
  ${passwordField('current-password')}
  <div class="row"><button type="submit" class="btn btn-primary">Sign in</button><span class="muted small" data-role="status" role="status"></span></div>
</form>`;
  return layout({ title: 'Sign in', section: null, body, scripts: ['auth'] });
}

export function renderAcceptPage(token: string): SafeHtml {
  const body = html`<div class="page-head"><div><h1>Join the workspace</h1><p>Choose a password of at least 10 characters (or enter yours, if you already have an account here).</p></div></div>
<form id="accept-form" class="card stack auth-form" data-token="${token}">
  ${passwordField('new-password')}
  <div class="row"><button type="submit" class="btn btn-primary">Join</button><span class="muted small" data-role="status" role="status"></span></div>
</form>`;
  return layout({ title: 'Join', section: null, body, scripts: ['auth'] });
}

/** Only same-site paths, so ?next= cannot send people elsewhere after signing in. */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

/** /p/<token>: the run-only page of a public link (no records, no history, no sign-in). */
export function renderPublicLinkPage(token: string, app: { name: string; description: string; inputs: readonly Field[] }): SafeHtml {
  const input = (field: Field) => {
    const id = `in-${field.name}`;
    const common = { id, name: field.name };
    const control =
      field.type === 'image' || field.type === 'file' || field.type === 'document'
        ? html`<p class="muted small">Uploads are not available through a public link.</p>`
        : field.type === 'select'
          ? html`<select id="${common.id}" name="${common.name}" data-type="select">${(field.options ?? []).map((o) => html`<option value="${o}">${o}</option>`)}</select>`
          : field.type === 'longText'
            ? html`<textarea id="${common.id}" name="${common.name}" data-type="longText" rows="5"${field.required ? html` required` : ''}></textarea>`
            : field.type === 'boolean'
              ? html`<input id="${common.id}" name="${common.name}" type="checkbox" data-type="boolean">`
              : html`<input id="${common.id}" name="${common.name}" type="${INPUT_TYPES[field.type] ?? 'text'}" data-type="${field.type}"${field.required ? html` required` : ''}>`;
    return html`<div class="field"><label for="${id}">${field.label}</label>${control}${field.help ? html`<span class="help">${field.help}</span>` : ''}</div>`;
  };
  const body = html`<div class="page-head"><div><h1>${app.name}</h1>${app.description ? html`<p>${app.description}</p>` : ''}</div></div>
<div class="app-layout">
  <form id="public-run-form" class="card stack" data-token="${token}" novalidate>
    ${app.inputs.map(input)}
    <div class="row"><button type="submit" class="btn btn-primary">Run</button><span class="muted small" data-role="status" role="status"></span></div>
  </form>
  <section class="card" aria-live="polite"><h2>Result</h2><div id="public-result" class="stack"><p class="muted">Run the app to see its result here.</p></div></section>
</div>`;
  return layout({ title: app.name, section: null, body, scripts: ['auth'], width: 'wide' });
}

const INPUT_TYPES: Partial<Record<Field['type'], string>> = { number: 'number', date: 'date', email: 'email', url: 'url' };
