/**
 * /spend (editors): what the workspace spent on models — the month's figures and projection,
 * charts per day, app and model, and a table per app and per model — drawn by
 * web/spend/main.ts from GET /api/spend, so the page shows exactly what the API says.
 */
import { html, type SafeHtml } from '../html/html';
import { layout } from '../html/layout';

export function renderSpendPage(): SafeHtml {
  const body = html`<div class="page-head">
  <div><h1>Spend</h1><p>What your apps, trials and the builder agent spent on models, this month and last. Dry runs cost nothing and are shown apart.</p></div>
  <nav class="spend-months" aria-label="Month" data-role="months"></nav>
</div>
<div class="stack" id="spend" aria-busy="true">
<section class="card">
  <div class="spend-figures" data-role="figures"><p class="muted small">Loading…</p></div>
  <p class="small muted" data-role="summary"></p>
</section>
<section class="card">
  <h2>Per day</h2>
  <div class="chart-box"><canvas id="chart-days" aria-label="Spend per day" role="img"></canvas></div>
</section>
<div class="grid-2">
  <section class="card">
    <h2>Per app</h2>
    <div class="chart-box"><canvas id="chart-apps" aria-label="Spend per app" role="img"></canvas></div>
  </section>
  <section class="card">
    <h2>Per model</h2>
    <div class="chart-box"><canvas id="chart-models" aria-label="Spend per model" role="img"></canvas></div>
  </section>
</div>
<section class="card">
  <h2>Apps and models</h2>
  <div class="table-wrap" data-role="table"></div>
</section>
<section class="card">
  <h2>Budgets</h2>
  <div data-role="budgets"></div>
  <form class="inline-form" id="budget-form">
    <div class="field"><label for="budget-scope">For</label><select id="budget-scope" name="scope"><option value="">The workspace</option></select></div>
    <div class="field"><label for="budget-amount">USD a month</label><input id="budget-amount" name="monthlyUsd" type="number" min="0.01" step="0.01" required></div>
    <div class="field"><label for="budget-mode">Mode</label><select id="budget-mode" name="mode"><option value="hard">Hard: refuse runs past it</option><option value="soft">Soft: only warn</option></select></div>
    <div class="field"><label for="budget-fallback">Fallback model (apps, hard)</label><input id="budget-fallback" name="fallback" placeholder="e.g. gpt-5-nano"></div>
    <button class="btn btn-primary" type="submit">Save budget</button>
  </form>
  <p class="small muted" data-role="budget-status" role="status"></p>
  <p class="small muted">Warnings go out at 80% and 100% of a budget, once a month each, through the app's notify step. The API: PUT /api/budgets/workspace, PUT /api/apps/&lt;slug&gt;/budget.</p>
</section>
</div>`;
  return layout({ title: 'Spend', section: 'spend', body, scripts: ['spend'], width: 'wide' });
}
