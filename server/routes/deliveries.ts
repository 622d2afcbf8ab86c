/**
 * Failed deliveries: the dead-letter list (GET /api/deliveries/dead) and sending one again
 * (POST /api/deliveries/dead/:id/retry → 202, queued for a fresh series of attempts).
 */
import { Router } from 'express';
import { z } from 'zod';
import { automationFor } from '../automation/automation-registry';
import { DeadLetterNotFoundError, listDeadLetters } from '../automation/dead-letters';
import { toDeadLetterView } from '../automation/dead-letter-view';
import { describeTarget } from '../automation/redact-target';
import { actorFor } from '../http/actor';
import { HttpError, notFound } from '../http/http-error';
import { parseRequest } from '../http/validate';
import type { ApiDeps } from './deps';

const DeliveryParams = z.object({ id: z.uuid('must be a delivery id from GET /api/deliveries/dead') });

export function deliveryRoutes(deps: ApiDeps): Router {
  const router = Router();

  router.get('/dead', async (req, res) => {
    const items = (await listDeadLetters(deps.store, actorFor(req).workspaceId)).map(toDeadLetterView);
    res.json({ items, total: items.length });
  });

  router.post('/dead/:id/retry', async (req, res) => {
    const { id } = parseRequest(DeliveryParams, req.params, 'params');
    const service = automationFor(deps.store)?.deliveries;
    if (!service) {
      throw new HttpError(
        503,
        'deliveries_stopped',
        'Delivery retries are not running in this server process, so nothing was sent. Start the server with npm start (it starts them) and try again.',
      );
    }
    try {
      const delivery = await service.retryDead(actorFor(req).workspaceId, id);
      res.status(202).json({
        id: delivery.id,
        summary: `Sending to ${describeTarget(delivery.payload)} again; if it fails, it returns to this list after its retries.`,
      });
    } catch (error) {
      if (error instanceof DeadLetterNotFoundError) throw notFound(error.message);
      throw error;
    }
  });

  return router;
}
