/**
 * The AI steps (generate-text, extract, classify, generate-image, edit-image): build the
 * request, then either call the provider or — without its key or base URL — show the exact
 * wire request, the counts and the cost, with placeholder outputs that later steps can use.
 */
import type { ModelFacts } from '../../../agent/catalog/index';
import type { GenerateRequest, ProviderResult } from '../../../agent/providers/provider';
import { buildGenerateRequest } from '../generate-request';
import { emptyUsage, type Usage } from '../../../agent/providers/usage';
import type { ModelBinding } from '../../../agent/spec/app-spec';
import { effectiveBinding, type ModelStep } from '../../../agent/spec/bindings';
import { resolveBinding } from '../../../agent/spec/resolve-binding';
import { UNPRICED } from '../../../agent/spec/spec-labels';
import { estimateUsage } from '../dry-run-usage';
import { documentReports, PromptTooLongError } from '../document-report';
import { stepCost } from '../step-cost';
import type { StepEnv, StepOutcome } from '../step-context';
import { placeholderText } from '../step-context';
import { checkExtracted, checkLabel, StructuredOutputError } from '../structured-fields';
import { answerCitations } from '../../knowledge/answer-citations';

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
    case 'generate-text': {
      const text = result.content.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join('');
      return { text, ...answerCitations(step, text, env) };
    }
    case 'extract': {
      if (result.object === undefined)
        throw new StructuredOutputError('The model did not return a JSON object. Run again or pick a model with structured output.');
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

/** The step's price from the directory; for a model it does not list, tokens still count but the cost is unknown. */
function priceOf(model: ModelFacts | null, binding: ModelBinding, usage: Usage, request: GenerateRequest) {
  if (!model) {
    const note = `${binding.model} is not in the model directory, so its cost is ${UNPRICED}; the token counts stand.`;
    return { summary: { total: 0, lines: [], notes: [note], complete: false }, costUsd: 0, unpriced: UNPRICED };
  }
  const cost = stepCost(model, usage, request);
  return { summary: { total: cost.total, lines: cost.lines, notes: cost.notes, complete: cost.complete }, costUsd: cost.total };
}

async function dryRun(
  step: ModelStep,
  model: ModelFacts | null,
  binding: ModelBinding,
  request: GenerateRequest,
  wire: unknown,
  reason: string,
  env: StepEnv,
): Promise<StepOutcome> {
  const estimate = estimateUsage(model, request);
  const { summary, ...price } = priceOf(model, binding, estimate.usage, request);
  // A model outside the directory has no known input limit, so there is no fit to report.
  const documents = model ? documentReports(env.spec, step, env.documents, model, estimate.usage.inputTokens) : [];
  return {
    status: 'dry-run',
    output: {
      ...placeholders(step),
      dryRun: { reason, assumptions: estimate.assumptions, cost: summary, ...(documents.length > 0 ? { documents } : {}) },
    },
    usage: estimate.usage,
    ...price,
    request: wire,
    model: model?.id ?? binding.model,
    error: null,
  };
}

/**
 * A text step stopped part-way (cancelled, or its stream broke): the text that arrived is its
 * output. No final chunk came, so there is no reported usage to price.
 */
function partialText(text: string, error: unknown, wire: unknown, model: string, env: StepEnv): StepOutcome {
  const cancelled = env.signal?.aborted === true;
  const kept = text.length > 0 ? ` The ${text.length} characters that arrived are kept.` : '';
  // The provider may still bill what it sent; without its final chunk there is no count to show.
  const unbilled = text.length > 0 ? ' No usage came with a stopped answer, so its cost is not counted here.' : '';
  const said = cancelled ? `Cancelled while the answer was arriving.${kept}` : error instanceof Error ? error.message : String(error);
  return {
    status: cancelled ? 'cancelled' : 'error',
    output: { text },
    usage: emptyUsage(),
    costUsd: 0,
    request: wire,
    model,
    error: `${said}${unbilled}`,
  };
}

export async function runModelStep(step: ModelStep, env: StepEnv): Promise<StepOutcome> {
  const binding = effectiveBinding(env.spec, step);
  const model = resolveBinding(binding);
  const resolved = env.services.resolveModel(model, binding, env.services.settings.values(env.app.workspaceId));
  const request = await buildGenerateRequest(step, binding, resolved.modelId, env);
  // Text steps stream (the run view shows the answer as it arrives), so their dry run shows the streamed request.
  const streams = step.kind === 'generate-text';
  const wire = resolved.provider.preview(request, { stream: streams });
  if (resolved.missing) return dryRun(step, model, binding, request, wire, resolved.missing, env);
  // With documents, the prompt is counted before sending: it may be past the model's input limit.
  const documents =
    model && env.documents.size > 0
      ? documentReports(env.spec, step, env.documents, model, estimateUsage(model, request).usage.inputTokens)
      : [];
  const overflow = documents.find((d) => !d.fit.fits);
  if (model && overflow) {
    throw new PromptTooLongError(
      `Step "${step.id}" was not sent: with ${overflow.filename} its prompt ${overflow.fit.sentence} (${model.id}'s input limit). Bind a model with a larger input limit${overflow.modelsThatFit.length > 0 ? ` (${overflow.modelsThatFit.join(', ')})` : ''} or upload a shorter document.`,
    );
  }

  // What arrived is kept if the answer breaks off.
  const streamed: string[] = [];
  const onTextDelta = (text: string) => {
    streamed.push(text);
    env.onTextDelta?.(text);
  };
  let result: ProviderResult;
  try {
    result = await resolved.provider.generate(request, {
      ...(env.signal ? { signal: env.signal } : {}),
      ...(streams ? { onTextDelta } : {}),
    });
  } catch (error) {
    if (streamed.length === 0 && !env.signal?.aborted) throw error;
    return partialText(streamed.join(''), error, wire, model?.id ?? binding.model, env);
  }
  const { summary: _summary, ...price } = priceOf(model, binding, result.usage, request);
  return {
    status: 'ok',
    output: await outputsOf(step, result, env),
    usage: result.usage,
    ...price,
    request: result.request,
    model: model?.id ?? binding.model,
    error: null,
  };
}
