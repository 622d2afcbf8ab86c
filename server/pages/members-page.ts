/**
 * /members (owners): members and their roles, invitations, API tokens and the audit log.
 * The lists are filled by web/auth/main.ts from /api/members, /api/tokens and /api/audit.
 */
import { html, type SafeHtml } from '../html/html';
import { layout } from '../html/layout';

const ROLE_OPTIONS = html`<option value="editor">editor (build and change apps)</option><option value="runner">runner (run apps, add records)</option><option value="viewer">viewer (read)</option><option value="owner">owner</option>`;

export function renderMembersPage(): SafeHtml {
  const body = html`<div class="page-head"><div><h1>Members</h1><p>Who can use this workspace, and what they may do.</p></div></div>
<div class="stack" id="members-page">
  <section class="card"><h2>Members</h2><div class="table-wrap"><table><thead><tr><th>Email</th><th>Role</th><th><span class="visually-hidden">Actions</span></th></tr></thead><tbody data-role="members"></tbody></table></div></section>
  <section class="card"><h2>Invite</h2>
    <form id="invite-form" class="row">
      <input name="email" type="email" required placeholder="name@example.com" aria-label="Email" class="grow">
      <select name="role" aria-label="Role">${ROLE_OPTIONS}</select>
      <button type="submit" class="btn btn-primary">Invite</button>
    </form>
    <p class="muted small" data-role="invite-result" role="status"></p>
    <ul data-role="invitations"></ul>
  </section>
  <section class="card"><h2>API tokens</h2>
    <form id="token-form" class="row"><input name="name" required placeholder="What it is for (e.g. CI)" aria-label="Token name" class="grow"><button type="submit" class="btn">Create token</button></form>
    <p class="muted small" data-role="token-result" role="status"></p>
    <ul data-role="tokens"></ul>
  </section>
  <section class="card"><h2>Audit log</h2><div class="table-wrap"><table><thead><tr><th>When</th><th>Who</th><th>What</th><th>Target</th></tr></thead><tbody data-role="audit"></tbody></table></div></section>
</div>`;
  return layout({ title: 'Members', section: null, body, scripts: ['auth'], width: 'wide' });
}
