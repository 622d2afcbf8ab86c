/** Words for spec parts, shared by the server-rendered app page and the builder preview. */
import type { Step, Trigger } from '../agent/spec/app-spec';

const STEP_KIND_LABELS: Record<Step['kind'], string> = {
  'generate-text': 'Generate text',
  extract: 'Extract fields',
  classify: 'Classify',
  'generate-image': 'Generate image',
  'edit-image': 'Edit image',
  'save-record': 'Save record',
  'call-webhook': 'Call webhook',
  notify: 'Notify',
};

const AI_STEP_KINDS: ReadonlySet<Step['kind']> = new Set(['generate-text', 'extract', 'classify', 'generate-image', 'edit-image']);

export function stepKindLabel(kind: Step['kind']): string {
  return STEP_KIND_LABELS[kind];
}

/** Steps that call a model (and so use the app's default binding when they have none). */
export function isAiStep(step: Step): boolean {
  return AI_STEP_KINDS.has(step.kind);
}

export function describeTrigger(trigger: Trigger): string {
  switch (trigger.kind) {
    case 'manual':
      return 'Run from the form';
    case 'schedule':
      return `Scheduled: ${trigger.cron} (${trigger.timezone})`;
    case 'webhook':
      return 'Inbound webhook';
    case 'record-created':
      return `When a record is added to ${trigger.collection}`;
  }
}
