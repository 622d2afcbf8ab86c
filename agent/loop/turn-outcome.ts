/**
 * What one turn did, read off the events it yielded: a tool built an app, changed or deleted
 * one, the agent asked the person something, answered, or could not do what was asked. The
 * `done` event carries it with the app in context, so a script needs no other event.
 */
import type { AgentContext } from '../providers/agent-context';
import type { AgentEvent, DoneReason, TurnApp, TurnOutcome } from './events';

export interface TurnTracker {
  observe(event: AgentEvent): void;
  /** The outcome of a turn that ended for `reason`, naming the app in `context` (or the one it deleted). */
  finish(reason: DoneReason, awaitingUser: boolean, context: AgentContext): { outcome: TurnOutcome; app: TurnApp | null };
}

export function trackTurn(): TurnTracker {
  let deleted: TurnApp | null = null;
  let built = false;
  let changed = false;
  /** Whether the turn's latest tool call went through (null: it called none). */
  let lastToolOk: boolean | null = null;
  return {
    observe(event) {
      if (event.type === 'tool.finished') {
        lastToolOk = event.ok;
        if (event.ok && event.name === 'create_app') built = true;
      }
      if (event.type === 'app.updated') changed = true;
      if (event.type === 'app.deleted') {
        changed = true;
        deleted = { slug: event.slug, id: event.id, deleted: true };
      }
    },
    finish(reason, awaitingUser, { app }) {
      const outcome: TurnOutcome = built
        ? 'built'
        : changed
          ? 'changed'
          : reason === 'error' || reason === 'max-turns'
            ? 'refused'
            : awaitingUser
              ? 'asked'
              : lastToolOk === false
                ? 'refused'
                : 'answered';
      return { outcome, app: app ? { slug: app.slug, id: app.id } : deleted };
    },
  };
}
