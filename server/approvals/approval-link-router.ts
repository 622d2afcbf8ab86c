/**
 * The signed link's door, /approve/<token>, mounted before sign-in (the token is the
 * credential): GET shows the pending output with Approve / Approve with my edits / Reject (a
 * plain form, so it works from any mail client's browser, and a link preview that only GETs
 * decides nothing); POST decides, from that form or as JSON, and answers in kind.
 */
import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { mapError } from '../http/error-middleware';
import { parseRequest } from '../http/validate';
import { renderErrorPage } from '../pages/error-page';
import type { Approvals } from './approvals';
import { approvalDecidedPage, approvalLinkPage } from './approval-link-page';
import { DecisionBody, toDecision } from './decision-body';

const TokenParams = z.object({ token: z.string().min(16).max(2000) });

const wantsHtml = (req: Request) => req.is('application/x-www-form-urlencoded') === 'application/x-www-form-urlencoded';

function refuse(res: Response, error: unknown, html: boolean): void {
  const mapped = mapError(error);
  if (!html) {
    res.status(mapped.status).json({ error: { code: mapped.code, message: mapped.message } });
    return;
  }
  res
    .status(mapped.status)
    .type('html')
    .send(renderErrorPage(mapped.status, mapped.message, null).value);
}

export function approvalLinkRouter(approvals: Approvals): Router {
  const router = Router();
  router.use(express.urlencoded({ extended: false, limit: '64kb' }), express.json({ limit: '64kb' }));

  router.get('/:token', async (req, res) => {
    try {
      const { token } = parseRequest(TokenParams, req.params, 'params');
      const { view } = await approvals.readLink(token);
      res.type('html').send(approvalLinkPage(view, req.originalUrl).value);
    } catch (error) {
      refuse(res, error, true);
    }
  });

  router.post('/:token', async (req, res) => {
    const html = wantsHtml(req);
    try {
      const { token } = parseRequest(TokenParams, req.params, 'params');
      const body = parseRequest(DecisionBody, req.body, 'body');
      // The form always sends its text box; only "Approve with my edits" means it.
      const decision = toDecision(html && body.decision !== 'edit' ? { ...body, text: null } : body);
      const decided = await approvals.decideByLink(token, decision);
      if (html) res.type('html').send(approvalDecidedPage(decided).value);
      else res.json(decided);
    } catch (error) {
      refuse(res, error, html);
    }
  });

  return router;
}
