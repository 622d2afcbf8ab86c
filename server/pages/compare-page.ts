/**
 * /models/compare?ids=a,b: at a glance, how they differ (sentences computed by
 * agent/catalog compareModels), strengths side by side, and a workload cost calculator
 * that web/models/compare.ts recalculates through POST /api/models/compare.
 */
import { z } from 'zod';
import { compareModels, getCatalog, listModels, type Comparison, type ModelFacts } from '../../agent/catalog';
import { html, type SafeHtml } from '../html/html';
import { jsonIsland } from '../html/json-island';
import { layout } from '../html/layout';
import { closingCta, eitherOrBoth, faqSection, introCards, relatedSection } from './compare-sections';
import { lifecycleBanner } from './model-lifecycle-banner';

/** `?ids=a,b` (links) or `?ids=a&ids=b` (the directory's checkboxes without JS). */
export const CompareQuerySchema = z.object({
  ids: z
    .preprocess(
      (v) =>
        v === undefined
          ? []
          : (Array.isArray(v) ? v : [v])
              .flatMap((s) => String(s).split(','))
              .map((s) => s.trim())
              .filter(Boolean),
      z.array(z.string().min(1).max(120)).max(6, 'compare at most 6 models at once'),
    )
    .default([]),
});

/** What web/models/compare.ts reads from the page. */
export interface ComparePageData {
  ids: string[];
}

function picker(selected: readonly string[], now: Date): SafeHtml {
  const models = listModels({ excludeShutDown: false, now }).sort((a, b) => a.displayName.localeCompare(b.displayName));
  const select = (index: number) =>
    html`<div class="field"><label for="pick-${index}">Model ${index + 1}</label><select id="pick-${index}" name="ids">${[
      index >= 2 ? html`<option value="">—</option>` : '',
      ...models.map((m) => html`<option value="${m.id}"${selected[index] === m.id ? html` selected` : ''}>${m.displayName}</option>`),
    ]}</select></div>`;
  return html`<form class="card compare-pick" method="get" action="/models/compare" id="compare-pick">
  ${select(0)}${select(1)}
  <button class="btn" type="submit">Compare</button>
</form>`;
}

function comparisonBody(comparison: Comparison, now: Date): SafeHtml {
  const names = comparison.models.map((m) => m.displayName);
  const facts: ModelFacts[] = comparison.models.map((m) => getCatalog().require(m.id));
  const [a, b] = facts as [ModelFacts, ModelFacts];
  return html`${introCards(facts, now)}
<section class="card" id="at-a-glance">
  <h2>At a glance</h2>
  <div class="table-wrap"><table>
    <thead><tr><th></th>${names.map((name) => html`<th>${name}</th>`)}</tr></thead>
    <tbody>${comparison.table.map(
      (row) => html`<tr><th scope="row">${row.label}</th>${row.values.map((value) => html`<td>${value}</td>`)}</tr>`,
    )}</tbody>
  </table></div>
</section>
<section class="card" id="differences">
  <h2>How they differ</h2>
  ${
    comparison.differences.length
      ? html`<ul class="sentences">${comparison.differences.map((sentence) => html`<li>${sentence}</li>`)}</ul>`
      : html`<p class="muted">The facts show no notable difference.</p>`
  }
</section>
<section id="strengths">
  <h2>Strengths side by side</h2>
  <div class="compare-grid">${comparison.strengths.map(
    (entry) =>
      html`<div class="card" data-model="${entry.modelId}"><h3>${entry.displayName}</h3>${
        entry.strengths.length
          ? html`<ul class="strengths">${entry.strengths.map((s) => html`<li>${s}</li>`)}</ul>`
          : html`<p class="muted">No strengths recorded.</p>`
      }</div>`,
  )}</div>
</section>
<section class="card" id="calculator">
  <h2>Workload cost</h2>
  <p class="muted small">What a month of this workload costs on each model, from the directory's prices.</p>
  <form id="workload-form" class="calc">
    <div class="field"><label for="w-requests">Requests per month</label><input id="w-requests" name="requests" type="number" min="1" step="1" value="1000" required></div>
    <div class="field"><label for="w-input">Input tokens per request</label><input id="w-input" name="inputTokens" type="number" min="0" step="1" value="1000"></div>
    <div class="field"><label for="w-output">Output tokens per request</label><input id="w-output" name="outputTokens" type="number" min="0" step="1" value="500"></div>
    <div class="field"><label for="w-images">Images per request</label><input id="w-images" name="images" type="number" min="0" max="100" step="1" value="1"></div>
    <div class="field"><label for="w-quality">Image quality</label><select id="w-quality" name="imageQuality"><option>low</option><option selected>medium</option><option>high</option></select></div>
    <div class="field"><label for="w-size">Image size</label><select id="w-size" name="imageSize"><option selected>1024x1024</option><option>1024x1536</option><option>1536x1024</option></select></div>
  </form>
  <div id="calc-status" class="muted small" role="status"></div>
  <div id="calc-results" class="calc-results"></div>
</section>
${eitherOrBoth(a, b, now)}
${relatedSection(facts, now)}
${faqSection(a, b, now)}
${closingCta(a, b, now)}`;
}

export function renderComparePage(query: z.infer<typeof CompareQuerySchema>, now: Date): SafeHtml {
  let comparison: Comparison | null = null;
  // The catalog's input errors (CompareInputError) are the person's to fix: mapError makes them a 400 page.
  if (query.ids.length >= 2) comparison = compareModels(query.ids, undefined, { now });
  const ids = comparison?.models.map((m) => m.id) ?? query.ids;
  const title = comparison ? comparison.models.map((m) => m.displayName).join(' vs ') : 'Compare models';
  const body = html`<div class="page-head">
  <div><h1>${title}</h1><p>${comparison ? `Facts as of ${comparison.asOf}; statuses on ${comparison.evaluatedOn}. Every sentence is computed from the directory.` : 'Pick two models to see their facts side by side.'}</p></div>
  <a class="btn" href="/models">All models</a>
</div>
${
  comparison
    ? lifecycleBanner(
        comparison.models.map((m) => getCatalog().require(m.id)),
        now,
      )
    : ''
}
<div class="stack">
${picker(ids, now)}
${comparison ? comparisonBody(comparison, now) : ''}
</div>
${jsonIsland('compare-data', { ids } satisfies ComparePageData)}`;
  return layout({ title, section: 'models', body, scripts: ['compare'] });
}
