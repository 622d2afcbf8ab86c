/** A dead letter as the API and the page show it: no payload, the target with its secrets cut. */
import type { DeadLetter } from './delivery';
import { describeTarget } from './redact-target';

export interface DeadLetterView {
  id: string;
  app: string;
  runId: string;
  stepId: string;
  channel: DeadLetter['channel'];
  /** Origin and first path segment only (Slack and webhook URLs carry secrets in the path). */
  target: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deadAt: string;
}

export function toDeadLetterView(letter: DeadLetter): DeadLetterView {
  return {
    id: letter.id,
    app: letter.appSlug,
    runId: letter.runId,
    stepId: letter.stepId,
    channel: letter.channel,
    target: describeTarget(letter.payload),
    attempts: letter.attempts,
    lastStatus: letter.lastStatus,
    lastError: letter.lastError,
    createdAt: letter.createdAt,
    deadAt: letter.deadAt,
  };
}
