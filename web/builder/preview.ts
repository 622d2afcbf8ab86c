/** The live preview of the app being built: its form, steps with bound models, collections, triggers. */
import type { AppSpec, Field, Step } from '../../agent/spec/app-spec';
import { formatCount, formatUsd } from '../../agent/catalog/money';
import { h, replaceChildren, type Child } from '../dom';
import { isAiStep, stepKindLabel } from '../spec-labels';
import { scheduleSentence, triggerInWords } from '../shared/schedule-words';
import { fieldTypeWord } from '../shared/words';

export type ModelNames = (id: string) => string;

function fieldControl(field: Field): HTMLElement {
  const id = `preview-${field.name}`;
  const attrs = { id, name: field.name, disabled: true };
  let control: HTMLElement;
  switch (field.type) {
    case 'longText':
      control = h('textarea', { attrs: { ...attrs, rows: 2 } });
      break;
    case 'select':
      control = h('select', { attrs }, (field.options ?? []).map((o) => h('option', null, o)));
      break;
    case 'boolean':
      return h('div', { class: 'field' }, h('label', { class: 'checkbox' }, h('input', { attrs: { ...attrs, type: 'checkbox' } }), field.label));
    case 'image':
    case 'file':
    case 'document':
      control = h('input', { attrs: { ...attrs, type: 'file' } });
      break;
    default:
      control = h('input', { attrs: { ...attrs, type: field.type === 'text' ? 'text' : field.type } });
  }
  return h(
    'div',
    { class: 'field', dataset: { field: field.name } },
    h('label', { attrs: { for: id } }, field.label, field.required ? h('span', { class: 'required' }, '*') : null, ' ', h('span', { class: 'badge' }, fieldTypeWord(field.type))),
    control,
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

export function renderPreview(container: HTMLElement, spec: AppSpec, version: number, modelName: ModelNames, cost: PreviewCost | null): void {
  const stepModel = (step: Step) => (step.model ?? (isAiStep(step) ? spec.model : null))?.model ?? null;
  replaceChildren(
    container,
    h(
      'div',
      { class: 'preview-title' },
      h('h3', { dataset: { role: 'preview-name' } }, spec.name),
      h('span', { class: 'badge' }, `v${version}`),
      h('span', { class: 'badge badge-accent', dataset: { role: 'preview-model' }, attrs: { title: spec.model.model } }, modelName(spec.model.model)),
    ),
    spec.description ? h('p', { class: 'muted' }, spec.description) : null,
    section('Estimated cost', costLine(cost)),
    section(
      'Form',
      spec.inputs.length
        ? h('div', { class: 'preview-form' }, spec.inputs.map(fieldControl), h('button', { class: 'btn btn-primary', attrs: { type: 'button', disabled: true } }, 'Run'))
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
              h('div', { class: 'badges gap-top' }, collection.fields.map((f) => h('span', { class: 'badge' }, `${f.label} · ${f.type}`))),
            ),
          ),
        )
      : null,
    section('Triggers', h('div', { class: 'badges' }, spec.triggers.map((t) => h('span', { class: 'badge' }, triggerInWords(t)))), spec.triggers.map((t) => (t.kind === 'schedule' ? h('p', { class: 'small', dataset: { role: 'schedule' } }, scheduleSentence(t, new Date())) : null))),
    h('div', { class: 'row' }, h('a', { class: 'btn', attrs: { href: `/apps/${encodeURIComponent(spec.slug)}`, 'data-role': 'open-app' } }, 'Open app →'), h('span', { class: 'muted small' }, `/apps/${spec.slug}`)),
  );
  container.classList.remove('preview-changed');
  // Restart the highlight so each change is visible.
  void container.offsetWidth;
  container.classList.add('preview-changed');
}
