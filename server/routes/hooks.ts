/**
 * Inbound webhooks: POST /hooks/<slug>/<secret>, or POST /hooks/<slug> with
 * X-Toolwright-Signature: sha256=<HMAC-SHA256 of the raw body with the secret>. A known app
 * with a webhook trigger and a proven secret answers 202 and runs in the background with the
 * body's fields as inputs; anything else is the same 404. Bodies over 256 KB get 413; each
 * address may call each app a bounded number of times a minute (429).
 *
 * Mounted outside /api: webhook senders are other services, not signed-in people. Errors are
 * answered here rather than by the shared error middleware, which logs request paths (and
 * the path can hold the secret).
 */
import express, { Router, type ErrorRequestHandler, type Request } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { SlugSchema } from '../../agent/spec/app-spec';
import { SIGNATURE_HEADER } from '../automation/hook-secret';
import { authenticateHook, hookNotFound, inputsFromBody, InboundHookError } from '../automation/inbound-hook';
import { mapError } from '../http/error-middleware';
import type { Logger } from '../logger';
import type { Runtime } from '../runtime/run-app';
import type { SecretBox } from '../auth/secret-box';
import type { Store } from '../store/store';

export interface HookLimits {
  /** Calls per sender address per app per minute. */
  perMinute: number;
  maxBodyBytes: number;
}

export const DEFAULT_HOOK_LIMITS: HookLimits = { perMinute: 60, maxBodyBytes: 256 * 1024 };

export interface HookRouterDeps {
  store: Store;
  /** Opens the sealed webhook secrets. */
  box: SecretBox;
  runtime: Pick<Runtime, 'run'>;
  logger: Logger;
  limits?: HookLimits;
}

const senderKey = (req: Request) => `${ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown')}|${String(req.params.slug ?? '')}`;

export function createHookRouter(deps: HookRouterDeps): Router {
  const limits = deps.limits ?? DEFAULT_HOOK_LIMITS;
  const router = Router();
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: limits.perMinute,
    keyGenerator: senderKey,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({
        error: {
          code: 'rate_limited',
          message: `Too many webhook calls for this app from your address (limit ${limits.perMinute} a minute). Wait a minute and send again.`,
        },
      });
    },
  });
  // Any content type: the signature covers the raw bytes, so they are kept as sent.
  const rawBody = express.raw({ type: () => true, limit: limits.maxBodyBytes });

  router.post('/:slug{/:secret}', limiter, rawBody, async (req, res) => {
    const slug = SlugSchema.safeParse(req.params.slug);
    if (!slug.success) throw hookNotFound();
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const secret = typeof req.params.secret === 'string' ? req.params.secret : undefined;
    const { app, spec } = await authenticateHook(
      deps.store,
      deps.box,
      slug.data,
      { urlSecret: secret, signature: req.get(SIGNATURE_HEADER) },
      body,
    );
    const type = req.get('content-type');
    if (body.length > 0 && type && !/[/+]json\b/i.test(type)) {
      throw new InboundHookError(415, 'unsupported_media_type', 'Send the webhook body as JSON (Content-Type: application/json).');
    }
    const inputs = inputsFromBody(spec, body);
    const how = secret ? 'secret in the URL' : 'HMAC signature';
    // Senders want a quick answer; the run may take a while (model calls), so it goes on without
    // them — once it is stored: a refusal or a disk fault before that is the sender's answer.
    await new Promise<void>((started, refused) => {
      deps.runtime
        .run({
          app,
          inputs,
          trigger: { kind: 'webhook', detail: `POST /hooks/${app.slug} (${how}) from ${req.ip ?? 'unknown address'}` },
          actor: { userId: null, workspaceId: app.workspaceId, role: 'runner' },
          onStarted: () => started(),
        })
        .then((run) => {
          // A run that ended without starting (a budget refused it) is stored too.
          started();
          deps.logger.info('webhook run finished', { app: app.slug, runId: run.id, status: run.status });
        })
        .catch((error: unknown) => {
          refused(error);
          deps.logger.warn('webhook run failed', { app: app.slug, error });
        });
    });
    res.status(202).json({
      accepted: true,
      app: app.slug,
      inputs: Object.keys(inputs),
      summary: `Accepted: "${spec.name}" is running. Its runs are listed at /api/apps/${app.slug}/runs.`,
    });
  });

  const answer: ErrorRequestHandler = (error, _req, res, _next) => {
    const mapped = error instanceof InboundHookError ? error : mapError(error);
    if (mapped.status >= 500) deps.logger.error('webhook call failed', { error });
    res.status(mapped.status).json({ error: { code: mapped.code, message: mapped.message } });
  };
  router.use(answer);
  return router;
}
