/**
 * /deliveries: the dead-letter list. Webhook, Slack and email messages that failed every
 * retry (or were refused outright), with the app, the target (secrets in URLs cut), the last
 * error, the attempts made, and a Retry button (web/deliveries/main.ts → POST
 * /api/deliveries/dead/:id/retry).
 */
import type { DeadLetterView } from '../automation/dead-letter-view';
import { html, type SafeHtml } from '../html/html';
import { layout } from '../html/layout';

const CHANNEL: Record<DeadLetterView['channel'], string> = {
  'call-webhook': 'Webhook step',
  webhook: 'Webhook',
  slack: 'Slack',
  email: 'Email',
};

const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

function row(letter: DeadLetterView): SafeHtml {
  return html`<tr data-delivery="${letter.id}">
  <td class="nowrap"><a href="/apps/${letter.app}">${letter.app}</a><div class="small muted">step ${letter.stepId}</div></td>
  <td><span class="badge">${CHANNEL[letter.channel]}</span><div><code>${letter.target}</code></div></td>
  <td>${letter.lastError ?? 'No error was recorded.'}</td>
  <td>${letter.attempts}</td>
  <td class="small nowrap">${when(letter.deadAt)}</td>
  <td class="actions"><button type="button" class="btn btn-small" data-role="retry" data-id="${letter.id}">Retry</button><div class="small muted" data-role="status" role="status"></div></td>
</tr>`;
}

export function renderDeliveriesPage(letters: DeadLetterView[]): SafeHtml {
  const body = html`<div class="page-head">
  <div><h1>Failed deliveries</h1><p>Webhook, Slack and email messages from your apps that could not be delivered, after retries with backoff. Fix the receiving service, then send them again.</p></div>
</div>
${letters.length
  ? html`<div class="table-wrap"><table>
  <thead><tr><th>App</th><th>Target</th><th>Last error</th><th>Attempts</th><th>Failed</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
  <tbody>${letters.map(row)}</tbody>
</table></div>`
  : html`<div class="empty"><p>Nothing failed. A delivery that fails all its retries is listed here.</p></div>`}`;
  return layout({ title: 'Failed deliveries', section: 'deliveries', body, scripts: ['deliveries'], width: 'wide' });
}
