/** Roles, ranked: owner > editor (build and change apps) > runner (run apps, add records) > viewer (read). */
import type { Role } from '../store/auth-records';

export type { Role } from '../store/auth-records';

const RANK: Record<Role, number> = { viewer: 0, runner: 1, editor: 2, owner: 3 };

export function atLeast(role: Role, least: Role): boolean {
  return RANK[role] >= RANK[least];
}
