/**
 * /models/<id>: every fact of one directory entry with its source and that source's date,
 * the lifecycle (with successor), strengths, notes, and "build a tool with it".
 */
import { z } from 'zod';
import { atAGlance, CAPABILITY_LABELS, FLAG_CAPABILITIES, getCatalog, priceDataLabel, type ModelFacts } from '../../agent/catalog';
import { html, type SafeHtml } from '../html/html';
import { layout } from '../html/layout';
import { factSource } from './fact-source';
import { oneLineDescription } from './model-description';
import { lifecycleBanner } from './model-lifecycle-banner';

export const ModelParamsSchema = z.object({ id: z.string().min(1).max(120) });

/** Which field each at-a-glance row rests on (for its source). */
const ROW_FIELDS: Record<string, string> = {
  Kind: 'modalities',
  'Context window': 'contextWindow',
  'Max output': 'maxOutputTokens',
  'Input, per 1M tokens': 'pricing.input',
  'Cached input, per 1M': 'pricing.cachedInput',
  'Output, per 1M tokens': 'pricing.output',
  'Batch, per 1M tokens': 'pricing.batch',
  'Per image': 'pricing.perImage',
  Capabilities: 'capabilities',
  Status: 'lifecycle',
  Released: 'releaseDate',
};

function sourceCell(model: ModelFacts, field: string): SafeHtml {
  const { source, date } = factSource(model, field);
  const link = /^https?:\/\//.test(source) ? html`<a href="${source.split(' ')[0]!}" rel="noreferrer">${source}</a>` : html`${source}`;
  return html`<td class="small source">${link}</td><td class="small nowrap">${date}</td>`;
}

function factsTable(model: ModelFacts, now: Date): SafeHtml {
  const rows = atAGlance([model], now).filter((row) => row.label !== 'Capabilities');
  const extra: Array<[string, string, string]> = [
    ['Max input', model.maxInputTokens === null ? 'unknown' : `${model.maxInputTokens.toLocaleString('en-US')} tokens`, 'maxInputTokens'],
    ['Knowledge cutoff', model.knowledgeCutoff ?? 'unknown', 'knowledgeCutoff'],
    ['Endpoints', model.endpoints?.join(', ') ?? 'unknown', 'endpoints'],
    ['Shutdown date', model.lifecycle.shutdownDate ?? 'none announced', 'lifecycle'],
    ['Deprecation notice', model.lifecycle.noticeDate ?? 'unknown', 'lifecycle'],
  ];
  return html`<div class="table-wrap"><table id="model-facts">
  <thead><tr><th>Fact</th><th>Value</th><th>Source</th><th>Source date</th></tr></thead>
  <tbody>${rows.map((row) => html`<tr><th scope="row">${row.label}</th><td>${row.values[0] === '—' ? 'unknown' : row.values[0]}</td>${sourceCell(model, ROW_FIELDS[row.label] ?? 'source')}</tr>`)}
  ${extra.map(([label, value, field]) => html`<tr><th scope="row">${label}</th><td>${value}</td>${sourceCell(model, field)}</tr>`)}
  ${successorRow(model)}</tbody>
</table></div>`;
}

function successorRow(model: ModelFacts): SafeHtml {
  const s = model.lifecycle.successor;
  if (!s)
    return html`<tr><th scope="row">Successor</th><td>${model.lifecycle.status === 'current' || model.lifecycle.status === 'preview' ? 'not applicable' : 'unknown'}</td><td class="small">—</td><td class="small">—</td></tr>`;
  return html`<tr><th scope="row">Successor</th><td><a href="/models/${s.id}">${s.id}</a></td><td class="small source"><a href="${s.source}" rel="noreferrer">${s.source}</a></td><td class="small nowrap">${s.sourceDate}</td></tr>`;
}

function capabilitiesTable(model: ModelFacts): SafeHtml {
  return html`<div class="table-wrap"><table id="model-capabilities">
  <thead><tr><th>Capability</th><th>Supported</th></tr></thead>
  <tbody>${FLAG_CAPABILITIES.map((c) => {
    const v = model.capabilities[c];
    return html`<tr><th scope="row">${CAPABILITY_LABELS[c]}</th><td>${v === true ? 'yes' : v === false ? 'no' : 'unknown'}</td></tr>`;
  })}</tbody>
</table></div><p class="muted small">Source: ${factSource(model, 'capabilities').source} (${factSource(model, 'capabilities').date}).</p>`;
}

export function renderModelPage(id: string, now: Date): SafeHtml {
  const model = getCatalog().require(id);
  const sources = [['main', model.source], ...Object.entries(model.fieldSources)] as const;
  const body = html`<div class="page-head">
  <div><h1>${model.displayName}</h1><p>${oneLineDescription(model, now)}</p><p class="muted small">${model.id} · token prices from ${priceDataLabel()} · facts as of ${getCatalog().asOf}</p></div>
  <a class="btn btn-primary" id="build-with" href="/?model=${encodeURIComponent(model.id)}">Build a tool with it</a>
</div>
${lifecycleBanner([model], now)}
<div class="stack">
<section class="card" id="facts"><h2>Every fact, with its source</h2>${factsTable(model, now)}</section>
<section class="card" id="capabilities"><h2>Capabilities</h2>${capabilitiesTable(model)}</section>
<section class="card" id="strengths"><h2>Strengths</h2>${model.strengths.length ? html`<ul class="strengths">${model.strengths.map((s) => html`<li>${s.text} <span class="muted small">(rests on ${s.basis})</span></li>`)}</ul>` : html`<p class="muted">None recorded.</p>`}</section>
${model.notes.length || model.lifecycle.note ? html`<section class="card" id="notes"><h2>Notes</h2><ul class="sentences">${[model.lifecycle.note, ...model.notes].filter((n): n is string => Boolean(n)).map((n) => html`<li>${n}</li>`)}</ul></section>` : ''}
<section class="card" id="sources"><h2>Sources</h2><ul class="sentences small">${sources.map(([field, source]) => html`<li><strong>${field}</strong>: ${source}</li>`)}</ul></section>
<section class="card cta" id="closing-cta"><h2>Build a tool with ${model.displayName}</h2><p>Describe the tool your team needs; the builder makes it with ${model.displayName} on its AI steps, and you can switch models later without rebuilding.</p><a class="btn btn-primary" href="/?model=${encodeURIComponent(model.id)}">Build a tool with it</a> <a class="btn" href="/models">All models</a></section>
</div>`;
  return layout({ title: model.displayName, section: 'models', body, width: 'wide' });
}
