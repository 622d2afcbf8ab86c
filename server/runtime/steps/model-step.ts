/**
 * The AI steps (generate-text, extract, classify, generate-image, edit-image): build the
 * request, then either call the provider or — without its key or base URL — show the exact
 * wire request, the counts and the cost, with placeholder outputs that later steps can use.
 */
import { requireModel, type ModelFacts } from '../../../agent/catalog/index';
import type { GenerateRequest, ProviderResult } from '../../../agent/providers/provider';
import { buildGenerateRequest, type ModelStep } from '../generate-request';
import { estimateUsage } from '../dry-run-usage';
import { documentReports, PromptTooLongError } from '../document-report';
import { stepCost } from '../step-cost';
import type { StepEnv, StepOutcome } from '../step-context';
import { placeholderText } from '../step-context';
import { checkExtracted, checkLabel, StructuredOutputError } from '../structured-fields';

function placeholders(step: ModelStep): Record<string, unknown> {
  switch (step.kind) {
    case 'generate-text':
      return { text: placeholderText(step.id, 'the generated text') };
    case 'extract': {
      const fields = Object.fromEntries(step.fields.map((f) => [f.name, placeholderText(step.id, `the extracted "${f.name}"`)]));
      return { json: fields, ...fields };
    }
    case 'classify':
      return { label: placeholderText(step.id, `one of ${step.labels.join(' / ')}`) };
    case 'generate-image':
    case 'edit-image':
      return { image: null };
  }
}

async function outputsOf(step: ModelStep, result: ProviderResult, env: StepEnv): Promise<Record<string, unknown>> {
  switch (step.kind) {
    case 'generate-text':
      return { text: result.content.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join('') };
    case 'extract': {
      if (result.object === undefined) throw new StructuredOutputError('The model did not return a JSON object. Run again or pick a model with structured output.');
      const values = checkExtracted(step.fields, result.object);
      return { json: values, ...values };
    }
    case 'classify':
      return { label: checkLabel(step.labels, result.object) };
    case 'generate-image':
    case 'edit-image': {
      const image = result.content.find((p) => p.type === 'image');
      if (!image) throw new StructuredOutputError('The model returned no image. Run again or pick another image model.');
      const file = await env.services.files.saveImage(Buffer.from(image.base64, 'base64'));
      return { image: file.url, file };
    }
  }
}

async function dryRun(step: ModelStep, model: ModelFacts, request: GenerateRequest, wire: unknown, reason: string, env: StepEnv): Promise<StepOutcome> {
  const estimate = estimateUsage(model, request);
  const cost = stepCost(model, estimate.usage, request);
  const documents = documentReports(env.spec, step, env.documents, model, estimate.usage.inputTokens);
  return {
    status: 'dry-run',
    output: {
      ...placeholders(step),
      dryRun: {
        reason,
        assumptions: estimate.assumptions,
        cost: { total: cost.total, lines: cost.lines, notes: cost.notes, complete: cost.complete },
        ...(documents.length > 0 ? { documents } : {}),
      },
    },
    usage: estimate.usage,
    costUsd: cost.total,
    request: wire,
    model: model.id,
    error: null,
  };
}

export async function runModelStep(step: ModelStep, env: StepEnv): Promise<StepOutcome> {
  const binding = step.model ?? env.spec.model;
  const model = requireModel(binding.model);
  const resolved = env.services.resolveModel(model, binding, env.services.settings.values(env.app.workspaceId));
  const request = await buildGenerateRequest(step, binding, resolved.modelId, env);
  const wire = resolved.provider.preview(request);
  if (resolved.missing) return dryRun(step, model, request, wire, resolved.missing, env);
  // With documents, the prompt is counted before sending: it may be past the model's input limit.
  const documents = env.documents.size > 0 ? documentReports(env.spec, step, env.documents, model, estimateUsage(model, request).usage.inputTokens) : [];
  const overflow = documents.find((d) => !d.fit.fits);
  if (overflow) {
    throw new PromptTooLongError(`Step "${step.id}" was not sent: with ${overflow.filename} its prompt ${overflow.fit.sentence} (${model.id}'s input limit). Bind a model with a larger input limit${overflow.modelsThatFit.length > 0 ? ` (${overflow.modelsThatFit.join(', ')})` : ''} or upload a shorter document.`);
  }

  const result = await resolved.provider.generate(request, env.signal ? { signal: env.signal } : {});
  const cost = stepCost(model, result.usage, request);
  return {
    status: 'ok',
    output: await outputsOf(step, result, env),
    usage: result.usage,
    costUsd: cost.total,
    request: result.request,
    model: model.id,
    error: null,
  };
}
