/** Conversations with the builder agent (the chat itself runs over the socket, server/ws/). */
import { Router } from 'express';
import { z } from 'zod';
import { SlugSchema } from '../../agent/spec/app-spec';
import { actorFor } from '../http/actor';
import { notFound } from '../http/http-error';
import { parseRequest } from '../http/validate';
import { requireApp } from './app-lookup';
import type { ApiDeps } from './deps';
import { IdParams } from './params';

const CreateBody = z.object({ appSlug: SlugSchema.nullable().optional() });

export function conversationRoutes(deps: ApiDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    res.json({ conversations: await deps.store.listConversations(actorFor(req).workspaceId) });
  });

  router.post('/', async (req, res) => {
    const { appSlug } = parseRequest(CreateBody, req.body, 'body');
    if (appSlug) await requireApp(deps.store, appSlug);
    const conversation = await deps.store.createConversation({ workspaceId: actorFor(req).workspaceId, appSlug: appSlug ?? null });
    res.status(201).json({ conversation });
  });

  router.get('/:id', async (req, res) => {
    const { id } = parseRequest(IdParams, req.params, 'params');
    const conversation = await deps.store.getConversation(id);
    if (!conversation || conversation.workspaceId !== actorFor(req).workspaceId) {
      throw notFound(`There is no conversation "${id}". Start one with POST /api/conversations.`);
    }
    res.json({ conversation });
  });

  return router;
}
