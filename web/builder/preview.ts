/** The live preview of the app being built: its form, steps with bound models, collections, triggers. */
import type { AppSpec, Field, Step } from '../../agent/spec/app-spec';
import { formatCount, formatUsd } from '../../agent/catalog/money';
import { h, replaceChildren, type Child } from '../dom';
import { effectiveBinding } from '../../agent/spec/bindings';
import { formControl } from '../../agent/spec/form-controls';
import { stepKindLabel } from '../../agent/spec/spec-labels';
import { scheduleSentence, triggerInWords } from '../../agent/spec/schedule-words';
import { fieldTypeWord } from '../../agent/spec/plain-words';

export type ModelNames = (id: string) => string;

/** One form control for a field (agent/spec/form-controls.ts, as on the app page), disabled, with its type. */
function fieldControl(field: Field): HTMLElement {
  const c = formControl(field, 'preview');
  const attrs = { ...Object.fromEntries(c.attributes), id: c.id, name: c.name, 'data-type': c.type, required: c.required, disabled: true };
  if (c.element === 'checkbox') {
    return h('div', { class: 'field', dataset: { field: c.name } }, h('label', { class: 'checkbox' }, h('input', { attrs }), ' ', c.label));
  }
  const control =
    c.element === 'textarea'
      ? h('textarea', { attrs: { ...attrs, rows: 2 } })
      : c.element === 'select'
        ? h(
            'select',
            { attrs },
            c.options.map(([value, text]) => h('option', { attrs: { value } }, text)),
          )
        : h('input', { attrs });
  return h(
    'div',
    { class: 'field', dataset: { field: c.name } },
    h(
      'label',
      { attrs: { for: c.id } },
      c.label,
      c.required ? h('span', { class: 'required' }, '*') : null,
      ' ',
      h('span', { class: 'badge' }, fieldTypeWord(c.type)),
    ),
    control,
    c.help ? h('span', { class: 'help' }, c.help) : null,
  );
}

function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'preview-section' }, h('h4', null, title), ...children);
}

/** What the app's estimate says (estimate_app_cost through GET /api/apps/:slug/estimate). */
export interface PreviewCost {
  perRun: number;
  perMonth: number;
  runsPerMonth: number;
  complete: boolean;
}

function costLine(cost: PreviewCost | null): HTMLElement {
  if (!cost) return h('p', { class: 'muted small' }, 'No estimate available.');
  const bound = cost.complete ? '' : ' (at least; some parts have no published price)';
  return h(
    'p',
    { class: 'small', dataset: { role: 'preview-cost' } },
    'About ',
    h('strong', null, formatUsd(cost.perRun)),
    ' per run, ',
    h('strong', null, formatUsd(cost.perMonth)),
    ` a month at ${formatCount(cost.runsPerMonth)} runs${bound}.`,
  );
}

export function renderPreview(
  container: HTMLElement,
  spec: AppSpec,
  version: number,
  modelName: ModelNames,
  cost: PreviewCost | null,
): void {
  const stepModel = (step: Step) => effectiveBinding(spec, step)?.model ?? null;
  replaceChildren(
    container,
    h(
      'div',
      { class: 'preview-title' },
      h('h3', { dataset: { role: 'preview-name' } }, spec.name),
      h('span', { class: 'badge' }, `v${version}`),
      h(
        'span',
        { class: 'badge badge-accent', dataset: { role: 'preview-model' }, attrs: { title: spec.model.model } },
        modelName(spec.model.model),
      ),
    ),
    spec.description ? h('p', { class: 'muted' }, spec.description) : null,
    section('Estimated cost', costLine(cost)),
    section(
      'Form',
      spec.inputs.length
        ? h(
            'div',
            { class: 'preview-form' },
            spec.inputs.map(fieldControl),
            h('button', { class: 'btn btn-primary', attrs: { type: 'button', disabled: true } }, 'Run'),
          )
        : h('p', { class: 'muted small' }, 'No inputs yet.'),
    ),
    section(
      'Steps',
      spec.steps.length
        ? h(
            'ol',
            { class: 'step-list' },
            spec.steps.map((step) => {
              const model = stepModel(step);
              return h(
                'li',
                { class: 'step-item', dataset: { step: step.id } },
                h('div', null, h('div', null, step.title), h('div', { class: 'step-kind' }, stepKindLabel(step.kind))),
                model ? h('span', { class: 'badge badge-accent', dataset: { model } }, modelName(model)) : null,
              );
            }),
          )
        : h('p', { class: 'muted small' }, 'No steps yet.'),
    ),
    spec.collections.length
      ? section(
          'Collections',
          spec.collections.map((collection) =>
            h(
              'div',
              { class: 'card', dataset: { collection: collection.name } },
              h('strong', null, collection.label),
              h(
                'div',
                { class: 'badges gap-top' },
                collection.fields.map((f) => h('span', { class: 'badge' }, `${f.label} · ${f.type}`)),
              ),
            ),
          ),
        )
      : null,
    section(
      'Triggers',
      h(
        'div',
        { class: 'badges' },
        spec.triggers.map((t) => h('span', { class: 'badge' }, triggerInWords(t))),
      ),
      spec.triggers.map((t) =>
        t.kind === 'schedule' ? h('p', { class: 'small', dataset: { role: 'schedule' } }, scheduleSentence(t, new Date())) : null,
      ),
    ),
    h(
      'div',
      { class: 'row' },
      h('a', { class: 'btn', attrs: { href: `/apps/${encodeURIComponent(spec.slug)}`, 'data-role': 'open-app' } }, 'Open app →'),
      h('span', { class: 'muted small' }, `/apps/${spec.slug}`),
    ),
  );
  container.classList.remove('preview-changed');
  // Restart the highlight so each change is visible.
  void container.offsetWidth;
  container.classList.add('preview-changed');
}
