/**
 * The app page, rendered from a parsed `AppSpec` (what `AppSpecSchema.parse` returns, never
 * raw store JSON) through the escaping `html` template. Client code (web/app/) fills in
 * results, run history and records with textContent; this file lays out the structure.
 */
import { describeDocumentLimits } from '../documents/document-limits';
import type { AppSpec, Collection, Field, Step } from '../../agent/spec/app-spec';
import { effectiveBinding } from '../../agent/spec/bindings';
import { formControl } from '../../agent/spec/form-controls';
import { describeTrigger, stepKindLabel } from '../../agent/spec/spec-labels';
import { scheduleSentence, triggerInWords } from '../../agent/spec/schedule-words';
import { html, type SafeHtml } from '../html/html';
import { jsonIsland } from '../html/json-island';
import { renderKnowledgeCard } from '../knowledge/knowledge-card';

export interface RenderAppOptions {
  /** The stored version the page shows. */
  version: number;
  /** Human name of a model id, when the directory knows it. */
  modelName?: (id: string) => string | null;
}

/** What web/app/ reads from the page's JSON island. */
export interface AppPageData {
  slug: string;
  version: number;
  spec: AppSpec;
}

/** One form control for a field (agent/spec/form-controls.ts), as escaped markup. */
function renderField(field: Field, prefix: string): SafeHtml {
  const c = formControl(field, prefix);
  const attrs = html`${c.attributes.map(([name, value]) => html`${name}="${value}" `)}id="${c.id}" name="${c.name}" data-type="${c.type}"${c.required ? html` required` : ''}`;
  const label = html`<label for="${c.id}">${c.label}${c.required ? html`<span class="required" aria-hidden="true">*</span>` : ''}</label>`;
  const help = c.help ? html`<span class="help">${c.help}</span>` : '';
  switch (c.element) {
    case 'checkbox':
      return html`<div class="field"><label class="checkbox"><input ${attrs}> ${c.label}</label>${help}</div>`;
    case 'textarea':
      return html`<div class="field">${label}<textarea ${attrs}></textarea>${help}</div>`;
    case 'select':
      return html`<div class="field">${label}<select ${attrs}>${c.options.map(([value, text]) => html`<option value="${value}">${text}</option>`)}</select>${help}</div>`;
    case 'input':
      return html`<div class="field">${label}<input ${attrs}>${help}${c.type === 'document' ? html`<span class="help" data-role="document-limits">PDF, DOCX, TXT or Markdown, up to ${describeDocumentLimits()}.</span>` : ''}</div>`;
  }
}

function renderStep(step: Step, spec: AppSpec, options: RenderAppOptions): SafeHtml {
  const binding = effectiveBinding(spec, step);
  const modelLabel = binding ? (options.modelName?.(binding.model) ?? binding.model) : null;
  // What the model is told, so a change asked in the builder ("make the replies more formal") can be seen.
  const prompt = 'prompt' in step ? html`<details class="step-prompt"><summary>Prompt</summary><pre>${step.prompt}</pre></details>` : '';
  return html`<li class="step-item" data-step="${step.id}">
    <div><div>${step.title}</div><div class="step-kind">${stepKindLabel(step.kind)}</div>${prompt}</div>
    ${modelLabel ? html`<span class="badge badge-accent" data-model="${binding?.model ?? ''}">${modelLabel}</span>` : ''}
  </li>`;
}

