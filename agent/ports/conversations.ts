/**
 * The conversations port: the builder chat's history, as the loop reads and appends it (in
 * the spirit of openai-agents-js's Session). Implemented by server/store and agent/ports/memory.ts.
 */
import { randomUUID } from 'node:crypto';
import type { ChatMessage } from '../providers/messages';

export interface Conversation {
  id: string;
  workspaceId: string;
  /** The app this conversation builds or changes, once there is one. */
  appSlug: string | null;
  messages: ChatMessage[];
  createdAt: string;
  updatedAt: string;
}

export type NewConversation = Parameters<ConversationsPort['createConversation']>[0];

/** A conversation as first stored, with no messages yet: the stores that build the row themselves (memory, lowdb) share it. */
export function newConversation({ workspaceId, appSlug, id }: NewConversation, at: string): Conversation {
  return { id: id ?? randomUUID(), workspaceId, appSlug: appSlug ?? null, messages: [], createdAt: at, updatedAt: at };
}

export interface ConversationsPort {
  /**
   * `id` (a UUID) is for a caller that must name the conversation before the write is done: a
   * chat turn announces it and starts the agent while it is saved. An id in use is refused.
   */
  createConversation(input: { workspaceId: string; appSlug?: string | null; id?: string }): Promise<Conversation>;
  getConversation(id: string): Promise<Conversation | null>;
  appendMessages(id: string, messages: ChatMessage[]): Promise<Conversation>;
  /** Remembers the app this conversation builds, so a follow-up changes the same app. */
  setConversationApp(id: string, appSlug: string): Promise<void>;
}
