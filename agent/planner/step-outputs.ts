/** The reference to an app's main result: the last AI step's output, for messages and follow-on steps. */
import type { ModelBindingInput, StepInput } from '../tools/spec-inputs';

const OUTPUT: Partial<Record<StepInput['kind'], string>> = {
  'generate-text': 'text',
  extract: 'json',
  classify: 'label',
  'generate-image': 'image',
  'edit-image': 'image',
};

export function mainOutput(steps: ReadonlyArray<Pick<StepInput, 'kind' | 'id'>>): string | null {
  const textFirst = [...steps].reverse().find((s) => s.kind === 'generate-text') ?? [...steps].reverse().find((s) => OUTPUT[s.kind]);
  return textFirst ? `{{steps.${textFirst.id}.${OUTPUT[textFirst.kind]}}}` : null;
}

/** A notify step sending the main result. */
export function notifyStep(
  steps: ReadonlyArray<Pick<StepInput, 'kind' | 'id'>>,
  channel: 'email' | 'slack',
  target: string,
  appName: string,
): StepInput {
  const output = mainOutput(steps);
  const taken = new Set(steps.map((s) => s.id));
  return {
    kind: 'notify',
    id: taken.has('notify') ? 'sendResult' : 'notify',
    title: channel === 'email' ? `Email ${target}` : 'Post to Slack',
    model: null,
    channel,
    target,
    message: output ? `${appName}:\n\n${output}` : `${appName} finished a run.`,
  };
}

/** An image step drawing what the text step `textId` wrote ("a matching image"). */
export function matchingImageStep(steps: ReadonlyArray<Pick<StepInput, 'id'>>, textId: string, model: ModelBindingInput | null): StepInput {
  return {
    kind: 'generate-image',
    id: steps.some((s) => s.id === 'image') ? 'matchingImage' : 'image',
    title: 'Create the matching image',
    model,
    prompt: `Create an image that goes with this text. No words in the image.\n\n{{steps.${textId}.text}}`,
    quality: null,
    size: null,
  };
}
