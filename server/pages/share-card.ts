/**
 * The app page's Share and Manage cards: shells that web/app/share-panel.ts and
 * web/app/manage-panel.ts fill (public link, webhook, embed; undo/redo, delete).
 */
import type { AppSpec } from '../../agent/spec/app-spec';
import { html, type SafeHtml } from '../html/html';

export function renderShareCard(spec: AppSpec): SafeHtml {
  return html`<section class="card share-card" id="share" aria-labelledby="share-title" data-access="${spec.access.level}">
  <h2 id="share-title">Share</h2>
  <div class="share-part"><h3>Public link</h3><div id="share-link"><p class="muted small">Loading…</p></div></div>
  <div class="share-part"><h3>Embed on a web page</h3><div id="share-embed"><p class="muted small">Create a public link first; the embed shows the app’s form to anyone who opens the page.</p></div></div>
  <div class="share-part"><h3>Webhook</h3><div id="share-webhook"><p class="muted small">Loading…</p></div></div>
  <p class="muted small" role="status" id="share-status"></p>
</section>`;
}

export function renderManageCard(spec: AppSpec): SafeHtml {
  return html`<section class="card manage-card" id="manage" aria-labelledby="manage-title">
  <h2 id="manage-title">Change history and removal</h2>
  <div class="row">
    <button type="button" class="btn" id="undo-button" disabled>Undo last change</button>
    <button type="button" class="btn" id="redo-button" disabled>Redo</button>
    <button type="button" class="btn btn-danger" id="delete-button" data-slug="${spec.slug}" data-name="${spec.name}">Delete app…</button>
  </div>
  <p class="muted small" role="status" id="manage-status"></p>
</section>`;
}
