/**
 * What the agent knows about the conversation beyond its messages, passed to every provider
 * as data: the app this conversation is about. The built-in planner reads it directly; real
 * models get a sentence generated from it in the system prompt (agent/loop/system-prompt.ts).
 */

/** The app a conversation is building or changing. */
export interface AppInContext {
  slug: string;
  /** The stored app's id; null when it is not (or no longer) stored. */
  id: string | null;
  /** Its display name, when known. */
  name: string | null;
  /** Its current version number, when known. */
  version: number | null;
}

export interface AgentContext {
  /** Null until the conversation has created or opened an app. */
  app: AppInContext | null;
  /** The person's IANA time zone as their browser reports it; null when no client said. */
  timeZone?: string | null;
}

export const EMPTY_CONTEXT: AgentContext = { app: null };
