/** The app page's version history: every change is a version, and any past one can be restored. */
import { html, type SafeHtml } from '../html/html';
import type { AppVersion } from '../store/records';
import { formatDate, versionNoteSentence } from '../../agent/spec/plain-words';

export function renderVersionsCard(versions: readonly AppVersion[], current: number): SafeHtml {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version).slice(0, 20);
  return html`<section class="card" id="versions">
  <h2>Versions</h2>
  <ul class="list-plain">${newestFirst.map(
    (v) => html`<li class="history-item version-item" data-version="${v.version}">
      <span><strong>v${v.version}</strong> <span class="muted" title="${v.note}">${versionNoteSentence(v.note)}</span></span>
      <span class="muted nowrap">${formatDate(v.createdAt, 'utc')}</span>
      ${
        v.version === current
          ? html`<span class="badge badge-ok">current</span>`
          : html`<button type="button" class="btn btn-small" data-restore="${v.version}">Restore</button>`
      }
    </li>`,
  )}</ul>
  <p class="muted small" role="status" id="versions-status"></p>
</section>`;
}
