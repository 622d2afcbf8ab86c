/** The comparison page: model pickers navigate; the workload calculator recalculates via the API. */
import type { Comparison } from '../../agent/catalog/compare';
import type { CostEstimate } from '../../agent/catalog/cost';
import { formatCount, formatUsd } from '../../agent/catalog/money';
import { api } from '../api';
import { byId, h, readIsland, replaceChildren } from '../dom';

const { ids } = readIsland<{ ids: string[] }>('compare-data');

const pick = byId<HTMLFormElement>('compare-pick');
pick.addEventListener('change', () => {
  const chosen = [...pick.querySelectorAll<HTMLSelectElement>('select')].map((s) => s.value).filter(Boolean);
  if (chosen.length >= 2) location.href = `/models/compare?ids=${chosen.map(encodeURIComponent).join(',')}`;
});

const form = document.getElementById('workload-form') as HTMLFormElement | null;
if (form && ids.length >= 2) {
  const status = byId('calc-status');
  const results = byId('calc-results');
  /** The field's whole number, or a sentence saying what is wrong with it (never a silent default). */
  const number = (name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | string => {
    const input = form.elements.namedItem(name) as HTMLInputElement;
    const label = form.querySelector(`label[for="${input.id}"]`)?.textContent ?? name;
    const value = input.valueAsNumber;
    if (input.value.trim() === '' || !Number.isFinite(value)) return `${label}: enter a number.`;
    if (!Number.isInteger(value) || value < min || value > max) {
      return `${label}: enter a whole number ${max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`}; ${input.value} is not one.`;
    }
    return value;
  };
  const choice = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;

  const costRow = (cost: CostEstimate) =>
    h(
      'tr',
      { dataset: { model: cost.modelId } },
      h('td', null, h('div', { class: 'model-name' }, cost.displayName), cost.complete ? null : h('span', { class: 'badge badge-warn' }, 'partly priced')),
      h('td', { class: 'num' }, formatUsd(cost.perRequest)),
      h('td', { class: 'num cost' }, formatUsd(cost.total)),
      h(
        'td',
        { class: 'small' },
        cost.lines.length ? h('ul', { class: 'sentences' }, cost.lines.map((line) => h('li', null, `${line.item}: ${formatCount(line.quantity)} ${line.unit} → ${formatUsd(line.subtotal)}`))) : '—',
        [...cost.unpriced, ...cost.notes].map((note) => h('div', { class: 'muted' }, note)),
      ),
    );

  let sequence = 0;
  const recalculate = async () => {
    const mine = ++sequence;
    const values = {
      requests: number('requests', 1),
      inputTokens: number('inputTokens', 0),
      outputTokens: number('outputTokens', 0),
      images: number('images', 0, 100),
    };
    const problems = Object.values(values).filter((v): v is string => typeof v === 'string');
    if (problems.length > 0) {
      status.textContent = problems.join(' ');
      status.classList.add('error');
      replaceChildren(results);
      return;
    }
    status.classList.remove('error');
    status.textContent = 'Calculating…';
    const workload = { ...(values as Record<keyof typeof values, number>), imageQuality: choice('imageQuality'), imageSize: choice('imageSize') };
    try {
      const result = await api<{ data: Comparison }>('POST', '/api/models/compare', { models: ids, workload });
      if (mine !== sequence) return; // a newer calculation is on its way
      const costs = result.data.costs ?? [];
      status.textContent = '';
      replaceChildren(
        results,
        h('div', { class: 'table-wrap' }, h('table', null, h('thead', null, h('tr', null, h('th', null, 'Model'), h('th', { class: 'num' }, 'Per request'), h('th', { class: 'num' }, 'Per month'), h('th', null, 'Breakdown (month)'))), h('tbody', null, costs.map(costRow)))),
        result.data.costSummary.length ? h('ul', { class: 'sentences gap-top' }, result.data.costSummary.map((s) => h('li', null, s))) : null,
      );
    } catch (error) {
      if (mine === sequence) status.textContent = (error as Error).message;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void recalculate(), 200);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  void recalculate();
}
