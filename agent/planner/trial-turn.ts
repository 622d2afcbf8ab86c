/**
 * Test cases and trials from the chat: "save this as a test" (the latest run's inputs), "try
 * this on Gemini 3.1 Pro and GPT-5 mini" (the test set, side by side; one model named is tried
 * against the app's own), and a model switch on an app with a test set, which first offers to
 * run the set on both models and, on "yes", reports how each did in the reply that confirms
 * the switch.
 */
import type { ModelFacts } from '../catalog';
import { effectiveBinding } from '../spec/bindings';
import type { AppSpec, ModelBinding } from '../spec/app-spec';
import type { BindModelInput } from '../tools/bind-model';
import type { TryModelsInput } from '../tools/try-models';
import type { SaveTestCaseInput } from '../tools/save-test-case';
import type { ModelBindingInput } from '../tools/spec-inputs';
import { call, reply, type PlannedCall, type PlannerAction } from './action';
import { appToChange, changeTurn } from './change-turn';
import type { ConversationState } from './conversation';
import type { Edit } from './follow-ups';

const asInput = (b: ModelBinding): ModelBindingInput => ({
  model: b.model,
  provider: b.provider ?? null,
  options: {
    thinkingLevel: b.options.thinkingLevel ?? null,
    temperature: b.options.temperature ?? null,
    imageQuality: b.options.imageQuality ?? null,
    imageSize: b.options.imageSize ?? null,
  },
});

/** The spec of the app in question, or the call that reads it. */
function withSpec(state: ConversationState, then: (slug: string, spec: AppSpec) => PlannerAction): PlannerAction {
  const found = appToChange(state);
  if ('action' in found) return found.action;
  const spec = state.currentSpec ?? state.baseSpec;
  if (spec) return then(found.slug, spec);
  const read = state.sinceUser.find((o) => o.name === 'get_app');
  if (!read) return call({ name: 'get_app', args: { slug: found.slug, version: null } });
  return reply(read.ok ? `I couldn't read the app "${found.slug}".` : `I couldn't open the app: ${read.summary}`);
}

/** Calls `planned` once; its summary (or refusal) is then the reply. */
function once(state: ConversationState, planned: PlannedCall): PlannerAction {
  const done = state.sinceUser.find((o) => o.name === planned.name);
  if (!done) return call(planned);
  return reply(done.ok ? done.summary : `${planned.name} was refused: ${done.summary}`);
}

export function saveTestTurn(state: ConversationState): PlannerAction {
  const found = appToChange(state);
  if ('action' in found) return found.action;
  const args: SaveTestCaseInput = { slug: found.slug, name: null, inputs: null, run: null, checks: null };
  return once(state, { name: 'save_test_case', args });
}

/** The test set on the named models (with the app's own when one is named), side by side. */
export function trialTurn(state: ConversationState, models: readonly ModelFacts[]): PlannerAction {
  return withSpec(state, (slug, spec) => {
    const named = models.map((m) => m.id);
    const ids = named.length === 1 && named[0] !== spec.model.model ? [spec.model.model, ...named] : named;
    if (ids.length < 2) return reply(`Name two models to try ${spec.name} on, e.g. “try this on Gemini 3.1 Pro and GPT-5 mini”.`);
    const args: TryModelsInput = {
      slug,
      bindings: ids.slice(0, 4).map((model) => ({ model, provider: null, options: null })),
      step: null,
      inputs: null,
    };
    return once(state, { name: 'try_models', args });
  });
}

/**
 * The answer to the offer: on "yes", the test set on the current and the new binding, then the
 * switch, its reply led by the trial's outcome; on "switch anyway", just the switch.
 */
export function switchAfterOffer(state: ConversationState, edits: Edit[], tryFirst: boolean): PlannerAction {
  const trial = state.sinceUser.find((o) => o.name === 'try_models');
  if (tryFirst && !trial) {
    const action = changeTurn(state, edits, { offerTrial: false });
    const bind = action.kind === 'calls' ? action.calls.find((c) => c.name === 'bind_model') : undefined;
    const spec = state.baseSpec;
    if (!bind || !spec) return action;
    const args = bind.args as BindModelInput;
    const step = args.step === null ? null : spec.steps.find((s) => s.id === args.step);
    const current = step ? effectiveBinding(spec, step) : spec.model;
    if (!current) return action;
    const input: TryModelsInput = {
      slug: args.slug,
      bindings: [asInput(current), { model: args.model, provider: args.provider, options: args.options }],
      step: args.step,
      inputs: null,
    };
    return call({ name: 'try_models', args: input });
  }
  const action = changeTurn(state, edits, { offerTrial: false });
  if (action.kind !== 'reply' || !trial) return action;
  const outcome = trial.ok ? `First the test set, side by side: ${trial.summary}` : `The test set did not run: ${trial.summary}`;
  return reply(`${outcome}\n\n${action.text}`);
}
