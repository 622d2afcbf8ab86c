/**
 * The first attempt of a step's delivery (call-webhook, notify), made during the run. A failure
 * is handed to the delivery service, when automation runs, to retry or dead-letter; the
 * returned error then says what happens next.
 */
import type { StepEnv } from '../runtime/step-context';
import { automationFor } from './automation-registry';
import type { Delivery, DeliveryPayload } from './delivery';
import { attemptDelivery, type AttemptResult } from './send-delivery';

export async function deliverFromStep(
  env: StepEnv,
  stepId: string,
  channel: Delivery['channel'],
  payload: DeliveryPayload,
): Promise<AttemptResult> {
  const result = await attemptDelivery(
    payload,
    { outbound: env.services.outbound, settings: (workspaceId) => env.services.settings.values(workspaceId) },
    env.app.workspaceId,
  );
  const service = automationFor(env.services.store)?.deliveries;
  if (result.ok || !service) return result;
  const handed = await service.handOff(
    { workspaceId: env.app.workspaceId, appId: env.app.id, appSlug: env.app.slug, runId: env.runId, stepId, channel, payload },
    result,
  );
  return { ...result, error: `${result.error} ${handed.sentence}` };
}
