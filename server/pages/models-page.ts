/** /models: the directory, filtered by kind, capability and price, sorted by any column (query string, no JS needed). */
import { z } from 'zod';
import {
  imagePriceRange,
  ModelKindSchema,
  listModels,
  openWeightFamilies,
  RUNS_ON_YOUR_SERVER,
  type CapabilityName,
  type ModelFacts,
} from '../../agent/catalog';
import { html, type SafeHtml } from '../html/html';
import { layout } from '../html/layout';
import {
  capabilityLabel,
  capabilityList,
  formatContext,
  formatImageRange,
  LISTED_CAPABILITIES,
  priceCell,
  providerName,
  statusBadge,
} from './model-summary';

const SORT_KEYS = ['name', 'kind', 'context', 'input', 'output', 'image'] as const;
type SortKey = (typeof SORT_KEYS)[number];

const capabilityNames = LISTED_CAPABILITIES as [CapabilityName, ...CapabilityName[]];
const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

export const ModelsQuerySchema = z.object({
  kind: z.preprocess(emptyAsUndefined, ModelKindSchema.optional()),
  capability: z.preprocess(emptyAsUndefined, z.enum(capabilityNames).optional()),
  /** USD per 1M input tokens. */
  maxInput: z.preprocess(emptyAsUndefined, z.coerce.number().nonnegative().optional()),
  /** USD per generated image (the cheapest option of the model). */
  maxImage: z.preprocess(emptyAsUndefined, z.coerce.number().nonnegative().optional()),
  sort: z.preprocess(emptyAsUndefined, z.enum(SORT_KEYS).default('name')),
  dir: z.preprocess(emptyAsUndefined, z.enum(['asc', 'desc']).default('asc')),
  /** Show models whose shutdown date has passed (hidden by default). */
  shutdown: z.preprocess(emptyAsUndefined, z.enum(['1']).optional()),
});
type ModelsQuery = z.infer<typeof ModelsQuerySchema>;

function sortValue(model: ModelFacts, key: SortKey): string | number | null {
  switch (key) {
    case 'name':
      return model.displayName.toLowerCase();
    case 'kind':
      return model.kind;
    case 'context':
      return model.contextWindow;
    case 'input':
      return model.pricing.input;
    case 'output':
      return model.pricing.output;
    case 'image':
      return imagePriceRange(model)?.min.price ?? null;
  }
}

function selectModels(query: ModelsQuery, now: Date): ModelFacts[] {
  const models = listModels({
    kind: query.kind,
    capability: query.capability,
    excludeShutDown: query.shutdown !== '1',
    now,
  }).filter((model) => {
    if (query.maxInput !== undefined && (model.pricing.input === null || model.pricing.input > query.maxInput)) return false;
    const images = imagePriceRange(model);
    if (query.maxImage !== undefined && (images === null || images.min.price > query.maxImage)) return false;
    return true;
  });
  const sign = query.dir === 'asc' ? 1 : -1;
  // Unknown values (null) sort last whichever the direction: "unknown" is not "cheapest".
  return models.sort((a, b) => {
    const va = sortValue(a, query.sort);
    const vb = sortValue(b, query.sort);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    return (va < vb ? -1 : va > vb ? 1 : 0) * sign || a.id.localeCompare(b.id);
  });
}

function sortHeader(label: string, key: SortKey, query: ModelsQuery, params: URLSearchParams): SafeHtml {
  const active = query.sort === key;
  const next = new URLSearchParams(params);
  next.set('sort', key);
  next.set('dir', active && query.dir === 'asc' ? 'desc' : 'asc');
  const ariaSort = active ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  const numeric = key !== 'name' && key !== 'kind';
  return html`<th aria-sort="${ariaSort}"${numeric ? html` class="num"` : ''}><a href="?${next.toString()}">${label}</a></th>`;
}

function option(value: string, label: string, selected: string | undefined): SafeHtml {
  return html`<option value="${value}"${value === (selected ?? '') ? html` selected` : ''}>${label}</option>`;
}

