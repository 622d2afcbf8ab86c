/**
 * Conversations with the builder agent. The chat runs over the socket (server/ws/) or here:
 * POST /api/conversations with a `text` starts a conversation with that first message, and
 * POST /api/conversations/:id/messages sends the next one; both answer with the turn's events
 * (JSON, or server-sent events with `Accept: text/event-stream`).
 */
import { Router } from 'express';
import { z } from 'zod';
import { SlugSchema } from '../../agent/spec/app-spec';
import { chatTurn } from '../chat/chat-turn';
import { respondWithTurn } from '../chat/turn-response';
import { actorFor } from '../http/actor';
import { notFound } from '../http/http-error';
import { parseRequest } from '../http/validate';
import { MAX_MESSAGE_CHARS } from '../ws/events';
import { requireApp } from './app-lookup';
import type { ApiDeps } from './deps';
import { IdParams } from './params';

const MessageText = z.string().trim().min(1, 'must not be empty').max(MAX_MESSAGE_CHARS);
const CreateBody = z.object({
  appSlug: SlugSchema.nullable().optional(),
  /** The first message; without it the conversation is only created. */
  text: MessageText.optional(),
});
const MessageBody = z.object({ text: MessageText });

export function conversationRoutes(deps: ApiDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    res.json({ conversations: await deps.store.listConversations(actorFor(req).workspaceId) });
  });

  router.post('/', async (req, res) => {
    const { appSlug, text } = parseRequest(CreateBody, req.body, 'body');
    if (appSlug) await requireApp(deps.store, appSlug);
    const actor = actorFor(req);
    const conversation = await deps.store.createConversation({ workspaceId: actor.workspaceId, appSlug: appSlug ?? null });
    if (text === undefined) {
      res.status(201).json({ conversation });
      return;
    }
    const turn = deps.chat(req);
    await respondWithTurn(
      req,
      res,
      conversation.id,
      async function* (signal) {
        yield { type: 'conversation.created', conversationId: conversation.id };
        yield* chatTurn(turn, actor, { conversationId: conversation.id, text }, signal);
      },
      201,
    );
  });

  router.get('/:id', async (req, res) => {
    const { id } = parseRequest(IdParams, req.params, 'params');
    const conversation = await deps.store.getConversation(id);
    if (!conversation || conversation.workspaceId !== actorFor(req).workspaceId) {
      throw notFound(`There is no conversation "${id}". Start one with POST /api/conversations.`);
    }
    res.json({ conversation });
  });

  router.post('/:id/messages', async (req, res) => {
    const { id } = parseRequest(IdParams, req.params, 'params');
    const { text } = parseRequest(MessageBody, req.body, 'body');
    const actor = actorFor(req);
    const conversation = await deps.store.getConversation(id);
    if (!conversation || conversation.workspaceId !== actor.workspaceId) {
      throw notFound(`There is no conversation "${id}". Start one with POST /api/conversations and a "text".`);
    }
    const turn = deps.chat(req);
    await respondWithTurn(req, res, id, (signal) => chatTurn(turn, actor, { conversationId: id, text }, signal));
  });

  return router;
}
