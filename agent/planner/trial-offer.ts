/**
 * A model switch asked on an app with test cases: before making it, the planner offers to run
 * the test set on both models (trial-turn.ts runs it on "yes").
 */
import type { AppSpec } from '../spec/app-spec';
import type { BindModelInput } from '../tools/bind-model';
import { reply, type PlannedCall, type PlannerAction } from './action';
import type { ConversationState } from './conversation';

/** How the planner ends its offer to run the test set before a switch; the next message answers it. */
export const TRIAL_QUESTION = 'Try them first — yes, or switch anyway?';

/** "switch to X without testing", "… anyway": no offer. */
const SKIP_TRIAL = /\b(?:anyway|without (?:testing|tests|trying)|skip the tests?|just switch)\b/i;

/** A switch asked on an app with test cases: ask before making it (null = no offer to make). */
export function trialOffer(state: ConversationState, spec: AppSpec, next: PlannedCall | undefined): PlannerAction | null {
  const tests = spec.tests?.length ?? 0;
  if (tests === 0 || next?.name !== 'bind_model' || SKIP_TRIAL.test(state.lastUser)) return null;
  const bind = next.args as BindModelInput;
  return reply(
    `${spec.name} has ${tests} test case${tests === 1 ? '' : 's'}. I can run ${tests === 1 ? 'it' : 'them'} on ${bind.model} and on the model it uses now, side by side, before switching, and tell you how each did. ${TRIAL_QUESTION}`,
  );
}
