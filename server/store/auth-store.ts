/**
 * Accounts, in the store: one domain interface (`AccountStore`) written once over a small
 * per-adapter port (`AuthTables`: rows by kind and id, found by equality on fields). Each
 * adapter supplies the port (lowdb: data/accounts.json; PostgreSQL: the auth_rows table),
 * so both behave the same by construction and one contract suite checks them.
 */
import { randomUUID } from 'node:crypto';
import type {
  ApiTokenRow,
  AuthKind,
  AuthRowKinds,
  Invitation,
  Membership,
  PublicLink,
  Session,
  User,
  Workspace,
  WorkspaceSecret,
} from './auth-records';
import type { Role } from '../../agent/access/roles';
import { StoreError } from '../../agent/ports/store-error';

type Where<T> = Partial<{ [K in keyof T]: T[K] }>;

/** What an adapter provides. Every write resolves once durable. */
export interface AuthTables {
  /** Adds a row; a taken id (or, for users, a taken email) is a StoreError 'conflict'. */
  insert<K extends AuthKind>(kind: K, row: AuthRowKinds[K]): Promise<void>;
  /** Adds or replaces the row with this id. */
  put<K extends AuthKind>(kind: K, row: AuthRowKinds[K]): Promise<void>;
  get<K extends AuthKind>(kind: K, id: string): Promise<AuthRowKinds[K] | null>;
  /** Rows whose fields equal every value in `where`, oldest first. */
  find<K extends AuthKind>(kind: K, where: Where<AuthRowKinds[K]>): Promise<AuthRowKinds[K][]>;
  /** Removes rows matching `where`; answers how many. */
  remove<K extends AuthKind>(kind: K, where: Where<AuthRowKinds[K]>): Promise<number>;
}

export interface AccountStore {
  ensureWorkspace(input: { id: string; name: string }): Promise<Workspace>;
  getWorkspace(id: string): Promise<Workspace | null>;

  /** Email is compared lower-cased; a taken email is a 'conflict'. */
  createUser(input: { email: string; passwordHash: string }): Promise<User>;
  getUser(id: string): Promise<User | null>;
  findUserByEmail(email: string): Promise<User | null>;
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;

  setMembership(input: { workspaceId: string; userId: string; role: Role }): Promise<Membership>;
  getMembership(workspaceId: string, userId: string): Promise<Membership | null>;
  listMembers(workspaceId: string): Promise<Membership[]>;
  listMembershipsOf(userId: string): Promise<Membership[]>;
  removeMembership(workspaceId: string, userId: string): Promise<void>;
  /** True once any workspace has an owner: accounts mode. */
  hasOwner(): Promise<boolean>;

  createSession(input: Omit<Session, 'createdAt'>): Promise<Session>;
  getSession(digest: string): Promise<Session | null>;
  deleteSession(digest: string): Promise<void>;
  deleteSessionsOf(userId: string): Promise<void>;

  createApiToken(input: Pick<ApiTokenRow, 'digest' | 'workspaceId' | 'userId' | 'name' | 'hint'>): Promise<ApiTokenRow>;
  findApiToken(digest: string): Promise<ApiTokenRow | null>;
  listApiTokens(workspaceId: string): Promise<ApiTokenRow[]>;
  revokeApiToken(id: string): Promise<ApiTokenRow>;
  touchApiToken(id: string, at: string): Promise<void>;

  createInvitation(input: Omit<Invitation, 'id' | 'createdAt'>): Promise<Invitation>;
  findInvitation(digest: string): Promise<Invitation | null>;
  listInvitations(workspaceId: string): Promise<Invitation[]>;
  deleteInvitation(id: string): Promise<void>;

  createPublicLink(input: Omit<PublicLink, 'id' | 'createdAt'>): Promise<PublicLink>;
  findPublicLink(digest: string): Promise<PublicLink | null>;
  listPublicLinks(workspaceId: string, appSlug: string): Promise<PublicLink[]>;
  revokePublicLinks(workspaceId: string, appSlug: string): Promise<number>;

  /** Stores a sealed secret (null removes it). */
  setSecret(
    input: { workspaceId: string; name: string; sealed: string; hint: string } | { workspaceId: string; name: string; sealed: null },
  ): Promise<void>;
  listSecrets(workspaceId: string): Promise<WorkspaceSecret[]>;
}

const now = (): string => new Date().toISOString();

