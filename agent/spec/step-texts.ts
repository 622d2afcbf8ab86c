/** The texts of a step that may hold `{{…}}` references, read or rewritten in one place. */
import type { Step } from './app-spec';

/** Each templated text with its path relative to the step (`prompt`, `values[2].value`). */
export function stepTexts(step: Step): { path: string; text: string }[] {
  switch (step.kind) {
    case 'generate-text':
      return [{ path: 'prompt', text: step.prompt }, ...(step.system === undefined ? [] : [{ path: 'system', text: step.system }])];
    case 'extract':
    case 'classify':
    case 'generate-image':
    case 'edit-image':
      return [{ path: 'prompt', text: step.prompt }];
    case 'save-record':
      return step.values.map((v, i) => ({ path: `values[${i}].value`, text: v.value }));
    case 'call-webhook':
      return [{ path: 'url', text: step.url }, ...(step.body === undefined ? [] : [{ path: 'body', text: step.body }])];
    case 'notify':
      return [
        { path: 'target', text: step.target },
        { path: 'message', text: step.message },
      ];
    case 'approval':
      return [];
    case 'retrieve':
      return [{ path: 'query', text: step.query }];
  }
}

/** The step with `rewrite` applied to every templated text. */
export function mapStepTexts(step: Step, rewrite: (text: string) => string): Step {
  switch (step.kind) {
    case 'generate-text':
      return { ...step, prompt: rewrite(step.prompt), ...(step.system === undefined ? {} : { system: rewrite(step.system) }) };
    case 'extract':
    case 'classify':
    case 'generate-image':
    case 'edit-image':
      return { ...step, prompt: rewrite(step.prompt) };
    case 'save-record':
      return { ...step, values: step.values.map((v) => ({ ...v, value: rewrite(v.value) })) };
    case 'call-webhook':
      return { ...step, url: rewrite(step.url), ...(step.body === undefined ? {} : { body: rewrite(step.body) }) };
    case 'notify':
      return { ...step, target: rewrite(step.target), message: rewrite(step.message) };
    case 'approval':
      return step;
    case 'retrieve':
      return { ...step, query: rewrite(step.query) };
  }
}
