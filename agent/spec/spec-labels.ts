/** Words for spec parts, shared by the server-rendered app page, the builder preview and the tools' summaries. */
import { formatUsd } from '../catalog/money';
import type { Step, Trigger } from './app-spec';

const STEP_KIND_LABELS: Record<Step['kind'], string> = {
  'generate-text': 'Generate text',
  extract: 'Extract fields',
  classify: 'Classify',
  'generate-image': 'Generate image',
  'edit-image': 'Edit image',
  'save-record': 'Save record',
  'call-webhook': 'Call webhook',
  notify: 'Notify',
  approval: 'Approval',
  retrieve: 'Look up in documents',
};

/** The cost shown for a model the directory does not list (one your OpenAI-compatible server serves). */
export const UNPRICED = 'not priced (your server)';

/**
 * A run's cost in words: "$0.0042"; "not priced (your server)" when its only priced steps are
 * on models the directory does not list; "$0.0042 + one step not priced (your server)" for a mix.
 */
export function runCostText(run: { costUsd: number } & ({ steps: readonly { unpriced?: string }[] } | { unpricedSteps: number })): string {
  const unpriced = 'unpricedSteps' in run ? run.unpricedSteps : run.steps.filter((s) => s.unpriced).length;
  if (unpriced === 0) return formatUsd(run.costUsd);
  if (run.costUsd === 0) return UNPRICED;
  return `${formatUsd(run.costUsd)} + ${unpriced === 1 ? 'one step' : `${unpriced} steps`} ${UNPRICED}`;
}

export function stepKindLabel(kind: Step['kind']): string {
  return STEP_KIND_LABELS[kind];
}

/**
 * A trigger in words. 'label' is for people (the app page, the preview): "Scheduled: 0 9 * * 1
 * (Europe/Berlin)". 'term' speaks the tools' vocabulary, which a model passes back to
 * remove_trigger: "schedule 0 9 * * 1 (Europe/Berlin)", "record-created on leads", "manual".
 */
export function describeTrigger(trigger: Trigger, voice: 'label' | 'term' = 'label'): string {
  if (voice === 'term') {
    if (trigger.kind === 'schedule') return `schedule ${trigger.cron} (${trigger.timezone})`;
    if (trigger.kind === 'record-created') return `record-created on ${trigger.collection}`;
    return trigger.kind;
  }
  switch (trigger.kind) {
    case 'manual':
      return 'Run from the form';
    case 'schedule':
      return `Scheduled: ${trigger.cron} (${trigger.timezone})`;
    case 'webhook':
      return 'Inbound webhook';
    case 'record-created':
      return `When a record is added to ${trigger.collection}`;
    case 'email':
      return 'When an email arrives';
  }
}
