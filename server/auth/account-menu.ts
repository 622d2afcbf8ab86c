/** The top bar's account corner: nothing in single-user mode; Members (owners) and Sign out when signed in. */
import { html, type SafeHtml } from '../html/html';
import { currentPrincipalKind, currentRole } from './principal';

export function accountMenu(): SafeHtml {
  if (currentPrincipalKind() !== 'session') return html``;
  return html`<div class="account">${currentRole() === 'owner' ? html`<a class="nav-link" href="/members">Members</a>` : ''}<button type="button" class="btn btn-small" data-role="sign-out">Sign out</button><script type="module" src="/assets/auth.js"></script></div>`;
}
