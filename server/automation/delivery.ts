/**
 * A delivery: one message an app sends out (call-webhook, notify to a webhook, Slack or email)
 * whose first attempt failed, kept with everything needed to send it again after a restart.
 */

/** What goes on the wire, exactly as the step's first attempt sent it. */
export type DeliveryPayload =
  | { kind: 'http'; url: string; method: 'POST' | 'PUT'; headers: Record<string, string>; body: string }
  | { kind: 'email'; to: string; subject: string; text: string };

export interface Delivery {
  id: string;
  workspaceId: string;
  appId: string;
  appSlug: string;
  /** The run and step that produced it. */
  runId: string;
  stepId: string;
  /** call-webhook, or the notify channel. */
  channel: 'call-webhook' | 'webhook' | 'slack' | 'email';
  payload: DeliveryPayload;
  /** Attempts made so far (the step's own attempt counts as the first). */
  attempts: number;
  /** The last failure as a sentence, and its HTTP status when there was one. */
  lastError: string | null;
  lastStatus: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A delivery that failed its last attempt (or failed in a way retrying cannot fix). */
export interface DeadLetter extends Delivery {
  deadAt: string;
}
