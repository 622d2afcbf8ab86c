/**
 * The rows accounts mode keeps: workspaces, users, memberships, sessions, API tokens,
 * invitations, public links and sealed workspace secrets. Secrets are never stored in clear:
 * sessions, tokens, invitations and public links are found by the SHA-256 digest of the value
 * the client holds; passwords are Argon2id hashes; provider keys are sealed by the secret box.
 */
import type { Role } from '../../agent/access/roles';

export interface Workspace {
  id: string;
  name: string;
  createdAt: string;
}

export interface User {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  /** Argon2id PHC string. */
  passwordHash: string;
  createdAt: string;
}

export interface Membership {
  /** `${workspaceId}:${userId}`. */
  id: string;
  workspaceId: string;
  userId: string;
  role: Role;
  createdAt: string;
}

export interface Session {
  /** SHA-256 digest of the cookie value. */
  id: string;
  userId: string;
  workspaceId: string;
  createdAt: string;
  expiresAt: string;
}

export interface ApiTokenRow {
  id: string;
  /** SHA-256 digest of the token. */
  digest: string;
  workspaceId: string;
  userId: string;
  name: string;
  /** Last 4 characters, to tell tokens apart. */
  hint: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface Invitation {
  id: string;
  digest: string;
  workspaceId: string;
  email: string;
  role: Role;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
}

export interface PublicLink {
  id: string;
  digest: string;
  workspaceId: string;
  appSlug: string;
  /** The app the link was made for: a later app with the same slug is not it. Absent on links made before it was kept. */
  appId?: string;
  hint: string;
  createdBy: string | null;
  createdAt: string;
}

export interface WorkspaceSecret {
  /** `${workspaceId}:${name}`. */
  id: string;
  workspaceId: string;
  name: string;
  /** Secret-box output (AES-256-GCM). */
  sealed: string;
  /** Last 4 characters of the clear value, the most any page shows. */
  hint: string;
  updatedAt: string;
}

/** Which table a row lives in, and its row type. */
export interface AuthRowKinds {
  workspace: Workspace;
  user: User;
  membership: Membership;
  session: Session;
  token: ApiTokenRow;
  invitation: Invitation;
  publicLink: PublicLink;
  secret: WorkspaceSecret;
}
export type AuthKind = keyof AuthRowKinds;