function renderCollection(collection: Collection): SafeHtml {
  const prefix = `rec-${collection.name}`;
  return html`<section class="card collection" data-collection="${collection.name}" aria-label="${collection.label}">
  <div class="card-head"><h2>${collection.label}</h2><span class="badge" data-role="total">0 records</span></div>
  <div class="table-toolbar">
    <input type="search" placeholder="Search ${collection.label}" aria-label="Search ${collection.label}" data-role="search">
    <span class="spacer"></span>
    <details class="export-menu" data-role="export">
      <summary class="btn btn-small">Export</summary>
      <div class="export-links">
        <a class="btn btn-small" data-format="csv" download>CSV</a><a class="btn btn-small" data-format="xlsx" download>XLSX</a><a class="btn btn-small" data-format="json" download>JSON</a>
        <p class="help">Exports the records the search shows, in the table's order. In CSV, a cell starting with = + - or @ gets a leading ' so spreadsheets show it as text, not a formula.</p>
      </div>
    </details>
    <button type="button" class="btn btn-small" data-role="import">Import</button>
    <button type="button" class="btn btn-small" data-role="add">Add record</button>
  </div>
  <div class="import-panel" data-role="import-panel" hidden></div>
  <div class="table-wrap"><table>
    <thead><tr>${collection.fields.map(
      (field) => html`<th data-field="${field.name}" aria-sort="none"><button type="button" class="sort">${field.label}</button></th>`,
    )}<th><span class="visually-hidden">Actions</span></th></tr></thead>
    <tbody data-role="rows"></tbody>
  </table></div>
  <div class="pager" data-role="pager"></div>
  <form class="record-form" data-role="record-form" hidden>
    <h3 data-role="form-title">New record</h3>
    <div class="fields">${collection.fields.filter((field) => field.type !== 'image' && field.type !== 'file' && field.type !== 'document').map((field) => renderField(field, prefix))}</div>
    <div class="row"><button type="submit" class="btn btn-primary">Save record</button><button type="button" class="btn" data-role="cancel">Cancel</button><span class="muted small" data-role="form-status" role="status"></span></div>
  </form>
</section>`;
}

export function renderApp(spec: AppSpec, options: RenderAppOptions): SafeHtml {
  const data: AppPageData = { slug: spec.slug, version: options.version, spec };
  const defaultModel = options.modelName?.(spec.model.model) ?? spec.model.model;
  const hasForm = spec.steps.length > 0 || spec.inputs.length > 0;
  return html`<div class="page-head">
  <div>
    <h1 data-role="app-name">${spec.name}</h1>
    ${spec.description ? html`<p>${spec.description}</p>` : ''}
  </div>
  <div class="badges">
    <span class="badge badge-accent" title="Default model">${defaultModel}</span>
    <span class="badge">v${options.version}</span>
    <span class="badge" title="Who can open and run it">access: ${spec.access.level}</span>
    ${spec.triggers.map((trigger) => html`<span class="badge" title="${describeTrigger(trigger)}">${triggerInWords(trigger)}</span>`)}
  </div>
  ${spec.triggers.map((trigger) => (trigger.kind === 'schedule' ? html`<p class="small schedule-line" data-role="schedule">${scheduleSentence(trigger, new Date())}</p>` : ''))}
</div>
<div class="app-layout">
  <div class="stack">
    <section class="card">
      <h2>Run</h2>
      ${
        hasForm
          ? html`<form id="run-form" novalidate>
        ${spec.inputs.map((field) => renderField(field, 'input'))}
        ${spec.inputs.length === 0 ? html`<p class="muted">This app takes no inputs.</p>` : ''}
        <div class="row"><button type="submit" class="btn btn-primary" id="run-button">Run</button><span class="muted small" id="run-status" role="status"></span></div>
      </form>`
          : html`<p class="muted">This app has no steps yet. Describe what it should do in the <a href="/">builder</a>.</p>`
      }
    </section>
    ${renderKnowledgeCard(spec)}
    <section class="card">
      <h2>How it works</h2>
      ${
        spec.steps.length
          ? html`<ol class="step-list">${spec.steps.map((step) => renderStep(step, spec, options))}</ol>`
          : html`<p class="muted">No steps.</p>`
      }
    </section>
  </div>
  <div class="stack">
    <section class="card" aria-live="polite">
      <div class="card-head"><h2>Result</h2><span id="result-meta" class="muted small"></span></div>
      <div id="result"><p class="result-empty">Run the app to see its result here.</p></div>
    </section>
    <section class="card">
      <h2>Run history</h2>
      <div id="history"><p class="muted small">No runs yet.</p></div>
    </section>
  </div>
</div>
${spec.collections.map(renderCollection)}
${jsonIsland('app-data', data)}`;
}
