/**
 * The app page's "Email in" card, for apps with an email trigger: the mailbox form and the
 * watcher's status, filled by web/app/mailbox-panel.ts (the status changes without the app
 * changing, so it is not part of the cached page body).
 */
import type { AppSpec } from '../../agent/spec/app-spec';
import { html, type SafeHtml } from '../html/html';

const field = (id: string, label: string, input: SafeHtml, help?: string) =>
  html`<div class="field"><label for="${id}">${label}</label>${input}${help ? html`<span class="help">${help}</span>` : ''}</div>`;

export function renderEmailCard(spec: AppSpec): SafeHtml {
  if (!spec.triggers.some((t) => t.kind === 'email')) return html``;
  return html`<section class="card email-card" id="email-in" aria-labelledby="email-in-title">
  <h2 id="email-in-title">Email in</h2>
  <p class="small" id="email-in-summary">Loading…</p>
  <div id="email-in-status" role="status"></div>
  <form id="email-in-form" autocomplete="off" novalidate>
    <div class="grid-2 email-grid">
      ${field('mail-host', 'IMAP server', html`<input id="mail-host" name="host" type="text" required spellcheck="false" placeholder="imap.example.com">`)}
      ${field('mail-port', 'Port', html`<input id="mail-port" name="port" type="number" min="1" max="65535" value="993" required>`, '993 with TLS, 143 without.')}
      ${field('mail-user', 'User name', html`<input id="mail-user" name="user" type="text" required spellcheck="false" autocomplete="off" placeholder="support@example.com">`)}
      ${field(
        'mail-password',
        'Password',
        html`<input id="mail-password" name="password" type="password" autocomplete="new-password">`,
        'Kept sealed; never shown again. Leave empty to keep the saved one.',
      )}
      ${field('mail-folder', 'Folder', html`<input id="mail-folder" name="folder" type="text" value="INBOX" required spellcheck="false">`)}
      <div class="field"><span class="label">Connection</span><label class="checkbox"><input id="mail-secure" name="secure" type="checkbox" checked> TLS from the start</label></div>
    </div>
    <div class="row">
      <button type="submit" class="btn btn-primary" id="email-in-save">Check and save</button>
      <button type="button" class="btn" id="email-in-remove" hidden>Stop watching</button>
    </div>
  </form>
</section>`;
}
