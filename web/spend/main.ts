/** The Spend page: GET /api/spend (this month, or ?month=YYYY-MM) as figures, charts and tables. */
import type { SpendReport } from '../../agent/spend/spend-report';
import type { SpendTotal } from '../../agent/ports/spend';
import { formatCount, formatUsd } from '../../agent/catalog/money';
import { api, ApiError } from '../api';
import { byId, h, replaceChildren } from '../dom';
import { mountBudgetForm, renderBudgets } from './budget-form';
import { drawBars } from './charts';

const root = byId('spend');
const part = (role: string) => root.parentElement!.querySelector<HTMLElement>(`[data-role="${role}"]`)!;

function figure(name: string, label: string, value: string, note: string | null = null): HTMLElement {
  return h(
    'div',
    { class: 'spend-figure', dataset: { figure: name } },
    h('div', { class: 'small muted' }, label),
    h('div', { class: 'spend-value' }, value),
    note ? h('div', { class: 'small muted' }, note) : null,
  );
}

function row(kind: 'app' | 'model', key: string, label: Node | string, total: SpendTotal, share: number): HTMLElement {
  return h(
    'tr',
    { dataset: { [kind]: key } },
    h('td', null, label),
    h('td', { class: 'num', dataset: { col: 'cost' } }, formatUsd(total.costUsd)),
    h('td', { class: 'num', dataset: { col: 'share' } }, `${Math.round(share * 100)}%`),
    h('td', { class: 'num', dataset: { col: 'runs' } }, String(total.runs)),
    h('td', { class: 'num', dataset: { col: 'calls' } }, String(total.calls)),
    h('td', { class: 'num' }, `${formatCount(total.inputTokens)} / ${formatCount(total.outputTokens)}`),
    h('td', { class: 'num muted' }, total.dryRunUsd > 0 ? formatUsd(total.dryRunUsd) : '—'),
  );
}

function table(report: SpendReport): HTMLElement {
  const all = report.total.costUsd;
  const share = (t: SpendTotal) => (all > 0 ? t.costUsd / all : 0);
  const head = (first: string) =>
    h(
      'tr',
      null,
      h('th', null, first),
      ...['Spent', 'Share', 'Runs', 'Calls', 'Tokens in / out', 'Dry runs'].map((c) => h('th', { class: 'num' }, c)),
    );
  return h(
    'table',
    { class: 'spend-table' },
    h('thead', null, head('App')),
    h(
      'tbody',
      null,
      report.byApp.length === 0
        ? h('tr', null, h('td', { attrs: { colspan: 7 }, class: 'muted' }, 'Nothing was spent in this month.'))
        : null,
      report.byApp.map((a) =>
        row('app', a.slug ?? 'builder', a.slug ? h('a', { attrs: { href: `/apps/${a.slug}` } }, a.name) : a.name, a, share(a)),
      ),
    ),
    h('thead', null, head('Model')),
    h(
      'tbody',
      null,
      report.byModel.map((m) => row('model', m.key ?? '', h('code', null, m.key ?? ''), m, share(m))),
    ),
  );
}

function render(report: SpendReport): void {
  const month = new URLSearchParams(location.search).get('month');
  replaceChildren(
    part('months'),
    h('a', { class: `btn btn-small${month ? '' : ' btn-primary'}`, attrs: { href: '/spend' } }, 'This month'),
    h(
      'a',
      {
        class: `btn btn-small${month === report.lastMonth.key ? ' btn-primary' : ''}`,
        attrs: { href: `/spend?month=${report.current ? report.lastMonth.key : report.month.key}` },
      },
      report.current ? report.lastMonth.label : report.month.label,
    ),
  );
  replaceChildren(
    part('figures'),
    figure(
      'total',
      report.current ? `${report.month.label}, so far` : report.month.label,
      formatUsd(report.total.costUsd),
      `${report.total.runs} runs, ${report.total.calls} model calls`,
    ),
    figure(
      'projection',
      'Projected by month’s end',
      formatUsd(report.projectionUsd),
      report.current ? 'at this month’s pace so far' : 'the month is over',
    ),
    figure('last-month', report.lastMonth.label, formatUsd(report.lastMonth.total.costUsd)),
    figure('dry-runs', 'Dry runs would have cost', formatUsd(report.total.dryRunUsd), 'nothing was sent'),
  );
  part('summary').textContent = report.summary;
  drawBars('chart-days', {
    labels: report.byDay.map((d) => (d.key ?? '').slice(5)),
    spent: report.byDay.map((d) => d.costUsd),
    dryRun: report.byDay.map((d) => d.dryRunUsd),
  });
  drawBars(
    'chart-apps',
    { labels: report.byApp.map((a) => a.name), spent: report.byApp.map((a) => a.costUsd), dryRun: report.byApp.map((a) => a.dryRunUsd) },
    true,
  );
  drawBars(
    'chart-models',
    {
      labels: report.byModel.map((m) => m.key ?? ''),
      spent: report.byModel.map((m) => m.costUsd),
      dryRun: report.byModel.map((m) => m.dryRunUsd),
    },
    true,
  );
  replaceChildren(part('table'), table(report));
  renderBudgets(part('budgets'), report.budgets, load);
  root.setAttribute('aria-busy', 'false');
}

function load(): void {
  const month = new URLSearchParams(location.search).get('month');
  root.setAttribute('aria-busy', 'true');
  api<SpendReport>('GET', `/api/spend${month ? `?month=${encodeURIComponent(month)}` : ''}`)
    .then(render)
    .catch((error: unknown) => {
      replaceChildren(
        part('figures'),
        h(
          'p',
          { class: 'banner banner-danger', attrs: { role: 'alert' } },
          error instanceof ApiError ? error.message : 'The spend could not be loaded. Reload the page.',
        ),
      );
      root.setAttribute('aria-busy', 'false');
    });
}

load();
mountBudgetForm(load).catch((error: unknown) => {
  part('budget-status').textContent =
    error instanceof ApiError ? error.message : 'The apps could not be loaded; only the workspace budget can be set.';
});