/** Open-weight families: run them behind an OpenAI-compatible server; no price of ours applies. */
function openWeightSection(): SafeHtml {
  return html`<section class="card gap-top" id="open-weight">
  <h2>Runs on your server</h2>
  <p class="muted small">Open-weight families you can run behind an OpenAI-compatible server (Ollama, vLLM, LM Studio) and bind with the provider "openai-compatible". Prices: ${RUNS_ON_YOUR_SERVER}.</p>
  <div class="table-wrap"><table>
    <thead><tr><th>Family</th><th>Maker</th><th>Hosted as (price data)</th><th>Price</th><th>Source</th></tr></thead>
    <tbody>${openWeightFamilies().map(
      (f) =>
        html`<tr data-family="${f.id}"><td>${f.displayName}${f.serverExample ? html`<div class="model-id">e.g. ${f.serverExample}</div>` : ''}</td><td>${f.maker}</td><td class="small">${f.hostedIds.join(', ')}</td><td class="small">${RUNS_ON_YOUR_SERVER}</td><td class="small">${f.source} (read ${f.sourceDate})</td></tr>`,
    )}</tbody>
  </table></div>
</section>`;
}

export function renderModelsPage(query: ModelsQuery, now: Date): SafeHtml {
  const models = selectModels(query, now);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const body = html`<div class="page-head">
  <div><h1>Models</h1><p>Facts from the model directory: prices in USD, per 1M tokens unless noted. Pick two to compare.</p></div>
</div>
<form class="filters card" method="get" action="/models" id="model-filters">
  <div class="field"><label for="f-kind">Kind</label><select id="f-kind" name="kind">${[
    option('', 'Any kind', query.kind),
    ...ModelKindSchema.options.map((kind) => option(kind, kind[0]!.toUpperCase() + kind.slice(1), query.kind)),
  ]}</select></div>
  <div class="field"><label for="f-cap">Capability</label><select id="f-cap" name="capability">${[
    option('', 'Any capability', query.capability),
    ...LISTED_CAPABILITIES.map((name) => option(name, capabilityLabel(name), query.capability)),
  ]}</select></div>
  <div class="field"><label for="f-max-input">Max input $/1M</label><input id="f-max-input" name="maxInput" type="number" min="0" step="any" value="${query.maxInput ?? ''}"></div>
  <div class="field"><label for="f-max-image">Max $/image</label><input id="f-max-image" name="maxImage" type="number" min="0" step="any" value="${query.maxImage ?? ''}"></div>
  <label class="checkbox"><input type="checkbox" name="shutdown" value="1" id="f-shutdown"${query.shutdown ? html` checked` : ''}> Show shut-down models</label>
  <input type="hidden" name="sort" value="${query.sort}"><input type="hidden" name="dir" value="${query.dir}">
  <button class="btn" type="submit">Apply</button>
</form>
<form method="get" action="/models/compare" id="compare-form">
  <div class="table-toolbar"><span class="muted small" id="compare-hint">${models.length} models. Tick two or more to compare.</span><span class="spacer"></span><button class="btn btn-primary" type="submit" id="compare-button">Compare selected</button></div>
  <div class="table-wrap"><table id="models-table">
    <thead><tr><th><span class="visually-hidden">Select</span></th>${[
      sortHeader('Model', 'name', query, params),
      sortHeader('Kind', 'kind', query, params),
      sortHeader('Context', 'context', query, params),
      sortHeader('Input', 'input', query, params),
      sortHeader('Output', 'output', query, params),
      sortHeader('Per image', 'image', query, params),
    ]}<th>Status</th><th>Capabilities</th></tr></thead>
    <tbody>${models.map(
      (model) => html`<tr data-model="${model.id}">
      <td><input type="checkbox" name="ids" value="${model.id}" aria-label="Select ${model.displayName}"></td>
      <td class="model-cell"><div class="model-name"><a href="/models/${model.id}">${model.displayName}</a></div><div class="model-id">${providerName(model)} · ${model.id}</div></td>
      <td>${model.kind}</td>
      <td class="num">${formatContext(model)}</td>
      <td class="num nowrap">${priceCell(model, 'input')}</td>
      <td class="num nowrap">${priceCell(model, 'output')}</td>
      <td class="num nowrap">${formatImageRange(model)}</td>
      <td>${statusBadge(model, now)}</td>
      <td class="caps">${capabilityList(model) || '—'}</td>
    </tr>`,
    )}</tbody>
  </table></div>
  ${models.length === 0 ? html`<p class="empty">No model matches these filters. Loosen one of them.</p>` : ''}
</form>
${openWeightSection()}`;
  return layout({ title: 'Models', section: 'models', body, scripts: ['models'], width: 'wide' });
}
