/** Roles, ranked: owner > editor (build and change apps) > runner (run apps, add records) > viewer (read). */
export type Role = 'owner' | 'editor' | 'runner' | 'viewer';

/** Every role, highest first (the order the members page lists them in). */
export const ROLES: readonly Role[] = ['owner', 'editor', 'runner', 'viewer'];

const RANK: Record<Role, number> = { viewer: 0, runner: 1, editor: 2, owner: 3 };

/** True when `role` may do what `least` may. */
export function atLeast(role: Role, least: Role): boolean {
  return RANK[role] >= RANK[least];
}
