/** The body every HTTP door takes to decide a waiting run (API, signed link); zod names a bad field. */
import { z } from 'zod';
import type { DecisionInput } from '../../agent/tools/approval-services';

export const DecisionBody = z.object({
  decision: z.enum(['approve', 'edit', 'reject'], { error: 'must be "approve", "edit" or "reject"' }),
  /** Only with "edit": the text later steps get instead of the pending output. */
  text: z.string().max(20_000).nullish(),
  note: z.string().max(2000).nullish(),
});

export function toDecision(body: z.infer<typeof DecisionBody>): DecisionInput {
  return { decision: body.decision, text: body.text ?? null, note: body.note?.trim() || null };
}
