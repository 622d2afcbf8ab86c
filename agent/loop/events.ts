/**
 * The events one agent run yields, in order. The ws layer forwards them as they are and the
 * web UI renders them; the zod union is the contract both sides validate against.
 */
import { z } from 'zod';

/** Mirrors agent/providers/usage.ts (`raw` is dropped: it is the provider's, not ours). */
export const UsageSchema = z.object({
  inputTokens: z.number().int().nonnegative(),
  cachedInputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  imageInputTokens: z.number().int().nonnegative(),
  images: z.number().int().nonnegative(),
});

/** Why a run ended with an `error` event: a ProviderError kind, or the loop's own. */
export const AgentErrorKindSchema = z.enum([
  'auth',
  'rate-limit',
  'unavailable',
  'bad-request',
  'unsupported',
  'timeout',
  'max-turns',
  'not-found',
  'store',
  'internal',
]);
export type AgentErrorKind = z.infer<typeof AgentErrorKindSchema>;

export const DoneReasonSchema = z.enum(['final', 'max-turns', 'cancelled', 'error']);
export type DoneReason = z.infer<typeof DoneReasonSchema>;

/** What a turn did, for scripts and API clients: made an app, changed one, asked, answered, or could not do it. */
export const TurnOutcomeSchema = z.enum(['built', 'changed', 'asked', 'answered', 'refused']);
export type TurnOutcome = z.infer<typeof TurnOutcomeSchema>;

/** The app a turn was about; `deleted` when this turn deleted it. */
export const TurnAppSchema = z.object({ slug: z.string(), id: z.string().nullable(), deleted: z.boolean().optional() });
export type TurnApp = z.infer<typeof TurnAppSchema>;

export const AgentEventSchema = z.discriminatedUnion('type', [
  /** Assistant text; one or more deltas per turn, concatenated in order. */
  z.object({ type: z.literal('assistant.delta'), text: z.string() }),
  z.object({ type: z.literal('tool.started'), callId: z.string(), name: z.string(), args: z.unknown() }),
  z.object({
    type: z.literal('tool.finished'),
    callId: z.string(),
    name: z.string(),
    ok: z.boolean(),
    /** The tool's summary, or the sentence saying why it was refused. */
    summary: z.string(),
    data: z.unknown().optional(),
  }),
  /** A tool created or changed an app; the preview reloads this version. */
  z.object({ type: z.literal('app.updated'), slug: z.string(), version: z.number().int().positive() }),
  /** A tool deleted the app; the preview closes it. */
  z.object({ type: z.literal('app.deleted'), slug: z.string(), id: z.string().nullable() }),
  /** A sentence for the person saying what went wrong and what to do. */
  z.object({ type: z.literal('error'), kind: AgentErrorKindSchema, message: z.string() }),
  z.object({
    type: z.literal('done'),
    reason: DoneReasonSchema,
    /** Summed over every provider call of this run. */
    usage: UsageSchema,
    /** True when the final answer is a question for the person (the run waits for their reply). */
    awaitingUser: z.boolean().optional(),
    /** What the turn did, machine-readable. */
    outcome: TurnOutcomeSchema,
    /** The app in context when the turn ended (null when none). */
    app: TurnAppSchema.nullable(),
  }),
]);
export type AgentEvent = z.infer<typeof AgentEventSchema>;
