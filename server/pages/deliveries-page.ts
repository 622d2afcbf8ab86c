/**
 * /deliveries (editors): what comes in and what failed to go out.
 * - Inbound webhooks: each app with a webhook trigger and the inputs its body maps to. The
 *   address holds the secret, so it is not in the HTML: "Show address" fetches it from
 *   GET /api/apps/:slug/hook (editor-only), "Rotate secret" replaces it.
 * - Failed deliveries (the dead-letter list): webhook, Slack and email messages that failed
 *   every retry, with the app, the target (secrets in URLs cut), the last error, the attempts
 *   and a Retry button (POST /api/deliveries/dead/:id/retry). web/deliveries/main.ts wires both.
 */
import { AppSpecSchema, type AppSpec } from '../../agent/spec/app-spec';
import type { Actor } from '../../agent/access/actor';
import { canSeeApp } from '../../agent/access/can-see-app';
import { listDeadLetters } from '../automation/dead-letters';
import { toDeadLetterView, type DeadLetterView } from '../automation/dead-letter-view';
import { html, type SafeHtml } from '../html/html';
import { layout } from '../html/layout';
import type { Store } from '../store/store';

const CHANNEL: Record<DeadLetterView['channel'], string> = {
  'call-webhook': 'Webhook step',
  webhook: 'Webhook',
  slack: 'Slack',
  email: 'Email',
};

const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

function hookRow(spec: AppSpec): SafeHtml {
  const inputs = spec.inputs.map((f) => f.name);
  return html`<tr data-hook="${spec.slug}">
  <td class="nowrap"><a href="/apps/${spec.slug}">${spec.name}</a><div class="small muted">${spec.slug}</div></td>
  <td>${inputs.length ? inputs.map((name) => html`<code>${name}</code> `) : html`<span class="muted">none</span>`}</td>
  <td><div data-role="address" class="small muted">Hidden: the address contains the secret.</div></td>
  <td class="actions"><button type="button" class="btn btn-small" data-role="show">Show address</button> <button type="button" class="btn btn-small" data-role="rotate">Rotate secret</button><div class="small muted" data-role="status" role="status"></div></td>
</tr>`;
}

function deadRow(letter: DeadLetterView): SafeHtml {
  return html`<tr data-delivery="${letter.id}">
  <td class="nowrap"><a href="/apps/${letter.app}">${letter.app}</a><div class="small muted">step ${letter.stepId}</div></td>
  <td><span class="badge">${CHANNEL[letter.channel]}</span><div><code>${letter.target}</code></div></td>
  <td>${letter.lastError ?? 'No error was recorded.'}</td>
  <td>${letter.attempts}</td>
  <td class="small nowrap">${when(letter.deadAt)}</td>
  <td class="actions"><button type="button" class="btn btn-small" data-role="retry" data-id="${letter.id}">Retry</button><div class="small muted" data-role="status" role="status"></div></td>
</tr>`;
}

function deliveriesBody(hooked: AppSpec[], letters: DeadLetterView[]): SafeHtml {
  const body = html`<div class="page-head">
  <div><h1>Deliveries</h1><p>Webhooks that start your apps, and messages from your apps that could not be delivered.</p></div>
</div>
<div class="stack">
<section class="card" id="inbound-webhooks">
  <h2>Inbound webhooks</h2>
  <p class="muted small">POST a JSON object whose fields are named like the app's inputs to the address. Or POST to /hooks/&lt;slug&gt; with the header X-Toolwright-Signature: sha256=&lt;hex HMAC-SHA256 of the body, keyed with the secret&gt;.</p>
  ${
    hooked.length
      ? html`<div class="table-wrap"><table>
  <thead><tr><th>App</th><th>Inputs</th><th>Address</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
  <tbody>${hooked.map(hookRow)}</tbody>
</table></div>`
      : html`<div class="empty"><p>No app has a webhook trigger. Ask the builder to run an app "when a webhook arrives".</p></div>`
  }
</section>
<section class="card" id="failed-deliveries">
  <h2>Failed deliveries</h2>
  <p class="muted small">Retried with backoff before they land here. Fix the receiving service, then send them again.</p>
  ${
    letters.length
      ? html`<div class="table-wrap"><table>
  <thead><tr><th>App</th><th>Target</th><th>Last error</th><th>Attempts</th><th>Failed</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
  <tbody>${letters.map(deadRow)}</tbody>
</table></div>`
      : html`<div class="empty"><p>Nothing failed. A delivery that fails all its retries is listed here.</p></div>`
  }
</section>
</div>`;
  return layout({ title: 'Deliveries', section: 'deliveries', body, scripts: ['deliveries'], width: 'wide' });
}

export async function renderDeliveriesPage(store: Store, actor: Actor): Promise<SafeHtml> {
  const { workspaceId } = actor;
  const apps = await store.listApps(workspaceId);
  // Rendered from parsed specs only; an app whose spec does not parse has no working webhook either.
  const hooked = apps.flatMap((app) => {
    const spec = AppSpecSchema.safeParse(app.spec);
    return spec.success && canSeeApp(actor, app) && spec.data.triggers.some((t) => t.kind === 'webhook') ? [spec.data] : [];
  });
  return deliveriesBody(hooked, (await listDeadLetters(store, workspaceId)).map(toDeadLetterView));
}
