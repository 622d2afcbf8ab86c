/**
 * The chat socket protocol, both directions, as zod unions. Every frame is validated when it
 * is sent and when it is received, so a malformed frame is refused with a sentence naming the
 * field instead of half-working.
 */
import { z } from 'zod';
import { AgentEventSchema, UsageSchema } from '../../agent/loop/events';
import { timeZoneProblem } from '../../agent/spec/schedule-rule';

export const MAX_MESSAGE_CHARS = 20_000;

/** Browser → server. */
export const ClientMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('chat.send'),
    /** null starts a new conversation (answered with `conversation.created`). */
    conversationId: z.string().min(1).max(100).nullable(),
    text: z.string().trim().min(1, 'must not be empty').max(MAX_MESSAGE_CHARS),
    /** The browser's IANA zone (Intl), offered when a schedule names none. */
    timeZone: z
      .string()
      .max(100)
      .refine((zone) => timeZoneProblem(zone) === null, 'must be an IANA time zone such as Europe/Berlin')
      .optional(),
  }),
  /** Stops the current run between steps. */
  z.object({ type: z.literal('chat.cancel') }),
]);
export type ClientMessage = z.infer<typeof ClientMessageSchema>;

/**
 * Progress of app runs, forwarded from the runtime's run event bus
 * (server/runtime/run-events.ts) to the builder's preview. Parsing strips the bus's extra
 * fields (workspaceId, the full step record); the UI fetches the run for details.
 */
const StepStatusSchema = z.enum(['ok', 'dry-run', 'error', 'skipped', 'cancelled']);
const RunEventSchemas = [
  z.object({
    type: z.literal('run.started'),
    runId: z.string(),
    appSlug: z.string(),
    appVersion: z.number().int().positive(),
    stepCount: z.number().int().nonnegative(),
  }),
  z.object({
    type: z.literal('step.started'),
    runId: z.string(),
    appSlug: z.string(),
    stepId: z.string(),
    index: z.number().int().nonnegative(),
  }),
  /** A piece of a text step's answer as it streams in; concatenated in order they are the step's text. */
  z.object({
    type: z.literal('step.delta'),
    runId: z.string(),
    appSlug: z.string(),
    stepId: z.string(),
    index: z.number().int().nonnegative(),
    text: z.string(),
  }),
  z.object({
    type: z.literal('step.finished'),
    runId: z.string(),
    appSlug: z.string(),
    stepId: z.string(),
    index: z.number().int().nonnegative(),
    status: StepStatusSchema,
  }),
  z.object({
    type: z.literal('run.finished'),
    runId: z.string(),
    appSlug: z.string(),
    status: z.enum(['ok', 'dry-run', 'error', 'waiting', 'rejected', 'cancelled']),
    usage: UsageSchema,
    costUsd: z.number().nonnegative(),
    /** The sentence saying why the run failed; null when it did not. */
    error: z.string().nullable(),
  }),
] as const;
export const RunEventSchema = z.discriminatedUnion('type', [...RunEventSchemas]);
export type RunEvent = z.infer<typeof RunEventSchema>;

/** Server → browser: the agent's events, plus conversation and run bookkeeping. */
export const ServerEventSchema = z.discriminatedUnion('type', [
  ...AgentEventSchema.options,
  z.object({ type: z.literal('conversation.created'), conversationId: z.string() }),
  ...RunEventSchemas,
]);
export type ServerEvent = z.infer<typeof ServerEventSchema>;

export class ProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'is not valid';
  const field = issue.path.length > 0 ? `field "${issue.path.join('.')}"` : 'the message';
  return `${field}: ${issue.message.replace(/^Invalid input: /, '')}`;
}

/** Parses one received frame; throws ProtocolError with a sentence naming the bad field. */
export function parseClientMessage(raw: string): ClientMessage {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ProtocolError('The message is not JSON. Send {"type":"chat.send","conversationId":null,"text":"…"}.');
  }
  const parsed = ClientMessageSchema.safeParse(json);
  if (!parsed.success) {
    throw new ProtocolError(
      `The message was refused: ${firstIssue(parsed.error)}. Expected chat.send {conversationId, text} or chat.cancel.`,
    );
  }
  return parsed.data;
}

/** Validates an outgoing event and serialises it; an invalid event is our bug, so it throws. */
export function encodeServerEvent(event: ServerEvent): string {
  return JSON.stringify(ServerEventSchema.parse(event));
}

/** For clients (the web UI, tests): parses one frame from the server. */
export function parseServerEvent(raw: string): ServerEvent {
  return ServerEventSchema.parse(JSON.parse(raw));
}
