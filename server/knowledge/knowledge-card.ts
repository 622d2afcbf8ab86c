/**
 * The app page's Knowledge card, for apps with a `retrieve` step: an upload form and the list of
 * documents the step searches (filled and kept current by web/app/knowledge-panel.ts).
 */
import type { AppSpec } from '../../agent/spec/app-spec';
import { html, type SafeHtml } from '../html/html';
import { describeKnowledgeLimits } from './knowledge-limits';

const ACCEPT = '.pdf,.docx,.txt,.md,.markdown,application/pdf,text/plain,text/markdown';

export function renderKnowledgeCard(spec: AppSpec): SafeHtml | '' {
  const retrieve = spec.steps.find((s) => s.kind === 'retrieve');
  if (!retrieve) return '';
  return html`<section class="card knowledge-card" id="knowledge" aria-labelledby="knowledge-title">
  <div class="card-head"><h2 id="knowledge-title">Knowledge</h2><span class="badge" data-role="knowledge-count">0 documents</span></div>
  <p class="muted small">The documents step “${retrieve.title}” searches. Answers cite the document and page they rest on.</p>
  <form id="knowledge-form" class="knowledge-upload" novalidate>
    <div class="field">
      <label for="knowledge-file">Add a document</label>
      <div class="row"><input type="file" id="knowledge-file" name="file" accept="${ACCEPT}" aria-describedby="knowledge-limits" required><button type="submit" class="btn" id="knowledge-upload">Upload</button></div>
      <span class="help" id="knowledge-limits">PDF, DOCX, TXT or Markdown. ${describeKnowledgeLimits()}</span>
    </div>
    <p class="small" role="status" id="knowledge-status"></p>
  </form>
  <ul class="knowledge-list" id="knowledge-list" aria-label="Knowledge documents"></ul>
</section>`;
}
