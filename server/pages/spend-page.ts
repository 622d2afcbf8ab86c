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
  <p class="small muted">Set a monthly budget with PUT /api/budgets/workspace or PUT /api/apps/&lt;slug&gt;/budget (<code>{"monthlyUsd": 50, "mode": "hard"}</code>; an app may name a cheaper <code>fallback</code> model). Warnings go out at 80% and 100% through the app's notify step.</p>
</section>
</div>`;
  return layout({ title: 'Spend', section: 'spend', body, scripts: ['spend'], width: 'wide' });
}
