/**
 * /login (email + password) and /invite/<token> (accept an invitation by choosing a
 * password). Plain forms that web/auth/main.ts sends to /api/auth/login and
 * /api/invitations/accept; the session cookie comes back with the answer.
 */
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
