/** The comparison page: model pickers navigate; the workload calculator recalculates via the API. */
import type { Comparison } from '../../agent/catalog/compare';
import type { CostEstimate } from '../../agent/catalog/cost';
import { formatCount, formatUsd } from '../../agent/catalog/money';
import { api } from '../api';
import { byId, h, readIsland, replaceChildren } from '../dom';
import { checkNumberInputs } from '../shared/number-fields';

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
  /** The box's number; checkNumberInputs has already refused an empty or out-of-range one. */
  const number = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).valueAsNumber;
  const choice = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;

  const costRow = (cost: CostEstimate) =>
    h(
      'tr',
      { dataset: { model: cost.modelId } },
      h(
        'td',
        null,
        h('div', { class: 'model-name' }, cost.displayName),
        cost.complete ? null : h('span', { class: 'badge badge-warn' }, 'partly priced'),
      ),
      h('td', { class: 'num' }, formatUsd(cost.perRequest)),
      h('td', { class: 'num cost' }, formatUsd(cost.total)),
      h(
        'td',
        { class: 'small' },
        cost.lines.length
          ? h(
              'ul',
              { class: 'sentences' },
              cost.lines.map((line) =>
                h('li', null, `${line.item}: ${formatCount(line.quantity)} ${line.unit} → ${formatUsd(line.subtotal)}`),
              ),
            )
          : '—',
        [...cost.unpriced, ...cost.notes].map((note) => h('div', { class: 'muted' }, note)),
      ),
    );

  let sequence = 0;
  const recalculate = async () => {
    const mine = ++sequence;
    // An empty or out-of-range number is said under its box, not quietly replaced.
    if (checkNumberInputs(form) > 0) {
      status.textContent = 'Fix the marked number to recalculate.';
      replaceChildren(results);
      return;
    }
    status.textContent = 'Calculating…';
    const workload = {
      requests: number('requests'),
      inputTokens: number('inputTokens'),
      outputTokens: number('outputTokens'),
      images: number('images'),
      imageQuality: choice('imageQuality'),
      imageSize: choice('imageSize'),
    };
    try {
      const result = await api<{ data: Comparison }>('POST', '/api/models/compare', { models: ids, workload });
      if (mine !== sequence) return; // a newer calculation is on its way
      const costs = result.data.costs ?? [];
      status.textContent = '';
      replaceChildren(
        results,
        h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            null,
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', null, 'Model'),
                h('th', { class: 'num' }, 'Per request'),
                h('th', { class: 'num' }, 'Per month'),
                h('th', null, 'Breakdown (month)'),
              ),
            ),
            h('tbody', null, costs.map(costRow)),
          ),
        ),
        result.data.costSummary.length
          ? h(
              'ul',
              { class: 'sentences gap-top' },
              result.data.costSummary.map((s) => h('li', null, s)),
            )
          : null,
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
