/**
 * Who is calling. Single-user mode (the zero-config default on loopback) acts as the owner of
 * the 'default' workspace; accounts (issue 8) replace this one function.
 */
import type { Request } from 'express';
import type { Actor } from '../../agent/tools/tool';

export const DEFAULT_WORKSPACE = 'default';

export function actorFor(_req: Request): Actor {
  return { userId: null, workspaceId: DEFAULT_WORKSPACE, role: 'owner' };
}
