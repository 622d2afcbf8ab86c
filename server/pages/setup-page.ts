/**
 * /setup: creates the owner (and so turns accounts mode on). Served only to this machine and
 * only while no owner exists; afterwards it points to /login.
 */
import { html, type SafeHtml } from '../html/html';
import { layout } from '../html/layout';

export function renderSetupPage(): SafeHtml {
  const body = html`<div class="page-head"><div><h1>Create the owner</h1><p>Toolwright runs in single-user mode until an owner exists. Creating one turns on accounts: everyone signs in, and you can invite your team with roles (editor, runner, viewer).</p></div></div>
<form id="setup-form" class="card stack auth-form">
  <div class="field"><label for="email">Email</label><input id="email" name="email" type="email" required autocomplete="username"></div>
  <div class="field"><label for="password">Password (at least 10 characters)</label><input id="password" name="password" type="password" required minlength="10" autocomplete="new-password"></div>
  <div class="row"><button type="submit" class="btn btn-primary">Create owner</button><span class="muted small" data-role="status" role="status"></span></div>
</form>`;
  return layout({ title: 'Set up', section: null, body, scripts: ['auth'] });
}
