/**
 * The follow-ups of follow-up-intent.ts, one tool each, on the app this conversation is about
 * (found as changes find it): delete asks first and deletes on "yes"; the link, the run and
 * the model status are one call whose summary is the answer.
 */
import type { DecideApprovalInput } from '../tools/decide-approval';
import type { DeleteAppInput } from '../tools/delete-app';
import type { ModelStatusInput } from '../tools/model-status';
import type { ExecuteAppInput } from '../tools/execute-app';
import type { ShareAppLinkInput } from '../tools/share-app-link';
import { call, reply, type PlannedCall, type PlannerAction } from './action';
import { appToChange, changeTurn } from './change-turn';
import type { ConversationState, ToolOutcome } from './conversation';
import { CONFIRM_DELETE, type FollowUp } from './follow-up-intent';
import { givenValues } from './given-values';
import { saveTestTurn, switchAfterOffer, trialTurn } from './trial-turn';

/** Calls `planned` once; once it has answered, its summary (or refusal) is the reply. */
function once(state: ConversationState, planned: PlannedCall[], answer: (outcomes: ToolOutcome[]) => string): PlannerAction {
  const names = new Set(planned.map((c) => c.name));
  const done = state.sinceUser.filter((o) => names.has(o.name));
  return done.length > 0 ? reply(answer(done)) : call(...planned);
}

const summaries = (outcomes: ToolOutcome[]) => outcomes.map((o) => (o.ok ? o.summary : `${o.name} was refused: ${o.summary}`)).join('\n');

/** The app's slug, or the action that finds it (list_apps, then get_app so later turns know it). */
function onApp(state: ConversationState, then: (slug: string) => PlannerAction): PlannerAction {
  const found = appToChange(state);
  return 'action' in found ? found.action : then(found.slug);
}

function deleteQuestion(state: ConversationState, slug: string): PlannerAction {
  const spec = state.currentSpec ?? state.baseSpec;
  // Reading the app first names it in the question and keeps it in context for the answer.
  if (!spec && !state.sinceUser.some((o) => o.name === 'get_app')) return call({ name: 'get_app', args: { slug, version: null } });
  const named = spec ? `"${spec.name}" (${slug})` : `"${slug}"`;
  return reply(`This removes ${named} with every version, its records and its runs; it cannot be undone. ${CONFIRM_DELETE}`);
}

export function followUpTurn(state: ConversationState, followUp: FollowUp): PlannerAction {
  switch (followUp.kind) {
    case 'delete':
      return onApp(state, (slug) => deleteQuestion(state, slug));
    case 'confirm-delete':
      return onApp(state, (slug) =>
        once(state, [{ name: 'delete_app', args: { slug, records: null } satisfies DeleteAppInput }], summaries),
      );
    case 'keep':
      return reply(`Kept ${state.currentSlug ? `"${state.currentSlug}"` : 'the app'}; nothing was deleted.`);
    case 'share-link':
      return onApp(state, (slug) => once(state, [{ name: 'share_app_link', args: { slug } satisfies ShareAppLinkInput }], summaries));
    case 'run': {
      // Values said in the message are the run's ("record this lead: Ann Lee, Acme, …"); none said, examples.
      const fields = (state.currentSpec ?? state.baseSpec)?.inputs ?? [];
      const inputs = givenValues(state.lastUser, fields);
      return onApp(state, (slug) => once(state, [{ name: 'execute_app', args: { slug, inputs } satisfies ExecuteAppInput }], summaries));
    }
    case 'model-status': {
      const calls = followUp.models.slice(0, 3).map((model) => ({ name: 'model_status', args: { model } satisfies ModelStatusInput }));
      return once(state, calls, summaries);
    }
    case 'edit':
      return changeTurn(state, followUp.edits);
    case 'approval': {
      const { decision, about, text, note } = followUp.wish;
      // Without words that pick a run, the waiting runs of the app in context are meant.
      const args: DecideApprovalInput = { app: about ? null : state.currentSlug, run: null, about: about ?? '', decision, text, note };
      return once(state, [{ name: 'decide_approval', args }], summaries);
    }
    case 'save-test':
      return saveTestTurn(state);
    case 'trial':
      return trialTurn(state, followUp.models);
    case 'switch':
      return switchAfterOffer(state, followUp.edits, followUp.tryFirst);
    default: {
      const unreachable: never = followUp;
      return unreachable;
    }
  }
}
