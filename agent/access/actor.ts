/** Who is calling: the server fills it from the session or API token; tools and the loop act as it. */
import type { Role } from './roles';

export interface Actor {
  /** null in single-user mode and for system callers (schedules, webhooks, public links). */
  userId: string | null;
  workspaceId: string;
  role: Role;
}

/** The workspace single-user mode (no accounts) works in. */
export const DEFAULT_WORKSPACE = 'default';

/** Single-user mode (the zero-config default on loopback): the owner of the default workspace. */
export const SINGLE_USER_ACTOR: Actor = { userId: null, workspaceId: DEFAULT_WORKSPACE, role: 'owner' };
