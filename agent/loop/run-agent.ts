/**
 * The agent loop: one user message in, a stream of AgentEvents out. Each turn asks the
 * provider (its text streamed out as assistant.delta events while it arrives), classifies the answer (step.ts) and either ends or runs the requested tools in
 * parallel and feeds their results back, up to `maxTurns`. Every message is saved in the
 * background (in order, overlapping the next provider call or tool run), and the run reports
 * how it ended only once all of them are durable, so an error or a cancellation loses
 * nothing and a later run on the same conversation resumes from the stored history.
 */
import { canSeeApp } from '../access/can-see-app';
import type { AgentContext, AppInContext } from '../providers/agent-context';
import type { ChatMessage } from '../providers/messages';
import type { Provider } from '../providers/provider';
import { addUsage, emptyUsage } from '../providers/usage';
import type { ToolContext } from '../tools/tool';
import type { AgentEvent, DoneReason } from './events';
import { ConversationNotFoundError, MaxTurnsExceededError } from './errors';
import { describeFailure } from './failure';
import { repairHistory } from './history';
import { conversationWrites } from './conversation-writes';
import { nextStep } from './step';
import { streamedCall } from './streamed-call';
import { agentSystemPrompt } from './system-prompt';
import { runToolCalls, type AgentTools } from './tool-calls';
import { trackTurn } from './turn-outcome';

export const DEFAULT_MAX_TURNS = 8;

export interface RunAgentOptions {
  provider: Provider;
  /** Model id as the provider knows it. */
  model: string;
  registry: AgentTools;
  /** The store and the actor the tools run as. */
  ctx: ToolContext;
  conversationId: string;
  /**
   * The write creating the conversation, when this turn started it and did not wait: the
   * history is empty, and the turn's messages are saved after it (the run reports how it ended
   * only once it is durable, like every message). Saves an fsync in a row on every first build.
   */
  creating?: Promise<unknown>;
  userMessage: string;
  /** Aborting stops the run between steps (and cancels an in-flight provider request). */
  signal?: AbortSignal;
  /** Provider calls allowed for this message; default 8. */
  maxTurns?: number;
  /** The person's IANA time zone (from their browser), passed to the provider as data. */
  timeZone?: string;
}

/** The stored app `appSlug` names, as data for the provider; null once deleted or out of the actor's sight. */
async function appInContext(ctx: ToolContext, appSlug: string | null): Promise<AppInContext | null> {
  const app = appSlug ? await ctx.store.getApp(appSlug) : null;
  return app && canSeeApp(ctx.actor, app) ? { slug: app.slug, id: app.id, name: app.spec.name, version: app.version } : null;
}

export async function* runAgent(options: RunAgentOptions): AsyncGenerator<AgentEvent, void, undefined> {
  const { provider, model, registry, ctx, conversationId, signal } = options;
  const maxTurns = options.maxTurns ?? DEFAULT_MAX_TURNS;
  const { store } = ctx;
  const toolCtx: ToolContext = signal ? { ...ctx, signal } : ctx;
  const saved = conversationWrites(store, conversationId, options.creating);
  let usage = emptyUsage();
  const timeZone = options.timeZone ?? null;
  let context: AgentContext = { app: null, timeZone };
  const tracker = trackTurn();
  const done = (reason: DoneReason, awaitingUser = false): AgentEvent => {
    const { raw: _raw, ...counts } = usage;
    return {
      type: 'done',
      reason,
      usage: counts,
      ...(awaitingUser ? { awaitingUser } : {}),
      ...tracker.finish(reason, awaitingUser, context),
    };
  };
  try {
    const conversation = options.creating
      ? { messages: [], appSlug: null }
      : await store.getConversation(conversationId).then((found) => {
          if (!found || found.workspaceId !== ctx.actor.workspaceId) throw new ConversationNotFoundError(conversationId);
          return found;
        });
    const user: ChatMessage = { role: 'user', content: options.userMessage };
    saved.append([user]);
    const messages = [...repairHistory(conversation.messages), user];
    context = { app: await appInContext(ctx, conversation.appSlug), timeZone };
    let linked = conversation.appSlug;

    for (let turn = 0; turn < maxTurns; turn += 1) {
      if (signal?.aborted) break;
      // The provider call overlaps the pending writes (the user message, the last tool results).
      // Its text is streamed: each piece goes out as an assistant.delta as it arrives.
      const call = streamedCall((onTextDelta) =>
        provider.chat(
          { model, system: agentSystemPrompt(context), context, messages: [...messages], tools: registry.specs() },
          { ...(signal ? { signal } : {}), onTextDelta },
        ),
      );
      let streamed = false;
      let next = await call.next();
      for (; !next.done; next = await call.next()) {
        streamed = true;
        yield { type: 'assistant.delta', text: next.value };
      }
      const result = next.value;
      usage = addUsage(usage, result.usage);
      const step = nextStep(result);
      const assistant: ChatMessage =
        step.type === 'run-tools'
          ? { role: 'assistant', content: step.text, toolCalls: step.calls }
          : { role: 'assistant', content: step.text };
      messages.push(assistant);
      saved.append([assistant]);
      // A provider that does not stream (a scripted one in tests) gives its text in one piece.
      if (step.text && !streamed) yield { type: 'assistant.delta', text: step.text };

      switch (step.type) {
        case 'final':
          await saved.flush();
          return yield done('final');
        case 'ask-user':
          await saved.flush();
          return yield done('final', true);
        case 'run-tools': {
          for (const call of step.calls) yield { type: 'tool.started', callId: call.id, name: call.name, args: call.args };
          const outcomes = await runToolCalls(registry, step.calls, toolCtx);
          const results = outcomes.map((outcome) => outcome.message);
          messages.push(...results);
          saved.append(results);
          for (const outcome of outcomes) {
            tracker.observe(outcome.event);
            yield outcome.event;
            const app = outcome.app;
            if (!app) continue;
            const event: AgentEvent = app.deleted
              ? { type: 'app.deleted', slug: app.slug, id: app.deleted.id }
              : { type: 'app.updated', slug: app.slug, version: app.version };
            tracker.observe(event);
            yield event;
            // The tool just made or changed it: its word stands if the store has no more to add.
            const stored = app.deleted ? null : await appInContext(ctx, app.slug);
            context = {
              app: app.deleted ? null : (stored ?? { slug: app.slug, id: null, name: null, version: app.version }),
              timeZone,
            };
            if (!app.deleted && app.slug !== linked) {
              linked = app.slug;
              saved.link(linked);
            }
          }
          break;
        }
        default: {
          const unhandled: never = step;
          throw new Error(`Unhandled step ${JSON.stringify(unhandled)}`);
        }
      }
    }
    if (!signal?.aborted) throw new MaxTurnsExceededError(maxTurns);
    await saved.flush();
    yield done('cancelled');
  } catch (error) {
    // Whatever was queued is written before the run says how it ended; a failed write outranks the rest.
    const writeError = await saved.flush().then(
      () => null,
      (failure: unknown) => failure,
    );
    if (signal?.aborted && !writeError) return yield done('cancelled');
    const cause = writeError ?? error;
    yield { type: 'error', ...describeFailure(cause) };
    yield done(cause instanceof MaxTurnsExceededError ? 'max-turns' : 'error');
  } finally {
    // A consumer that stops listening early (a closed socket) still gets every message saved.
    await saved.flush().catch(() => {});
  }
}
