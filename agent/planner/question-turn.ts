/**
 * Questions about models and cost: one call to the tool that knows (compare_models,
 * recommend_model, estimate_app_cost), then an answer made only of what it returned.
 */
import type { CompareModelsInput } from '../tools/compare-models';
import type { EstimateAppCostInput } from '../tools/estimate-app-cost';
import type { RecommendModelInput } from '../tools/recommend-model';
import type { WorkloadInput } from '../tools/workload-input';
import { call, reply, type PlannerAction } from './action';
import type { ConversationState } from './conversation';
import { directoryPicks } from './default-models';
import type { Question } from './questions';
import { answerReply, describeApp } from './replies';

/** A month of requests at the tools' typical sizes; one image each when images are involved. */
function volumeWorkload(requests: number | null, images: boolean): WorkloadInput {
  return {
    inputTokens: null,
    outputTokens: null,
    images: images ? 1 : null,
    imageQuality: null,
    imageSize: null,
    requests: requests && requests >= 1 ? requests : null,
  };
}

const ANSWER_TOOLS = new Set(['compare_models', 'recommend_model', 'estimate_app_cost']);

/** What the pricing tools accept as a monthly volume. */
const MAX_PER_MONTH = 100_000_000;

function questionCall(q: Question, state: ConversationState, message: string): PlannerAction {
  const volume = q.kind === 'recommend' ? null : q.volume;
  if (volume && volume.perMonth > MAX_PER_MONTH) {
    return reply(
      `${volume.said} is more than the ${MAX_PER_MONTH.toLocaleString('en-US')} a month the cost tools price. Ask me about a smaller volume.`,
    );
  }
  switch (q.kind) {
    case 'compare': {
      const images = q.models.some((m) => m.kind === 'image');
      const workload = q.volume ? volumeWorkload(q.volume.perMonth, images) : null;
      return call({
        name: 'compare_models',
        args: { models: q.models.slice(0, 6).map((m) => m.id), workload } satisfies CompareModelsInput,
      });
    }
    case 'recommend': {
      const preference = q.priority === 'cost' ? 'cheapest' : q.priority === 'quality' ? 'most-capable' : null;
      const args: RecommendModelInput = {
        task: message.trim().slice(0, 2000),
        kind: q.modelKind,
        needs: null,
        minContextTokens: null,
        provider: q.provider,
        preference,
        workload: null,
        limit: 3,
      };
      return call({ name: 'recommend_model', args });
    }
    case 'cost': {
      const spec = state.baseSpec;
      // "300 photos a day" on an app that takes a photo counts its runs, as images it makes would.
      const appMakesIt = spec
        ? q.modelKind === 'text' ||
          spec.steps.some((s) => s.kind === 'generate-image' || s.kind === 'edit-image') ||
          spec.inputs.some((f) => f.type === 'image')
        : true;
      if (state.currentSlug && q.models.length === 0 && appMakesIt) {
        const args: EstimateAppCostInput = {
          slug: state.currentSlug,
          runsPerMonth: q.volume?.perMonth ?? null,
          sampleInputs: null,
          outputTokensPerStep: null,
        };
        return call({ name: 'estimate_app_cost', args });
      }
      const named = q.models.map((m) => m.id);
      const models =
        named.length >= 2 ? named : [...new Set([...named, ...directoryPicks(q.modelKind, 3)])].slice(0, Math.max(3, named.length));
      if (models.length < 2) return reply('The model directory has too few usable models of that kind to compare prices.');
      const args: CompareModelsInput = { models, workload: volumeWorkload(q.volume?.perMonth ?? null, q.modelKind === 'image') };
      return call({ name: 'compare_models', args });
    }
    default: {
      const unreachable: never = q;
      return unreachable;
    }
  }
}

/** "Which model does it use?": the app as get_app shows it (fetched when no recent result has it). */
export function appQuestionTurn(state: ConversationState): PlannerAction {
  const spec = state.currentSpec;
  if (spec) return reply(`"${spec.name}" (${spec.slug}): ${describeApp(spec)}`);
  if (!state.currentSlug) return reply('No app is open in this conversation yet. Describe the tool you need and I will build it.');
  const fetched = state.sinceUser.find((o) => o.name === 'get_app');
  if (fetched && !fetched.ok) return reply(`I couldn't open the app: ${fetched.summary}`);
  return call({ name: 'get_app', args: { slug: state.currentSlug, version: null } });
}

export function questionTurn(state: ConversationState, q: Question, message: string): PlannerAction {
  const answered = state.sinceUser.find((o) => ANSWER_TOOLS.has(o.name));
  if (!answered) return questionCall(q, state, message);
  const lead = q.kind !== 'recommend' && q.volume ? `For ${q.volume.said}:` : '';
  return reply(answerReply(answered, lead));
}
