/**
 * Store: the one domain interface behind which lowdb (embedded default) and PostgreSQL
 * live. Every method resolves only once the change is durable. One contract suite
 * (tests/integration/store.contract.ts) runs against every adapter.
 */
import type { AppSpec } from '../../agent/spec/app-spec';
import type { ChatMessage } from '../../agent/providers/messages';
import type {
  AppVersion,
  AuditEntry,
  Conversation,
  RecordQuery,
  RecordRow,
  RecordValues,
  RunRow,
  StoredApp,
} from './records';
import type { AccountStore } from './auth-store';
import type { RunSummary } from './run-summary';

export interface Store {
  // Apps and their versions. Every change is a new version; slugs never change.
  createApp(input: { workspaceId: string; spec: AppSpec; createdBy: string | null; note?: string }): Promise<StoredApp>;
  getApp(slug: string): Promise<StoredApp | null>;
  listApps(workspaceId?: string): Promise<StoredApp[]>;
  /** Saves `spec` as version current+1; `expectedVersion` guards against lost updates. */
  saveAppVersion(input: {
    slug: string;
    spec: AppSpec;
    note: string;
    createdBy: string | null;
    expectedVersion?: number;
  }): Promise<StoredApp>;
  listAppVersions(slug: string): Promise<AppVersion[]>;
  getAppVersion(slug: string, version: number): Promise<AppVersion | null>;
  deleteApp(slug: string): Promise<void>;

  // Conversations with the builder agent.
  createConversation(input: { workspaceId: string; appSlug?: string | null }): Promise<Conversation>;
  getConversation(id: string): Promise<Conversation | null>;
  appendMessages(id: string, messages: ChatMessage[]): Promise<Conversation>;
  setConversationApp(id: string, appSlug: string): Promise<void>;
  listConversations(workspaceId: string): Promise<Conversation[]>;

  // Records of an app's collections.
  insertRecord(input: { appId: string; collection: string; values: RecordValues; createdBy: string | null }): Promise<RecordRow>;
  getRecord(id: string): Promise<RecordRow | null>;
  updateRecord(id: string, values: RecordValues): Promise<RecordRow>;
  deleteRecord(id: string): Promise<void>;
  listRecords(appId: string, collection: string, query?: RecordQuery): Promise<{ items: RecordRow[]; total: number }>;

  // Runs (history with usage and cost).
  saveRun(run: RunRow): Promise<void>;
  getRun(id: string): Promise<RunRow | null>;
  /** Newest first, as summaries; cost O(page) however many runs the app has. */
  listRuns(appId: string, options?: { offset?: number; limit?: number }): Promise<{ items: RunSummary[]; total: number }>;

  // Small keyed state: scheduler bookkeeping, settings.
  getState<T>(key: string): Promise<T | null>;
  setState<T>(key: string, value: T): Promise<void>;

  // Audit log.
  appendAudit(entry: Omit<AuditEntry, 'id' | 'at'>): Promise<AuditEntry>;
  listAudit(workspaceId: string, options?: { limit?: number }): Promise<AuditEntry[]>;

  /** Accounts mode: workspaces, users, memberships, sessions, tokens, invitations, links, secrets. */
  readonly accounts: AccountStore;

  close(): Promise<void>;
}

export { StoreError } from './store-error';
