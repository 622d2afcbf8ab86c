import { z } from 'zod';
import type { ModelFacts } from '../catalog';
import type { ModelBinding } from '../spec/app-spec';
import { retiredBindings } from '../spec/retired-bindings';
import { commitSpec, type AppChangeData } from './commit-spec';
import { loadApp, today } from './load-app';
import { SlugInput } from './spec-inputs';
import type { Tool } from './tool';
import { ToolError } from './tool-error';

export const MoveToSuccessorInputSchema = z.object({ slug: SlugInput });

/**
 * One step off a shut-down model: every binding of the app to a model that has shut down
 * moves to its successor (options kept), the spec is re-checked and saved as a new version.
 * Records are untouched: only bindings change.
 */
export const moveToSuccessorTool: Tool<typeof MoveToSuccessorInputSchema, AppChangeData> = {
  name: 'move_to_successor',
  description:
    "Moves every AI step of an app that is bound to a shut-down model to that model's successor in one step (re-validated, saved as a new version, records kept). Refused when nothing is shut down or no successor is known.",
  input: MoveToSuccessorInputSchema,
  minRole: 'editor',
  writeHints: { destructiveHint: true, idempotentHint: true },
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    const retired = retiredBindings(app.spec, today(ctx));
    if (retired.length === 0) throw new ToolError('conflict', `${app.slug} uses no shut-down model; nothing to move.`);
    const stuck = retired.find((r) => r.successor === null);
    if (stuck)
      throw new ToolError(
        'conflict',
        `${stuck.model.displayName} has shut down and no successor is known; bind another model with bind_model.`,
      );
    const successorOf = (stepId: string | null) => retired.find((r) => r.stepId === stepId)?.successor ?? null;
    // The model changes; options stay, and a provider that was named follows the successor.
    const moved = (binding: ModelBinding, to: ModelFacts | null): ModelBinding =>
      to ? { ...binding, model: to.id, ...(binding.provider ? { provider: to.provider } : {}) } : binding;
    const { spec } = app;
    const next = {
      ...spec,
      model: moved(spec.model, successorOf(null)),
      steps: spec.steps.map((s) => (s.model ? { ...s, model: moved(s.model, successorOf(s.id)) } : s)),
    };
    const moves = [...new Map(retired.map((r) => [r.model.id, `${r.model.id} → ${r.successor!.id}`])).values()].join(', ');
    return commitSpec(ctx, app, next, {
      action: 'move_to_successor',
      note: `move_to_successor: ${moves}`,
      summary: `${app.slug} moved off shut-down models (${moves}); its records are kept.`,
    });
  },
};
