/**
 * Who is calling. Single-user mode (the zero-config default on loopback) acts as the owner of
 * the 'default' workspace; accounts (issue 8) replace this one function.
 */
import type { Request } from 'express';
import { SINGLE_USER_ACTOR, type Actor } from '../../agent/access/actor';
import { authenticatedActor } from './session';

export function actorFor(req: Request): Actor {
  // The authenticated caller (server/http/session.ts); routers mounted without it act single-user.
  return authenticatedActor(req) ?? SINGLE_USER_ACTOR;
}
