/** The app page's spend card: this month to date and cost per run, from GET /api/apps/:slug/spend. */
import type { AppSpendReport } from '../../agent/spend/spend-report';
import { formatUsd } from '../../agent/catalog/money';
import { api } from '../api';
import { h, replaceChildren } from '../dom';

export async function loadAppSpend(slug: string): Promise<void> {
  const card = document.querySelector<HTMLElement>('[data-role="app-spend"]');
  if (!card) return;
  try {
    const spend = await api<AppSpendReport>('GET', `/api/apps/${encodeURIComponent(slug)}/spend`);
    replaceChildren(
      card,
      h(
        'div',
        { dataset: { figure: 'month-to-date' } },
        h('div', { class: 'small muted' }, `${spend.month.label}, so far`),
        h('strong', null, formatUsd(spend.total.costUsd)),
      ),
      h(
        'div',
        { dataset: { figure: 'cost-per-run' } },
        h('div', { class: 'small muted' }, 'Cost per run'),
        h('strong', null, spend.costPerRunUsd === null ? '—' : formatUsd(spend.costPerRunUsd)),
      ),
      h(
        'div',
        { dataset: { figure: 'runs' } },
        h('div', { class: 'small muted' }, 'Runs with spend'),
        h('strong', null, String(spend.total.runs)),
      ),
      spend.budget
        ? h(
            'div',
            { dataset: { figure: 'budget' } },
            h('div', { class: 'small muted' }, `Budget (${spend.budget.mode})`),
            h('strong', null, `${formatUsd(spend.budget.leftUsd)} of ${formatUsd(spend.budget.monthlyUsd)} left`),
          )
        : null,
    );
  } catch (error) {
    replaceChildren(card, h('p', { class: 'muted small' }, (error as Error).message));
  }
}
