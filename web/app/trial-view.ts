/**
 * One trial, side by side: a column per model (its cost per run and per month, latency,
 * tokens, checks passed, and a Keep button) and, under each, every case's outputs — text,
 * label, extracted fields, image — with that case's checks, cost and latency. A dry run shows
 * the request that would be sent. Everything is set as text.
 */
import type { Trial, TrialCase, TrialLane, TrialOutput } from '../../agent/ports/trials';
import { formatCount, formatUsd } from '../../agent/catalog/money';
import { stepKindLabel } from '../../agent/spec/spec-labels';
import { h, type Child } from '../dom';
import { safeUrl } from '../safe-url';
import { statusBadge } from './run-view';

export interface TrialViewOptions {
  /** The model ids the app runs on now, per target (its default, or the step's); that lane shows "current". */
  current: string | null;
  /** Modelnames for people, by id. */
  modelName: (id: string) => string;
  onKeep: (lane: number) => void;
}

const MARK: Record<string, string> = { true: '✓', false: '✗', null: '–' };

function output(o: TrialOutput): Child {
  if (o.status === 'skipped') return null;
  const body: Child =
    o.text !== null
      ? h('div', { class: 'result-text', dataset: { role: 'text' } }, o.text)
      : o.label !== null
        ? h('span', { class: 'badge badge-accent', dataset: { role: 'label' } }, o.label)
        : o.fields
          ? h(
              'dl',
              { class: 'kv' },
              o.fields.map((f) => [h('dt', null, f.name), h('dd', { dataset: { field: f.name } }, f.value)]),
            )
          : o.image
            ? h('img', { class: 'result-image', attrs: { src: safeUrl(o.image), alt: `Image from step ${o.stepId}` } })
            : null;
  return h(
    'div',
    { class: 'trial-output', dataset: { step: o.stepId } },
    h('div', { class: 'small muted' }, `${o.stepId} · ${stepKindLabel(o.kind)} `, o.status === 'ok' ? null : statusBadge(o.status)),
    o.error ? h('p', { class: 'banner banner-danger small' }, o.error) : null,
    o.status === 'dry-run' ? h('p', { class: 'muted small' }, 'Dry run: no output; the request below is what would be sent.') : body,
    o.request
      ? h(
          'details',
          null,
          h('summary', { class: 'small' }, o.status === 'dry-run' ? 'Request that would be sent' : 'Request sent'),
          h('pre', { dataset: { role: 'request' } }, JSON.stringify(o.request, null, 2)),
        )
      : null,
  );
}

function caseCell(c: TrialCase): HTMLElement {
  return h(
    'div',
    { class: 'trial-case', dataset: { case: c.caseId ?? 'input', status: c.status } },
    h(
      'div',
      { class: 'trial-case-head' },
      h('strong', null, c.name),
      statusBadge(c.status),
      h(
        'span',
        { class: 'small muted' },
        `${formatUsd(c.costUsd)} · ${c.status === 'dry-run' ? 'no latency (dry run)' : `${formatCount(c.latencyMs)} ms`} · ${formatCount(c.usage.inputTokens + c.usage.cachedInputTokens)} in / ${formatCount(c.usage.outputTokens)} out`,
      ),
    ),
    c.error ? h('p', { class: 'banner banner-danger small' }, c.error) : null,
    c.outputs.map(output),
    c.checks.length > 0
      ? h(
          'ul',
          { class: 'check-list small' },
          c.checks.map((k) =>
            h(
              'li',
              { dataset: { passed: String(k.passed) }, attrs: { title: k.detail } },
              h('span', { class: 'check-mark', attrs: { 'aria-hidden': 'true' } }, MARK[String(k.passed)]),
              ` ${k.check}`,
              h('span', { class: 'visually-hidden' }, k.passed === null ? ' (not judged)' : k.passed ? ' (passed)' : ' (failed)'),
              h('span', { class: 'muted' }, ` — ${k.detail}`),
            ),
          ),
        )
      : null,
  );
}

function laneHead(trial: Trial, lane: TrialLane, index: number, options: TrialViewOptions): HTMLElement {
  const judged = lane.passed + lane.failed;
  const current = options.current === lane.binding.model;
  return h(
    'div',
    { class: 'trial-lane-head' },
    h('h3', null, options.modelName(lane.binding.model), ' ', statusBadge(lane.status)),
    h(
      'dl',
      { class: 'kv trial-figures small' },
      h('dt', null, 'Cost per run'),
      h('dd', { dataset: { role: 'cost-per-run' } }, `${lane.status === 'dry-run' ? 'would be ' : ''}${formatUsd(lane.costPerRunUsd)}`),
      h('dt', null, 'Per month'),
      h('dd', { dataset: { role: 'cost-per-month' } }, `${formatUsd(lane.costPerMonthUsd)} at ${formatCount(trial.runsPerMonth)} runs`),
      h('dt', null, 'Latency'),
      h('dd', { dataset: { role: 'latency' } }, lane.status === 'dry-run' ? 'dry run' : `${formatCount(lane.latencyMs)} ms a run`),
      h('dt', null, 'Tokens'),
      h('dd', null, `${formatCount(lane.inputTokens)} in / ${formatCount(lane.outputTokens)} out`),
      h('dt', null, 'Checks'),
      h(
        'dd',
        { dataset: { role: 'checks' } },
        judged > 0 ? `${lane.passed} of ${judged} passed` : lane.notJudged > 0 ? 'not judged (dry run)' : 'none',
      ),
    ),
    current
      ? h('span', { class: 'badge badge-ok', dataset: { role: 'current' } }, 'current')
      : h(
          'button',
          {
            class: 'btn btn-small btn-primary',
            attrs: { type: 'button' },
            dataset: { keep: String(index) },
            on: { click: () => options.onKeep(index) },
          },
          `Keep ${options.modelName(lane.binding.model)}`,
        ),
  );
}

export function renderTrial(trial: Trial, options: TrialViewOptions): Child {
  const dry = trial.lanes.some((l) => l.status === 'dry-run');
  return [
    h(
      'p',
      { class: 'small muted' },
      `${trial.source === 'test-set' ? `${trial.lanes[0]?.cases.length ?? 0} test cases` : 'The Run form’s inputs'} on ${trial.step ? `step ${trial.step}` : 'the whole app'} · per month at ${formatCount(trial.runsPerMonth)} runs (${trial.volume === 'workload' ? 'the app’s stated workload' : trial.volume === 'schedule' ? 'its schedule' : 'an assumed volume'}).`,
    ),
    dry ? h('p', { class: 'banner' }, 'Some models ran dry (no API key): the requests and costs are real, the outputs are not.') : null,
    h(
      'div',
      { class: 'trial-grid-wrap' },
      h(
        'div',
        { class: 'trial-grid', attrs: { style: `--lanes: ${trial.lanes.length}` }, dataset: { trial: trial.id } },
        trial.lanes.map((lane, i) =>
          h(
            'section',
            {
              class: 'trial-lane',
              dataset: { lane: String(i), model: lane.binding.model },
              attrs: { 'aria-label': options.modelName(lane.binding.model) },
            },
            laneHead(trial, lane, i, options),
            lane.cases.map(caseCell),
          ),
        ),
      ),
    ),
  ];
}
