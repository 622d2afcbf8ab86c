/**
 * Keeps a run's record honest after its step handed a delivery to the background: when a
 * later attempt gets through, the step says so, and a run that failed only because of that
 * delivery (no other step failed, none was skipped) becomes successful. A dead letter adds
 * its sentence to the step's error.
 */
import type { RunRow, StepRun } from '../store/records';
import type { Store } from '../store/store';
import type { Delivery } from './delivery';

function finalStatus(steps: StepRun[]): RunRow['status'] {
  if (steps.some((s) => s.status === 'error' || s.status === 'skipped')) return 'error';
  return steps.some((s) => s.status === 'dry-run') ? 'dry-run' : 'ok';
}

/** A quick retry can settle before its run is stored as finished; wait for that, briefly. */
async function finishedRun(store: Store, runId: string): Promise<RunRow | null> {
  for (let waitMs = 10; waitMs <= 2_560; waitMs *= 2) {
    const run = await store.getRun(runId);
    if (!run || run.finishedAt) return run;
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
  return null;
}

export async function recordDeliveryOutcome(store: Store, delivery: Delivery, outcome: 'delivered' | 'dead', at: string): Promise<void> {
  const run = await finishedRun(store, delivery.runId);
  const index = run?.steps.findIndex((s) => s.stepId === delivery.stepId) ?? -1;
  if (!run || index < 0) return;
  const step = run.steps[index]!;
  const steps = [...run.steps];
  if (outcome === 'delivered') {
    const note = `Delivered in the background on attempt ${delivery.attempts} (${at}).`;
    steps[index] = { ...step, status: 'ok', error: null, output: { ...(step.output as object), status: 'sent', deliveredLater: note } };
    const status = run.status === 'error' ? finalStatus(steps) : run.status;
    await store.saveRun({ ...run, steps, status, error: status === 'error' ? run.error : null });
  } else {
    const note = `Every attempt failed (${delivery.attempts}); it is on the Deliveries page.`;
    steps[index] = { ...step, error: step.error ? `${step.error} ${note}` : note };
    await store.saveRun({ ...run, steps });
  }
}
