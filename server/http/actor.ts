/**
 * Who is calling. Single-user mode (the zero-config default on loopback) acts as the owner of
 * the 'default' workspace; accounts (issue 8) replace this one function.
 */
import type { Request } from 'express';
import type { Actor } from '../../agent/tools/tool';
import { authenticatedActor } from './session';

export const DEFAULT_WORKSPACE = 'default';

export function actorFor(req: Request): Actor {
  // The authenticated caller (server/http/session.ts); routers mounted without it act single-user.
  return authenticatedActor(req) ?? { userId: null, workspaceId: DEFAULT_WORKSPACE, role: 'owner' };
}