export function createAccountStore(tables: AuthTables): AccountStore {
  const first = async <K extends AuthKind>(kind: K, where: Where<AuthRowKinds[K]>) => (await tables.find(kind, where))[0] ?? null;

  return {
    async ensureWorkspace({ id, name }) {
      const found = await tables.get('workspace', id);
      if (found) return found;
      const row: Workspace = { id, name, createdAt: now() };
      await tables.put('workspace', row);
      return row;
    },
    getWorkspace: (id) => tables.get('workspace', id),

    async createUser({ email, passwordHash }) {
      const row: User = { id: randomUUID(), email: email.trim().toLowerCase(), passwordHash, createdAt: now() };
      await tables.insert('user', row);
      return row;
    },
    getUser: (id) => tables.get('user', id),
    findUserByEmail: (email) => first('user', { email: email.trim().toLowerCase() }),
    async setPasswordHash(userId, passwordHash) {
      const user = await tables.get('user', userId);
      if (!user) throw new StoreError('not-found', `There is no user with id '${userId}'; they may have been removed.`);
      await tables.put('user', { ...user, passwordHash });
    },

    async setMembership({ workspaceId, userId, role }) {
      const id = `${workspaceId}:${userId}`;
      const existing = await tables.get('membership', id);
      const row: Membership = { id, workspaceId, userId, role, createdAt: existing?.createdAt ?? now() };
      await tables.put('membership', row);
      return row;
    },
    getMembership: (workspaceId, userId) => tables.get('membership', `${workspaceId}:${userId}`),
    listMembers: (workspaceId) => tables.find('membership', { workspaceId }),
    listMembershipsOf: (userId) => tables.find('membership', { userId }),
    async removeMembership(workspaceId, userId) {
      await tables.remove('membership', { id: `${workspaceId}:${userId}` });
    },
    async hasOwner() {
      return (await first('membership', { role: 'owner' })) !== null;
    },

    async createSession(input) {
      const row: Session = { ...input, createdAt: now() };
      await tables.insert('session', row);
      return row;
    },
    getSession: (digest) => tables.get('session', digest),
    async deleteSession(digest) {
      await tables.remove('session', { id: digest });
    },
    async deleteSessionsOf(userId) {
      await tables.remove('session', { userId });
    },

    async createApiToken(input) {
      const row: ApiTokenRow = { ...input, id: randomUUID(), createdAt: now(), lastUsedAt: null, revokedAt: null };
      await tables.insert('token', row);
      return row;
    },
    findApiToken: (digest) => first('token', { digest }),
    listApiTokens: (workspaceId) => tables.find('token', { workspaceId }),
    async revokeApiToken(id) {
      const token = await tables.get('token', id);
      if (!token) throw new StoreError('not-found', `There is no API token with id '${id}'; list the tokens to find it.`);
      const row = { ...token, revokedAt: token.revokedAt ?? now() };
      await tables.put('token', row);
      return row;
    },
    async touchApiToken(id, at) {
      const token = await tables.get('token', id);
      if (token) await tables.put('token', { ...token, lastUsedAt: at });
    },

    async createInvitation(input) {
      const row: Invitation = { ...input, email: input.email.trim().toLowerCase(), id: randomUUID(), createdAt: now() };
      await tables.insert('invitation', row);
      return row;
    },
    findInvitation: (digest) => first('invitation', { digest }),
    listInvitations: (workspaceId) => tables.find('invitation', { workspaceId }),
    async deleteInvitation(id) {
      await tables.remove('invitation', { id });
    },

    async createPublicLink(input) {
      const row: PublicLink = { ...input, id: randomUUID(), createdAt: now() };
      await tables.insert('publicLink', row);
      return row;
    },
    findPublicLink: (digest) => first('publicLink', { digest }),
    listPublicLinks: (workspaceId, appSlug) => tables.find('publicLink', { workspaceId, appSlug }),
    revokePublicLinks: (workspaceId, appSlug) => tables.remove('publicLink', { workspaceId, appSlug }),

    async setSecret(input) {
      const id = `${input.workspaceId}:${input.name}`;
      if (input.sealed === null) {
        await tables.remove('secret', { id });
        return;
      }
      await tables.put('secret', {
        id,
        workspaceId: input.workspaceId,
        name: input.name,
        sealed: input.sealed,
        hint: input.hint,
        updatedAt: now(),
      });
    },
    listSecrets: (workspaceId) => tables.find('secret', { workspaceId }),
  };
}
