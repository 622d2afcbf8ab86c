/**
 * Renders one stored run: per step its output (text, extracted fields checked against the
 * step's declared fields, label, image), and for a dry run the sentence naming the missing
 * key, the exact request, the counts and the cost. Everything is set as text.
 */
import type { AppSpec, Step } from '../../agent/spec/app-spec';
import type { RunRow, StepRun } from '../../server/store/records';
import type { DocumentReport } from '../../server/runtime/document-report';
import { formatCount, formatUsd } from '../../agent/catalog/money';
import { h, type Child } from '../dom';
import { formatTime } from '../format';
import { safeUrl } from '../safe-url';
import { sourceList } from './source-list';
import { runCostText, stepKindLabel } from '../../agent/spec/spec-labels';

type Output = Record<string, unknown>;

const STATUS_TONE: Record<string, string> = {
  ok: 'badge-ok',
  'dry-run': 'badge-accent',
  error: 'badge-danger',
  refused: 'badge-danger',
  skipped: 'badge',
  cancelled: 'badge-warn',
  running: 'badge-warn',
  queued: 'badge',
  waiting: 'badge-warn',
  rejected: 'badge-danger',
};

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `badge ${STATUS_TONE[status] ?? ''}`, dataset: { status } }, status === 'dry-run' ? 'dry run' : status);
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function usageLine(run: { usage: StepRun['usage'] }): string {
  const u = run.usage;
  const parts = [`${formatCount(u.inputTokens)} input tokens`, `${formatCount(u.outputTokens)} output tokens`];
  if (u.cachedInputTokens) parts.push(`${formatCount(u.cachedInputTokens)} cached`);
  if (u.imageInputTokens) parts.push(`${formatCount(u.imageInputTokens)} image input tokens`);
  if (u.images) parts.push(`${formatCount(u.images)} image${u.images === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

/** Only what the step declares is shown: unexpected keys from a model never reach the page. */
function stepOutput(step: Step | undefined, result: StepRun, output: Output): Child {
  switch (step?.kind) {
    case 'generate-text':
      return [
        h('div', { class: 'result-text', dataset: { role: 'text' } }, asText(output.text)),
        sourceList(output.citations, 'citations'),
      ];
    case 'retrieve':
      return sourceList(output.sources, 'sources');
    case 'extract':
      return h(
        'dl',
        { class: 'kv' },
        step.fields.map((field) => [h('dt', null, field.label), h('dd', { dataset: { field: field.name } }, asText(output[field.name]))]),
      );
    case 'classify': {
      const label = asText(output.label);
      return h(
        'div',
        null,
        h('span', { class: step.labels.includes(label) ? 'badge badge-accent' : 'badge', dataset: { role: 'label' } }, label),
      );
    }
    case 'generate-image':
    case 'edit-image':
      return typeof output.image === 'string'
        ? h('img', { class: 'result-image', attrs: { src: safeUrl(output.image), alt: step.title } })
        : result.status === 'dry-run'
          ? h('p', { class: 'muted small' }, 'No image: nothing was sent.')
          : null;
    case 'save-record':
      return h(
        'p',
        { class: 'small' },
        output.recordId ? `Saved record ${asText(output.recordId)}.` : result.status === 'dry-run' ? 'Would save a record.' : '',
      );
    case 'call-webhook':
    case 'notify':
      return h('p', { class: 'small' }, `Status: ${asText(output.status ?? output.httpStatus)}`);
    case 'approval':
      // What later steps got: the approved text (the approver's edit, when they made one).
      return [
        h(
          'p',
          { class: 'small', dataset: { role: 'decision' } },
          `${output.decision === 'rejected' ? 'Rejected' : 'Approved'} by ${asText(output.by)}.`,
        ),
        output.decision === 'approved' && typeof output.text === 'string'
          ? h('div', { class: 'result-text', dataset: { role: 'approved-text' } }, output.text)
          : null,
      ];
    default:
      return null;
  }
}

/** Per document the step read: pages, its tokens for the bound model, and whether the prompt fits that model. */
function documentList(reports: unknown): Child {
  if (!Array.isArray(reports) || reports.length === 0) return null;
  return h(
    'ul',
    { class: 'small document-fit', dataset: { role: 'documents' } },
    (reports as DocumentReport[]).map((d) =>
      h(
        'li',
        { dataset: { input: d.input, fits: String(d.fit.fits) } },
        h('strong', null, d.filename),
        `: ${d.pagesEstimated ? 'about ' : ''}${formatCount(d.pages)} page${d.pages === 1 ? '' : 's'} · `,
        h('span', { dataset: { role: 'document-tokens' } }, `${formatCount(d.tokens)} tokens`),
        ` for ${d.fit.model} · `,
        h('span', { class: d.fit.fits ? 'badge badge-ok' : 'badge badge-danger', dataset: { role: 'document-fit' } }, d.fit.sentence),
        d.modelsThatFit.length > 0
          ? h('span', { class: 'muted', dataset: { role: 'models-that-fit' } }, ` · models that fit: ${d.modelsThatFit.join(', ')}`)
          : null,
      ),
    ),
  );
}

/** `shown`: the run's summary, which already names the missing key when every step lacks the same one. */
function dryRunDetails(result: StepRun, output: Output, shown: string): Child {
  const dry = output.dryRun as { reason?: unknown; assumptions?: unknown; documents?: unknown } | undefined;
  return [
    documentList(dry?.documents),
    typeof dry?.reason === 'string' && !shown.includes(dry.reason)
      ? h('p', { class: 'banner dry-run-note', dataset: { role: 'dry-run-reason' } }, dry.reason)
      : null,
    h(
      'p',
      { class: 'small' },
      usageLine(result),
      ' · cost ',
      h('span', { class: 'cost', dataset: { role: 'step-cost' } }, result.unpriced ?? formatUsd(result.costUsd)),
    ),
    Array.isArray(dry?.assumptions) ? h('p', { class: 'muted small' }, `Assumes ${dry.assumptions.map(asText).join('; ')}.`) : null,
  ];
}

/** `openRequest`: show the request unfolded (the first dry-run step's, so the page stays short). */
function stepBlock(spec: AppSpec, result: StepRun, summary: string, openRequest: boolean): HTMLElement {
  const step = spec.steps.find((s) => s.id === result.stepId);
  const output = (result.output && typeof result.output === 'object' ? result.output : {}) as Output;
  return h(
    'div',
    { class: 'result-step', dataset: { step: result.stepId } },
    h(
      'h4',
      null,
      step?.title ?? result.stepId,
      h('span', { class: 'step-kind' }, step ? stepKindLabel(step.kind) : result.kind),
      statusBadge(result.status),
      result.model ? h('span', { class: 'badge badge-accent' }, result.model) : null,
    ),
    result.error ? h('p', { class: result.status === 'cancelled' ? 'banner' : 'banner banner-danger' }, result.error) : null,
    result.status === 'dry-run' ? dryRunDetails(result, output, summary) : null,
    stepOutput(step, result, output),
    result.request
      ? h(
          'details',
          { attrs: { open: openRequest } },
          h('summary', null, result.status === 'dry-run' ? 'The exact request that would be sent' : 'Request sent'),
          // Focusable: a scrolling request must be reachable by keyboard (axe scrollable-region-focusable).
          h('pre', { dataset: { role: 'request' }, attrs: { tabindex: '0' } }, JSON.stringify(result.request, null, 2)),
        )
      : null,
  );
}

export function renderRun(spec: AppSpec, run: RunRow, summary: string | null): Child {
  return [
    h(
      'div',
      { class: 'row', dataset: { run: run.id } },
      statusBadge(run.status),
      h('span', { class: 'small' }, 'Total ', h('span', { class: 'cost', dataset: { role: 'run-cost' } }, runCostText(run))),
      h('span', { class: 'muted small' }, usageLine(run)),
    ),
    summary
      ? h(
          'p',
          {
            class: run.status === 'dry-run' ? 'banner' : run.status === 'error' ? 'banner banner-danger' : 'muted small',
            dataset: { role: 'run-summary' },
          },
          summary,
        )
      : null,
    run.error && !summary ? h('p', { class: 'banner banner-danger' }, run.error) : null,
    h(
      'div',
      { class: 'result-block' },
      run.steps.map((step) => stepBlock(spec, step, summary ?? '', step === run.steps.find((s) => s.status === 'dry-run' && s.request))),
    ),
    h('p', { class: 'muted small' }, `Started ${formatTime(run.startedAt)}`),
  ];
}
