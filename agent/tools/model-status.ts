/** "Is gpt-4o still available?": a model's lifecycle from the directory, judged on today. */
import { z } from 'zod';
import { describeLifecycle, daysUntilShutdown, isShutDown, lifecycleStatus, requireModel, type LifecycleStatus } from '../catalog';
import { today } from './load-app';
import type { Tool } from './tool';

export const ModelStatusInputSchema = z.object({
  model: z.string().min(1).max(120).describe('A model id or alias, e.g. "gpt-4o" or "gemini 3.1 pro".'),
});
export type ModelStatusInput = z.infer<typeof ModelStatusInputSchema>;

export interface ModelStatus {
  id: string;
  displayName: string;
  status: LifecycleStatus;
  available: boolean;
  shutdownDate: string | null;
  /** Days until the shutdown date; null when none is announced. */
  daysLeft: number | null;
  /** Where the lifecycle facts come from. */
  source: string | null;
}

export const modelStatusTool: Tool<typeof ModelStatusInputSchema, ModelStatus> = {
  name: 'model_status',
  description:
    "Says whether a model is still available (active, preview, deprecated with its shutdown date, or shut down), from the model directory's lifecycle facts.",
  input: ModelStatusInputSchema,
  minRole: 'viewer',
  async run(ctx, input) {
    const model = requireModel(input.model);
    const now = today(ctx);
    const available = !isShutDown(model, now);
    const life = describeLifecycle(model, now);
    const said = available
      ? `${model.displayName} (${model.id}) is still available: ${life}.`
      : `${model.displayName} (${model.id}) is no longer available: ${life}.`;
    return {
      summary: said,
      data: {
        id: model.id,
        displayName: model.displayName,
        status: lifecycleStatus(model, now),
        available,
        shutdownDate: model.lifecycle.shutdownDate,
        daysLeft: daysUntilShutdown(model, now),
        source: model.lifecycle.source,
      },
    };
  },
};
