/**
 * Store: the one domain interface behind which lowdb (embedded default) and PostgreSQL
 * live. Every method resolves only once the change is durable. One contract suite
 * (tests/integration/store.contract.ts) runs against every adapter.
 */
import type { AgentPorts } from '../../agent/ports/agent-ports';
import type { AuditEntry, Conversation, RecordQuery, RecordRow, RecordValues, RunRow } from './records';
import type { AccountStore } from './auth-store';
import type { SpendLedger } from '../../agent/ports/spend';
import type { TrialLog } from '../../agent/ports/trials';
import type { RunSummary } from './run-summary';
import type { WaitingRuns } from './waiting-runs';
import type { KnowledgeBase } from '../knowledge/knowledge-base';

/** The agent's ports (apps, conversations, audit) plus what only the server needs. */
export interface Store extends AgentPorts {
  listConversations(workspaceId: string): Promise<Conversation[]>;

  // Records of an app's collections.
  insertRecord(input: { appId: string; collection: string; values: RecordValues; createdBy: string | null }): Promise<RecordRow>;
  /** Inserts every row or none (one transaction, one write); answers the new ids in order. For imports, in batches. */
  insertRecords(input: { appId: string; collection: string; rows: RecordValues[]; createdBy: string | null }): Promise<string[]>;
  getRecord(id: string): Promise<RecordRow | null>;
  updateRecord(id: string, values: RecordValues): Promise<RecordRow>;
  deleteRecord(id: string): Promise<void>;
  listRecords(appId: string, collection: string, query?: RecordQuery): Promise<{ items: RecordRow[]; total: number }>;

  // Runs (history with usage and cost).
  saveRun(run: RunRow): Promise<void>;
  getRun(id: string): Promise<RunRow | null>;
  /** Newest first, as summaries; cost O(page) however many runs the app has. */
  listRuns(appId: string, options?: { offset?: number; limit?: number }): Promise<{ items: RunSummary[]; total: number }>;
  /** Runs paused at an approval step, and the one atomic hand-over of each (server/approvals/). */
  readonly waiting: WaitingRuns;

  // Small keyed state: scheduler bookkeeping, settings.
  getState<T>(key: string): Promise<T | null>;
  setState<T>(key: string, value: T): Promise<void>;
  /**
   * Sets `key` to `next` only if it still holds `expected` (null: only if absent); true when it
   * did. Instances sharing a store use it to claim work (e.g. a mailbox's next message) once.
   */
  compareAndSetState<T>(key: string, expected: T | null, next: T): Promise<boolean>;

  // Audit log.
  listAudit(workspaceId: string, options?: { limit?: number }): Promise<AuditEntry[]>;

  /** Accounts mode: workspaces, users, memberships, sessions, tokens, invitations, links, secrets. */
  readonly accounts: AccountStore;

  /** Priced calls (runs, trials, agent turns) and monthly budgets. */
  readonly spend: SpendLedger;

  /** Side-by-side trials of model bindings on an app's inputs. */
  readonly trials: TrialLog;
  /** Each app's knowledge documents and their searchable passages. */
  readonly knowledge: KnowledgeBase;

  close(): Promise<void>;
}

export { StoreError } from '../../agent/ports/store-error';
