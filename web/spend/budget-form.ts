/** The Spend page's budget form and Remove buttons: PUT/DELETE the workspace's or an app's budget. */
import type { BudgetStatus } from '../../agent/spend/spend-report';
import { formatUsd } from '../../agent/catalog/money';
import { api, ApiError } from '../api';
import { byId, h, replaceChildren } from '../dom';

const budgetUrl = (slug: string | null) => (slug ? `/api/apps/${encodeURIComponent(slug)}/budget` : '/api/budgets/workspace');
const sentence = (error: unknown) =>
  error instanceof ApiError ? error.message : 'The server did not answer. Reload the page and try again.';

/** Lists the budgets with a Remove button each; `changed` reloads the report. */
export function renderBudgets(list: HTMLElement, budgets: readonly BudgetStatus[], changed: () => void): void {
  const status = document.querySelector<HTMLElement>('[data-role="budget-status"]')!;
  if (budgets.length === 0) {
    replaceChildren(list, h('p', { class: 'muted' }, 'No budget is set.'));
    return;
  }
  const remove = async (slug: string | null) => {
    try {
      await api('DELETE', budgetUrl(slug));
      status.textContent = `Removed the ${slug ? `budget of ${slug}` : "workspace's budget"}.`;
      changed();
    } catch (error) {
      status.textContent = sentence(error);
    }
  };
  replaceChildren(
    list,
    h(
      'ul',
      { class: 'spend-budgets' },
      budgets.map((b) =>
        h(
          'li',
          { dataset: { budget: b.appSlug ?? 'workspace' } },
          h('strong', null, b.appSlug ? `App ${b.appSlug}` : 'Workspace'),
          ` — ${formatUsd(b.spentUsd)} of ${formatUsd(b.monthlyUsd)} (${b.mode}${b.fallback ? `, falls back to ${b.fallback}` : ''}), ${formatUsd(b.leftUsd)} left. `,
          h(
            'button',
            { class: 'btn btn-small btn-link', attrs: { type: 'button' }, on: { click: () => void remove(b.appSlug) } },
            'Remove',
          ),
        ),
      ),
    ),
  );
}

export async function mountBudgetForm(changed: () => void): Promise<void> {
  const form = byId<HTMLFormElement>('budget-form');
  const scope = byId<HTMLSelectElement>('budget-scope');
  const status = document.querySelector<HTMLElement>('[data-role="budget-status"]')!;
  const { data } = await api<{ data: { apps: { slug: string; name: string }[] } }>('GET', '/api/apps');
  for (const app of data.apps) scope.append(h('option', { attrs: { value: app.slug } }, `App: ${app.name}`));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const slug = String(data.get('scope') ?? '') || null;
    const fallback = String(data.get('fallback') ?? '').trim();
    const body = {
      monthlyUsd: Number(data.get('monthlyUsd')),
      mode: String(data.get('mode')),
      ...(fallback ? { fallback: { model: fallback } } : {}),
    };
    try {
      await api('PUT', budgetUrl(slug), body);
      status.textContent = `Saved: ${formatUsd(body.monthlyUsd)} a month (${body.mode}) for ${slug ?? 'the workspace'}.`;
      changed();
    } catch (error) {
      status.textContent = sentence(error);
    }
  });
}
