/** save-record: renders each value, checks it against the collection's field types, inserts the row. */
import { emptyUsage } from '../../../agent/providers/usage';
import { parseValues } from '../field-values';
import type { StepRunner } from '../step-context';
import { usesPlaceholders } from '../step-context';
import { renderTemplate } from '../template-render';

export const runSaveRecordStep: StepRunner<'save-record'> = async (step, env) => {
  const base = { usage: emptyUsage(), costUsd: 0, model: null };
  const collection = env.spec.collections.find((c) => c.name === step.collection);
  if (!collection) {
    return {
      ...base,
      status: 'error',
      output: {},
      request: null,
      error: `Collection "${step.collection}" does not exist in this app. Add it or change the step.`,
    };
  }
  const rendered = Object.fromEntries(step.values.map((v) => [v.name, renderTemplate(v.value, env.scope)]));
  const request = { collection: collection.name, values: rendered };
  if (
    usesPlaceholders(
      step.values.map((v) => v.value),
      env,
    )
  ) {
    return { ...base, status: 'dry-run', output: { recordId: null, values: rendered, saved: false }, request, error: null };
  }
  const values = parseValues(collection.fields, rendered, `steps.${step.id}.values`, { fromForm: true });
  const record = await env.services.store.insertRecord({
    appId: env.app.id,
    collection: collection.name,
    values,
    createdBy: env.actor.userId,
  });
  return {
    ...base,
    status: 'ok',
    output: { recordId: record.id, values: record.values, saved: true },
    request: { collection: collection.name, values },
    error: null,
  };
};
