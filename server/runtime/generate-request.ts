/** Turns one AI step of a parsed spec into the provider-neutral GenerateRequest. */
import type { GenerateRequest } from '../../agent/providers/provider';
import type { ModelBinding } from '../../agent/spec/app-spec';
import type { ModelStep } from '../../agent/spec/bindings';
import type { StepEnv } from './step-context';
import { fieldsJsonSchema, labelJsonSchema } from './structured-fields';
import { renderTemplate, toText } from './template-render';

export class MissingImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export async function buildGenerateRequest(
  step: ModelStep,
  binding: ModelBinding,
  modelId: string,
  env: StepEnv,
): Promise<GenerateRequest> {
  const prompt = renderTemplate(step.prompt, env.scope);
  const options = binding.options;
  const sampling = {
    ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
  };
  switch (step.kind) {
    case 'generate-text':
      return {
        kind: 'text',
        model: modelId,
        prompt,
        ...(step.system ? { system: renderTemplate(step.system, env.scope) } : {}),
        ...sampling,
        ...(options.thinkingLevel ? { thinkingLevel: options.thinkingLevel } : {}),
      };
    case 'extract':
      return {
        kind: 'structured',
        model: modelId,
        prompt,
        system: 'Extract the requested fields from the text. Use null for a field the text does not state.',
        schema: fieldsJsonSchema(step.fields),
        schemaName: step.id,
        ...sampling,
      };
    case 'classify':
      return {
        kind: 'structured',
        model: modelId,
        prompt,
        system: `Classify the text with exactly one of these labels: ${step.labels.join(', ')}.`,
        schema: labelJsonSchema(step.labels),
        schemaName: step.id,
        ...sampling,
      };
    case 'generate-image':
      return { kind: 'image', model: modelId, prompt, quality: options.imageQuality ?? step.quality, size: options.imageSize ?? step.size };
    case 'edit-image': {
      const fileId = toText(env.scope.inputs[step.imageInput]);
      const found = fileId ? await env.services.files.readImage(fileId) : null;
      if (!found) {
        throw new MissingImageError(
          `Step "${step.id}" needs an uploaded image in the "${step.imageInput}" field. Upload one and run again.`,
        );
      }
      return {
        kind: 'image-edit',
        model: modelId,
        prompt,
        image: { mimeType: found.file.mimeType, base64: found.bytes.toString('base64'), filename: found.file.id },
        quality: options.imageQuality ?? step.quality,
        size: options.imageSize ?? step.size,
      };
    }
  }
}
