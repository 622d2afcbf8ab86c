/** /apps: every app of the workspace as a card; specs go through the spec parser before display. */
import { findModel } from '../../agent/catalog';
import type { AppSpec } from '../../agent/spec/app-spec';
import { parseAppSpec } from '../../agent/spec/validate-spec';
import { html, type SafeHtml } from '../html/html';
import { layout } from '../html/layout';
import type { StoredApp } from '../store/records';
import { appLifecycleBanner } from './app-lifecycle-banner';
import { formatDate } from '../../agent/spec/plain-words';

function appCard(app: StoredApp, now: Date): SafeHtml {
  let spec: AppSpec;
  try {
    spec = parseAppSpec(app.spec);
  } catch (error) {
    return html`<div class="card app-card"><h2>${app.slug}</h2><p class="banner banner-warn">${error instanceof Error ? error.message : 'This app’s spec does not parse.'}</p></div>`;
  }
  const model = findModel(spec.model.model)?.displayName ?? spec.model.model;
  // A div, not a link, so it can hold the Delete button and the lifecycle banner's Move button.
  return html`<div class="card app-card" data-app="${spec.slug}">
  <h2><a class="app-card-link" href="/apps/${spec.slug}">${spec.name}</a></h2>
  ${spec.description ? html`<p>${spec.description}</p>` : ''}
  <div class="badges"><span class="badge badge-accent">${model}</span><span class="badge">${spec.steps.length} step${spec.steps.length === 1 ? '' : 's'}</span>${spec.collections.length ? html`<span class="badge">${spec.collections.length} table${spec.collections.length === 1 ? '' : 's'}</span>` : ''}<span class="badge">v${app.version}</span></div>
  <div class="app-card-foot"><p class="small">Updated ${formatDate(app.updatedAt, 'utc')}</p>
  <button type="button" class="btn btn-small btn-danger" data-delete-app="${spec.slug}" data-name="${spec.name}" aria-label="Delete ${spec.name}">Delete…</button></div>
  ${appLifecycleBanner(spec, now)}
</div>`;
}

export function renderAppsPage(apps: StoredApp[], now: Date): SafeHtml {
  const sorted = [...apps].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const body = html`<p class="banner banner-ok" id="apps-status" role="status" hidden></p>
<div class="page-head">
  <div><h1>Apps</h1><p>Tools built in the builder. Each runs at its own address.</p></div>
  <a class="btn btn-primary" href="/">Build a new app</a>
</div>
${
  sorted.length
    ? html`<div class="app-list">${sorted.map((app) => appCard(app, now))}</div>`
    : html`<div class="empty"><p>No apps yet.</p><p><a class="btn btn-primary" href="/">Describe your first tool</a></p></div>`
}`;
  return layout({ title: 'Apps', section: 'apps', body, scripts: ['apps'] });
}
